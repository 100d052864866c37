/**
 * "Book your assessment": the places booked (each with its pass, to move or cancel), then — for what is
 * left to book — the needs (asked once), the calendar and the times, check and confirm. Someone who
 * cannot travel asks for a home assessment instead. Every step moves focus to what it shows.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { ApiProblem, newIdempotencyKey } from '../api';
import { PageHeading } from '../components/page-heading';
import { QueryState } from '../components/query-state';
import { BookingPass } from '../components/booking/booking-pass';
import { SeatPicker, type Choice } from '../components/booking/seat-picker';
import { HomeVisitForm } from '../components/booking/home-visit-form';
import { book, bookingKeys, cancel, joinWaitingList, reschedule, useAvailability, useBookingOverview } from '../features/booking/booking';

const NEEDS = ['wheelchair', 'signLanguage', 'companion', 'lieDown', 'largePrint'] as const;

export default function Booking() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const overview = useBookingOverview(id);
  const [category, setCategory] = useState<string>();
  const [needs, setNeeds] = useState<string[]>([]);
  const [moving, setMoving] = useState<string>();
  const [choice, setChoice] = useState<Choice>();
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const key = useRef(newIdempotencyKey());
  const messageRef = useRef<HTMLParagraphElement>(null);
  const checkRef = useRef<HTMLHeadingElement>(null);
  const pickRef = useRef<HTMLHeadingElement>(null);
  const data = overview.data;
  const movingPass = data?.active.find((b) => b.id === moving);
  const wanted = movingPass?.categories[0] ?? category ?? (data?.toBook.length === 1 ? data.toBook[0] : undefined);
  const free = useAvailability(id, wanted);
  useEffect(() => setNeeds(data?.needs ?? []), [data?.needs]);

  if (!data) return <QueryState query={overview} />;
  const institutionName = (institutionId: string) => data.institutions.find((i) => i.id === institutionId)?.name[lang] ?? '';
  const refresh = () => queryClient.invalidateQueries({ queryKey: bookingKeys.all });
  const say = (text: string, isProblem = false) => {
    flushSync(() => {
      setMessage(isProblem ? undefined : text);
      setProblem(isProblem ? text : undefined);
    });
    messageRef.current?.focus();
  };
  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      key.current = newIdempotencyKey();
      flushSync(() => {
        setChoice(undefined);
        setMoving(undefined);
      });
      await refresh();
      say(done);
    } catch (error) {
      if (error instanceof ApiProblem && error.type === '/problems/seat-taken') {
        key.current = newIdempotencyKey();
        setChoice(undefined);
        await refresh();
      }
      say(error instanceof ApiProblem ? [error.title, ...error.errors.map((e) => e.detail)].join(' ') : t('common.networkError'), true);
    } finally {
      setBusy(false);
    }
  };
  const confirm = () => {
    if (!choice) return;
    const { session, wait } = choice;
    if (wait) return act(() => joinWaitingList(id, session.id, key.current), t('booking.waiting'));
    if (movingPass) return act(() => reschedule(id, movingPass.id, { version: data.application.version, sessionId: session.id }, key.current), t('booking.moved'));
    return act(() => book(id, { version: data.application.version, sessionId: session.id, needs }, key.current), t('booking.booked'));
  };
  const offered = data.waits.filter((w) => w.offer);
  const picking = (data.toBook.length > 0 || movingPass) && !['requested', 'approved', 'scheduled'].includes(data.homeVisit?.status ?? '');

  return (
    <>
      <PageHeading title={t('booking.title')}>{t('booking.title')}</PageHeading>
      <p className="lead">{t('booking.lead')}</p>
      <p role="status" tabIndex={-1} ref={messageRef} className={problem ? 'field-error' : undefined}>
        {problem ?? message}
      </p>
      {offered.map((w) => (
        <div key={w.sessionId} className="card warning-card">
          <p>{t('booking.offer', { date: w.session?.date ?? '', start: w.session?.start ?? '', until: new Date(w.offer!.expiresAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }) })}</p>
          <Button className="button primary" isDisabled={busy} onPress={() => void act(() => book(id, { version: data.application.version, sessionId: w.sessionId, fromWaitingList: true }, key.current), t('booking.booked'))}>
            {t('booking.takeOffer')}
          </Button>
        </div>
      ))}
      {data.active.map((pass) => (
        <section key={pass.id} aria-label={t('booking.passFor', { reference: pass.reference })}>
          <BookingPass pass={pass} lang={lang} />
          {pass.status === 'booked' && (
            <div className="actions">
              {pass.mode === 'session' && pass.reschedules < (data.rules?.maxReschedules ?? 0) && (
                <Button className="button secondary" onPress={() => { flushSync(() => { setMoving(pass.id); setChoice(undefined); }); pickRef.current?.focus(); }}>
                  {t('booking.move')}
                </Button>
              )}
              <Button className="button secondary" isDisabled={busy} onPress={() => void act(() => cancel(id, pass.id, data.application.version, key.current), t('booking.cancelled'))}>
                {t('booking.cancel')}
              </Button>
            </div>
          )}
          {pass.status === 'booked' && <p className="hint">{t('booking.rules', { max: data.rules?.maxReschedules ?? 0, hours: data.rules?.changeCutoffHours ?? 0, left: (data.rules?.maxReschedules ?? 0) - pass.reschedules })}</p>}
        </section>
      ))}
      {data.homeVisit && <p className="card">{t(`booking.home.${data.homeVisit.status}`, { reason: data.homeVisit.refusal ?? '' })}</p>}
      {data.waits.filter((w) => !w.offer).map((w) => (
        <p key={w.sessionId} className="card">{t('booking.onList', { date: w.session?.date ?? '', start: w.session?.start ?? '' })}</p>
      ))}
      {picking && !choice && (
        <section aria-labelledby="pick-heading">
          <h2 id="pick-heading" tabIndex={-1} ref={pickRef}>
            {movingPass ? t('booking.pickNew') : t('booking.pick')}
          </h2>
          {!movingPass && data.toBook.length > 1 && (
            <RadioGroup className="field choice" value={category ?? null} onChange={setCategory}>
              <Label className="legend">{t('booking.category')}</Label>
              {data.toBook.map((c) => (
                <Radio key={c} value={c} className="radio">
                  <span className="radio-mark" aria-hidden="true" />
                  <span>{t(`categoryShort.${c}`)}</span>
                </Radio>
              ))}
            </RadioGroup>
          )}
          {!movingPass && data.active.length === 0 && (
            <CheckboxGroup className="field" value={needs} onChange={setNeeds}>
              <Label className="legend">{t('booking.needsQuestion')}</Label>
              <p className="hint">{t('booking.needsHint')}</p>
              {NEEDS.map((n) => (
                <Checkbox key={n} value={n} className="checkbox">
                  <span className="checkbox-mark" aria-hidden="true" />
                  <span>{t(`booking.need.${n}`)}</span>
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}
          {wanted && free.data && (
            <SeatPicker
              sessions={free.data.sessions.filter((s) => needs.every((n) => s.accessibility.includes(n as never)) && s.id !== movingPass?.sessionId)}
              institutionName={institutionName}
              busy={busy}
              onChoose={(c) => {
                flushSync(() => setChoice(c));
                checkRef.current?.focus();
              }}
            />
          )}
          {wanted && !free.data && <QueryState query={free} />}
        </section>
      )}
      {choice && (
        <section aria-labelledby="check-heading" className="card">
          <h2 id="check-heading" tabIndex={-1} ref={checkRef}>
            {choice.wait ? t('booking.checkWait') : t('booking.check')}
          </h2>
          <p>{t('booking.whenValue', { date: choice.session.date, start: choice.session.start, end: choice.session.end })}</p>
          <p>{institutionName(choice.session.institutionId)}</p>
          {needs.length > 0 && <p>{t('common.labelled', { label: t('booking.needsLabel'), value: needs.map((n) => t(`booking.need.${n}`)).join('、') })}</p>}
          <div className="actions">
            <Button className="button primary" isDisabled={busy} onPress={() => void confirm()}>
              {choice.wait ? t('booking.confirmWait') : movingPass ? t('booking.confirmMove') : t('booking.confirm')}
            </Button>
            <Button className="button secondary" onPress={() => { flushSync(() => setChoice(undefined)); pickRef.current?.focus(); }}>
              {t('booking.chooseAgain')}
            </Button>
          </div>
        </section>
      )}
      {picking && !movingPass && data.active.length === 0 && !data.homeVisit?.status && (
        asking ? (
          <HomeVisitForm id={id} version={data.application.version} townships={data.townships} onDone={async (text) => { setAsking(false); await refresh(); say(text); }} />
        ) : (
          <Button className="button secondary" onPress={() => setAsking(true)}>
            {t('booking.askHome')}
          </Button>
        )
      )}
      <p>
        <Link href={`/applications/${id}`}>{t('booking.back')}</Link>
      </p>
    </>
  );
}
