import { useTranslation } from 'react-i18next';
import type { BenefitView } from '../../features/benefits/benefit-application';
import { benefitKeys } from '../../features/benefits/benefit-keys';
import { MaterialUploads } from '../material-uploads';
import type { DocumentKind } from '../../../../functions/applications/materials';

/** The materials no register answers for (or whose register the person did not agree to ask): uploaded here. */
export function BenefitUploads({ view }: { view: BenefitView }) {
  const { t } = useTranslation();
  const { application, materials, documents } = view;
  const toUpload = materials.filter((m) => m.status === 'needed' || m.status === 'unlessConfirmed');
  if (toUpload.length === 0) return null;
  return (
    <section aria-label={t('benefits.uploads')}>
      {toUpload.map((m) => (
        <MaterialUploads
          key={m.kind}
          item={{ kind: m.kind as DocumentKind, required: m.status === 'needed', minFiles: 1, maxFiles: 5, reasonKey: 'benefits.materialReason' }}
          documents={documents}
          applicationId={application.id}
          refreshKey={benefitKeys.detail(application.id)}
        />
      ))}
    </section>
  );
}
