import { useTranslation } from 'react-i18next';
import { openReviewDocument, type ReviewView } from '../../features/benefits/reviews';
import { DocumentPreview } from '../staff/document-preview';

/** The materials the applicant uploaded, each opened through the reviewers' own link route (the view audited). */
export function ReviewDocuments({ view, id }: { view: ReviewView; id: string }) {
  const { t } = useTranslation();
  const received = view.documents.filter((doc) => doc.status === 'received');
  return (
    <section aria-labelledby="review-documents-heading">
      <h2 id="review-documents-heading">{t('benefits.review.uploaded')}</h2>
      {received.length === 0 ? (
        <p>{t('benefits.review.noUploads')}</p>
      ) : (
        <ul className="files">
          {received.map((doc) => (
            <DocumentPreview key={doc.id} doc={doc} open={(documentId) => openReviewDocument(id, documentId)} />
          ))}
        </ul>
      )}
    </section>
  );
}
