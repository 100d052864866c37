import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../functions/documents/document-record';

/** The documents the server has checked and received, by kind and file name. */
export function ReceivedDocuments({ documents }: { documents: DocumentRecord[] }) {
  const { t } = useTranslation();
  return (
    <ul className="files">
      {documents
        .filter((d) => d.status === 'received')
        .map((d) => (
          <li key={d.id}>
            {t('common.labelled', { label: t(`materials.kind.${d.kind}`), value: d.fileName })}
          </li>
        ))}
    </ul>
  );
}
