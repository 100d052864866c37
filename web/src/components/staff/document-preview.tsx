/**
 * A document staff or a benefit's reviewers open inline (a HEIC photo as the JPEG made from it), through a
 * link that lives a minute. `open` asks the caller's own route for the link (staff or reviews).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiProblem } from '../../api';
import { useFocusOnAppear } from '../focus-on-appear';
import type { DocumentView } from '../../features/staff/matter';
import type { DocumentRecord } from '../../../../functions/documents/document-record';

/** A file's size as people read it: KB under a megabyte, else MB to one decimal. */
function sizeText(t: (key: string, params: Record<string, unknown>) => string, bytes: number): string {
  const kb = Math.max(1, Math.ceil(bytes / 1024));
  return kb < 1024 ? t('documents.sizeKb', { n: kb }) : t('documents.sizeMb', { n: (bytes / 1024 / 1024).toFixed(1) });
}

export function DocumentPreview({ doc, open: link }: { doc: DocumentRecord; open: (documentId: string) => Promise<DocumentView> }) {
  const { t } = useTranslation();
  const [view, setView] = useState<DocumentView>();
  const [error, setError] = useState<string>();
  // The button is replaced by the preview: focus follows it there.
  const previewFocus = useFocusOnAppear<HTMLDivElement>();
  const open = async () => {
    try {
      setView(await previewFocus.after(() => link(doc.id)));
    } catch (e) {
      setError(e instanceof ApiProblem ? e.title : t('common.networkError'));
    }
  };
  const name = t('common.labelled', { label: t(`materials.kind.${doc.kind}`), value: doc.fileName });
  return (
    <li className="card">
      <p>
        <strong>{t(`materials.kind.${doc.kind}`)}</strong> <span className="hint">{doc.fileName} · {sizeText(t, doc.size)}</span>
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
