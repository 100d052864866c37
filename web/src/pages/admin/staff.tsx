import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveStaffAccount, staffAccountKeys, useStaffAccounts } from '../../features/admin/staff-accounts';
import { QueryState } from '../../components/query-state';
import { PageHeading } from '../../components/page-heading';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { localised, useDistricts } from '../../features/districts/districts';
import { CardTable, Cell } from '../../components/card-table';

/** The administrator adds staff, moves them between districts, or ends their staff role. */
export default function AdminStaff() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const list = useStaffAccounts();
  const form = useProblemForm();
  const [member, setMember] = useState<{ phone: string; name: string; district: string; active: boolean; role: 'staff' | 'assessor'; institution: string }>({ phone: '', name: '', district: '', active: true, role: 'staff', institution: '' });
  const districtName = (code?: string) => {
    const d = districts.data?.districts.find((x) => x.code === code);
    return d ? localised(d.name, i18n.language) : (code ?? '—');
  };
  const save = (body: typeof member) =>
    void form.run(async () => {
      const { institution, ...rest } = body;
      const saved = await saveStaffAccount({ ...rest, ...(body.role === 'assessor' && institution ? { institution } : {}) });
      await queryClient.invalidateQueries({ queryKey: staffAccountKeys.all });
      return t(body.active ? 'admin.saved' : 'admin.ended', { name: saved.member.name });
    });

  return (
    <>
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      {form.status}
      {form.summary}
      <h2>{t('admin.list')}</h2>
      <QueryState query={list} />
      {list.data && (
        <CardTable caption={t('admin.list')} columns={[t('admin.name'), t('admin.phone'), t('admin.district'), t('admin.roles')]}>
          {list.data.staff.map((s) => (
            <tr key={s.userId} role="row">
              <th scope="row" role="rowheader">{s.name}</th>
              <Cell label={t('admin.phone')}>{s.phoneMasked}</Cell>
              <Cell label={t('admin.district')}>{districtName(s.district)}</Cell>
              <Cell label={t('admin.roles')}>{s.roles.map((r) => t(`admin.role.${r}`)).join(t('common.listSeparator'))}</Cell>
            </tr>
          ))}
        </CardTable>
      )}
      <h2>{t('admin.add')}</h2>
      <p className="hint">{t('admin.addHint')}</p>
      <form onSubmit={preventing(() => save(member))} noValidate>
        <PlainField name="phone" label={t('admin.phone')} errors={form.errors}>
          {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" value={member.phone} onChange={(e) => setMember({ ...member, phone: e.target.value })} />}
        </PlainField>
        <PlainField name="name" label={t('admin.name')} errors={form.errors}>
          {(p) => <input {...p} type="text" value={member.name} onChange={(e) => setMember({ ...member, name: e.target.value })} />}
        </PlainField>
        <PlainField name="district" label={t('admin.district')} errors={form.errors}>
          {(p) => (
            <select {...p} value={member.district} onChange={(e) => setMember({ ...member, district: e.target.value })}>
              <option value="">—</option>
              {districts.data?.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {localised(d.name, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        <PlainField name="role" label={t('admin.roleLabel')} errors={form.errors}>
          {(p) => (
            <select {...p} value={member.role} onChange={(e) => setMember({ ...member, role: e.target.value as 'staff' | 'assessor' })}>
              <option value="staff">{t('admin.role.staff')}</option>
              <option value="assessor">{t('admin.role.assessor')}</option>
            </select>
          )}
        </PlainField>
        {member.role === 'assessor' && (
          <PlainField name="institution" label={t('admin.institution')} errors={form.errors}>
            {(p) => (
              <select {...p} value={member.institution} onChange={(e) => setMember({ ...member, institution: e.target.value })}>
                <option value="">—</option>
                {districts.data?.districts
                  .find((d) => d.code === member.district)
                  ?.assessmentInstitutions.map((i) => (
                    <option key={i.id} value={i.id}>
                      {localised(i.name, i18n.language)}
                    </option>
                  ))}
              </select>
            )}
          </PlainField>
        )}
        <div className="field checkbox-field">
          <input type="checkbox" id="field-active" checked={member.active} onChange={(e) => setMember({ ...member, active: e.target.checked })} />
          <label htmlFor="field-active">{t('admin.active')}</label>
        </div>
        <SubmitButton busy={form.busy}>{t('admin.save')}</SubmitButton>
      </form>
    </>
  );
}
