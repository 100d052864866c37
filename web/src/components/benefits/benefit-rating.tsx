import { useTranslation } from 'react-i18next';
import { benefitKeys } from '../../features/benefits/benefit-keys';
import type { BenefitView } from '../../features/benefits/benefit-application';
import { Rating } from '../matter-rating';

/** 好差评 on a decided benefit matter, once; then the thanks with the level given. */
export function BenefitRating({ view }: { view: BenefitView }) {
  const { t } = useTranslation();
  const { application, actions } = view;
  if (application.rating) return <p className="banner">{t('follow.rated', { level: t(`follow.rateLevels.${application.rating.level}`) })}</p>;
  if (!actions.includes('rate')) return null;
  return <Rating matter={application} detailKey={benefitKeys.detail(application.id)} />;
}
