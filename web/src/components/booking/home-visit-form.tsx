import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { ApiProblem, newIdempotencyKey } from '../../api';
import { askHomeVisit } from '../../features/booking/booking';

const REASONS = ['bedridden', 'severePhysical', 'multiple', 'veryOld', 'other'] as const;

/** 上门评残: why the person cannot travel, and where they live (township and community), for the district to decide. */
export function HomeVisitForm({ id, version, townships, onDone }: { id: string; version: number; townships: { id: string; name: Record<'zh-CN' | 'en', string> }[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [reason, setReason] = useState<string>();
  const [note, setNote] = useState('');
  const [township, setTownship] = useState('');
  const [community, setCommunity] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const key = useRef(newIdempotencyKey());
  const problemsRef = useRef<HTMLDivElement>(null);

  const send = async () => {
    try {
      await askHomeVisit(id, { version, reason: reason ?? '', ...(note.trim() ? { note } : {}), townshipId: township, community }, key.current);
      onDone(t('booking.homeAsked'));
    } catch (error) {
      setProblems(error instanceof ApiProblem ? (error.errors.length ? error.errors.map((e) => e.detail) : [error.title]) : [t('common.networkError')]);
      key.current = newIdempotencyKey();
      setTimeout(() => problemsRef.current?.focus());
    }
  };

  return (
    <section className="card" aria-labelledby="home-heading">
      <h2 id="home-heading">{t('booking.homeTitle')}</h2>
      {problems.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={problemsRef}>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <RadioGroup className="field choice" value={reason ?? null} onChange={setReason}>
        <Label className="legend">{t('booking.homeReason')}</Label>
        {REASONS.map((r) => (
          <Radio key={r} value={r} className="radio">
            <span className="radio-mark" aria-hidden="true" />
            <span>{t(`booking.reason.${r}`)}</span>
          </Radio>
        ))}
      </RadioGroup>
      <div className="field">
        <label htmlFor="home-township">{t('booking.township')}</label>
        <select id="home-township" value={township} onChange={(e) => setTownship(e.target.value)}>
          <option value="">{t('booking.chooseTownship')}</option>
          {townships.map((tw) => (
            <option key={tw.id} value={tw.id}>
              {tw.name[lang]}
            </option>
          ))}
        </select>
      </div>
      <TextField className="field" value={community} onChange={setCommunity}>
        <Label>{t('booking.community')}</Label>
        <Input />
      </TextField>
      <TextField className="field" value={note} onChange={setNote}>
        <Label>{t('booking.homeNote')}</Label>
        <TextArea rows={3} />
      </TextField>
      <Button className="button primary" onPress={() => void send()}>
        {t('booking.homeSend')}
      </Button>
    </section>
  );
}
