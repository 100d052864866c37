import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApplicationDetail } from '../features/applications/application';
import { localised, useDistricts } from '../features/districts/districts';
import { parseIdNumber } from '../../../functions/domain/id-number';
import { stepOfField, type Step } from '../step-fields';
import { fieldId } from './field-id';

/** Where a "Change" link goes: the page that asks the question, the question itself, and back here afterwards. */
export const changeHref = (applicationId: string, step: Step, field?: string) =>
  `/applications/${applicationId}/step/${step}?return=check${field ? `#${fieldId(field)}` : ''}`;

/** The answers as a list of question → answer, each with a "Change" link to its question when still editable. */
export function AnswersSummary({ detail, editable, showFullNumbers }: { detail: ApplicationDetail; editable: boolean; showFullNumbers: boolean }) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const a = detail.application.answers;
  const id = detail.application.id;
  const district = districts.data?.districts.find((d) => d.code === a.districtCode);
  const facts = a.personIdNumber ? parseIdNumber(a.personIdNumber) : undefined;
  // `field` is the answer the row shows: its change link goes to the step that asks it.
  const rows: { label: string; value: string | undefined; field: string }[] = [
    { label: t('form.personName'), value: a.personName, field: 'personName' },
    { label: t('form.personIdNumber'), value: showFullNumbers ? a.personIdNumber : detail.masked.personIdNumber, field: 'personIdNumber' },
    ...(facts?.ok ? [{ label: t('form.birthAndSex'), value: `${facts.facts.birthDate} · ${t(`form.${facts.facts.sex}`)}`, field: 'personIdNumber' }] : []),
    { label: t('form.personPhone'), value: showFullNumbers ? a.personPhone : detail.masked.personPhone, field: 'personPhone' },
    ...(a.forWhom === 'other'
      ? [
          { label: t('form.relationship'), value: a.relationship && t(`form.relationships.${a.relationship}`), field: 'relationship' },
          { label: t('form.agentName'), value: a.agentName, field: 'agentName' },
          { label: t('form.agentPhone'), value: showFullNumbers ? a.agentPhone : detail.masked.agentPhone, field: 'agentPhone' },
        ]
      : []),
    { label: t('start.category'), value: a.category && t(`categories.${a.category}`), field: 'category' },
    { label: t('form.hukouAddress'), value: a.hukouAddress, field: 'hukouAddress' },
    { label: t('form.hukouDistrictName'), value: a.hukouDistrictName, field: 'hukouDistrictName' },
    { label: t('form.currentAddress'), value: a.currentAddress, field: 'currentAddress' },
    { label: t('form.districtCode'), value: district && localised(district.name, i18n.language), field: 'districtCode' },
    { label: t('form.delivery'), value: a.delivery && (a.delivery === 'express' ? t('form.deliveryExpress') : t('form.deliveryPickup')), field: 'delivery' },
    ...(a.delivery === 'express' ? [{ label: t('form.deliveryAddress'), value: a.deliveryAddress, field: 'deliveryAddress' }] : []),
  ];
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div key={row.label} className="summary-row">
          <dt>{row.label}</dt>
          <dd>{row.value ?? '—'}</dd>
          {editable && (
            <dd className="summary-action">
              <Link href={changeHref(id, stepOfField(row.field), row.field)} className="change-link">
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
