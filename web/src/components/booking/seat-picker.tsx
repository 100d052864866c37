/**
 * Choosing a seat: React Aria's calendar of the days with sessions (each day's free seats shown in the
 * cell and read out as focus moves), then the day's times as radio buttons. A full time can be waited for.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Calendar, CalendarCell, CalendarGrid, Heading, Label, Radio, RadioGroup } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import type { Availability } from '../../features/booking/booking';

type Session = Availability['sessions'][number];

export interface Choice {
  session: Session;
  /** Full: wait for a seat instead of booking one. */
  wait: boolean;
}

const freeOn = (sessions: Session[], date: string) => sessions.filter((s) => s.date === date).reduce((n, s) => n + s.seatsLeft, 0);

export function SeatPicker({ sessions, institutionName, onChoose, busy }: { sessions: Session[]; institutionName: (id: string) => string; onChoose: (choice: Choice) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const days = useMemo(() => [...new Set(sessions.map((s) => s.date))].sort(), [sessions]);
  const [day, setDay] = useState<CalendarDate | undefined>();
  const [said, setSaid] = useState('');
  const [sessionId, setSessionId] = useState<string>();
  if (days.length === 0) return <p className="card">{t('booking.noSessions')}</p>;

  const dayText = (date: CalendarDate) => date.toDate('Asia/Shanghai').toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', weekday: 'long', month: 'long', day: 'numeric' });
  const describe = (date: CalendarDate) => {
    const iso = date.toString();
    if (!days.includes(iso)) return t('booking.dayNone', { day: dayText(date) });
    const free = freeOn(sessions, iso);
    return free > 0 ? t('booking.dayFree', { day: dayText(date), count: free }) : t('booking.dayFull', { day: dayText(date) });
  };
  const onDay = sessions.filter((s) => s.date === day?.toString());
  const chosen = onDay.find((s) => s.id === sessionId);

  return (
    <div className="seat-picker">
      <Calendar
        aria-label={t('booking.calendar')}
        className="calendar"
        minValue={parseDate(days[0]!)}
        maxValue={parseDate(days[days.length - 1]!)}
        defaultFocusedValue={parseDate(days[0]!)}
        isDateUnavailable={(date) => !days.includes(date.toString())}
        value={day ?? null}
        onChange={(d) => {
          setDay(d);
          setSessionId(undefined);
        }}
        onFocusChange={(d) => setSaid(describe(d))}
      >
        <header className="calendar-header">
          <Button slot="previous" className="button secondary">
            {t('booking.previousMonth')}
          </Button>
          <Heading />
          <Button slot="next" className="button secondary">
            {t('booking.nextMonth')}
          </Button>
        </header>
        <CalendarGrid>
          {(date) => (
            <CalendarCell date={date} className="calendar-cell">
              {({ formattedDate, isUnavailable, isOutsideMonth }) => (
                <>
                  <span>{formattedDate}</span>
                  {!isUnavailable && !isOutsideMonth && <span className="seats">{freeOn(sessions, date.toString()) > 0 ? t('booking.cellFree', { count: freeOn(sessions, date.toString()) }) : t('booking.cellFull')}</span>}
                </>
              )}
            </CalendarCell>
          )}
        </CalendarGrid>
      </Calendar>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {day && (
        <RadioGroup className="field choice" value={sessionId ?? null} onChange={setSessionId}>
          <Label className="legend">{t('booking.times', { day: dayText(day) })}</Label>
          {onDay.map((s) => (
            <Radio key={s.id} value={s.id} className="radio">
              <span className="radio-mark" aria-hidden="true" />
              <span>
                {t('booking.time', { start: s.start, end: s.end, place: institutionName(s.institutionId) })}
                <span className="radio-description">{s.seatsLeft > 0 ? t('booking.seatsLeft', { count: s.seatsLeft }) : t('booking.full')}</span>
              </span>
            </Radio>
          ))}
        </RadioGroup>
      )}
      {chosen && (
        <Button className="button primary" isDisabled={busy} onPress={() => onChoose({ session: chosen, wait: chosen.seatsLeft <= 0 })}>
          {chosen.seatsLeft > 0 ? t('booking.continue') : t('booking.wait')}
        </Button>
      )}
    </div>
  );
}
