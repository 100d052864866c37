/** A document staff open inline (a HEIC photo as the JPEG made from it), through a link that lives a minute. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiProblem } from '../../api';
import { useFocusOnAppear } from '../focus-on-appear';
import { openDocument, type DocumentView } from '../../features/staff/matter';
import type { DocumentRecord } from '../../../../functions/documents/document-record';

export function DocumentPreview({ applicationId, doc }: { applicationId: string; doc: DocumentRecord }) {
  const { t } = useTranslation();
  const [view, setView] = useState<DocumentView>();
  const [error, setError] = useState<string>();
  // The button is replaced by the preview: focus follows it there.
  const previewFocus = useFocusOnAppear<HTMLDivElement>();
  const open = async () => {
    try {
      setView(await previewFocus.after(() => openDocument(applicationId, doc.id)));
    } catch (e) {
      setError(e instanceof ApiProblem ? e.title : t('common.networkError'));
    }
  };
  const name = t('common.labelled', { label: t(`materials.kind.${doc.kind}`), value: doc.fileName });
  return (
    <li className="card">
      <p>
        <strong>{t(`materials.kind.${doc.kind}`)}</strong> <span className="hint">{doc.fileName}</span>
      </p>
      {!view && (
        <Button className="button secondary" onPress={() => void open()}>
          {t('staff.viewDocument', { name: doc.fileName })}
        </Button>
      )}
      {error && <p role="alert">{error}</p>}
      {view && (
        <div className="preview" ref={previewFocus.ref} tabIndex={-1}>
          {view.previewUnavailable ? (
            <p>
              {t('staff.previewUnavailable')} <a href={view.url}>{doc.fileName}</a>
            </p>
          ) : view.contentType.startsWith('image/') ? (
            <img src={view.url} alt={name} />
          ) : view.contentType === 'application/pdf' ? (
            <object data={view.url} type="application/pdf" aria-label={name}>
              <a href={view.url}>{doc.fileName}</a>
            </object>
          ) : (
            <a href={view.url}>{doc.fileName}</a>
          )}
        </div>
      )}
    </li>
  );
}
