import { useTranslation } from 'react-i18next';
import type { Pass } from '../../features/booking/booking';

/** The pass the person shows at the door: reference, place, time, how to get there, what to bring, and the QR code of the reference. */
export function BookingPass({ pass, lang }: { pass: Pass; lang: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const reference = `${pass.reference.slice(0, 4)}-${pass.reference.slice(4)}`;
  const { institution } = pass;
  return (
    <div className="card booking-pass">
      <h3>{pass.mode === 'home' ? t('booking.passHome') : t('booking.pass')}</h3>
      <p>{t('booking.referenceLabel')}</p>
      <p className="reference">{reference}</p>
      <svg className="qr" viewBox={`0 0 ${pass.qr.size} ${pass.qr.size}`} role="img" aria-label={t('booking.qr', { reference })} shapeRendering="crispEdges">
        <rect width={pass.qr.size} height={pass.qr.size} fill="#fff" />
        <path d={pass.qr.path} fill="#000" />
      </svg>
      <dl className="summary">
        <div className="summary-row">
          <dt>{t('booking.when')}</dt>
          <dd>{t('booking.whenValue', { date: pass.date, start: pass.start, end: pass.end })}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('booking.where')}</dt>
          <dd>{pass.mode === 'home' ? t('booking.atHome') : `${institution?.name[lang] ?? ''}，${institution?.address[lang] ?? ''}`}</dd>
        </div>
        {pass.mode !== 'home' && institution?.directions && (
          <div className="summary-row">
            <dt>{t('booking.directions')}</dt>
            <dd>{institution.directions[lang]}</dd>
          </div>
        )}
        <div className="summary-row">
          <dt>{t('booking.bring')}</dt>
          <dd>{pass.whatToBring[lang]}</dd>
        </div>
        {pass.needs.length > 0 && (
          <div className="summary-row">
            <dt>{t('booking.needsLabel')}</dt>
            <dd>{pass.needs.map((n) => t(`booking.need.${n}`)).join('、')}</dd>
          </div>
        )}
        <div className="summary-row">
          <dt>{t('booking.statusLabel')}</dt>
          <dd>{t(`booking.state.${pass.status}`)}</dd>
        </div>
      </dl>
    </div>
  );
}
