import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApplicationDetail } from '../application';
import { localised, useDistricts } from '../districts';
import { parseIdNumber } from '../../../functions/domain/id-number';

/** The answers as a list of question → answer, each with a "Change" link when still editable. */
export function AnswersSummary({ detail, editable, showFullNumbers }: { detail: ApplicationDetail; editable: boolean; showFullNumbers: boolean }) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const a = detail.application.answers;
  const id = detail.application.id;
  const district = districts.data?.districts.find((d) => d.code === a.districtCode);
  const facts = a.personIdNumber ? parseIdNumber(a.personIdNumber) : undefined;
  const rows: { label: string; value: string | undefined; step: string }[] = [
    { label: t('form.personName'), value: a.personName, step: 'person' },
    { label: t('form.personIdNumber'), value: showFullNumbers ? a.personIdNumber : detail.masked.personIdNumber, step: 'person' },
    ...(facts?.ok ? [{ label: t('form.birthAndSex'), value: `${facts.facts.birthDate} · ${t(`form.${facts.facts.sex}`)}`, step: 'person' }] : []),
    { label: t('form.personPhone'), value: showFullNumbers ? a.personPhone : detail.masked.personPhone, step: 'person' },
    ...(a.forWhom === 'other'
      ? [
          { label: t('form.relationship'), value: a.relationship && t(`form.relationships.${a.relationship}`), step: 'person' },
          { label: t('form.agentName'), value: a.agentName, step: 'person' },
          { label: t('form.agentPhone'), value: showFullNumbers ? a.agentPhone : detail.masked.agentPhone, step: 'person' },
        ]
      : []),
    { label: t('start.category'), value: a.category && t(`categories.${a.category}`), step: 'person' },
    { label: t('form.hukouAddress'), value: a.hukouAddress, step: 'address' },
    { label: t('form.hukouDistrictName'), value: a.hukouDistrictName, step: 'address' },
    { label: t('form.currentAddress'), value: a.currentAddress, step: 'address' },
    { label: t('form.districtCode'), value: district && localised(district.name, i18n.language), step: 'address' },
    { label: t('form.delivery'), value: a.delivery && (a.delivery === 'express' ? t('form.deliveryExpress') : t('form.deliveryPickup')), step: 'delivery' },
    ...(a.delivery === 'express' ? [{ label: t('form.deliveryAddress'), value: a.deliveryAddress, step: 'delivery' }] : []),
  ];
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div key={row.label} className="summary-row">
          <dt>{row.label}</dt>
          <dd>{row.value ?? '—'}</dd>
          {editable && (
            <dd className="summary-action">
              <Link href={`/applications/${id}/step/${row.step}`}>
                {t('common.change')}
                <span className="visually-hidden"> {row.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
