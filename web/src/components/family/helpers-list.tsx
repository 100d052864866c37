/** Who helps a person, and ending a help: for the person, their guardian, and (read-only) staff. */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { PersonHelpers } from '../../../../functions/family/counter';
import { relativeName } from './person-matters';
import { ConfirmQuestion } from './confirm-question';

type Helper = PersonHelpers['delegations'][number];

export function scopesText(t: (key: string) => string, scopes: readonly string[], separator: string) {
  return scopes.map((s) => t(`family.scope.${s}`)).join(separator);
}

function stateText(t: (key: string, o?: Record<string, string>) => string, h: Helper) {
  if (h.state === 'ended') return t(`family.reason.${h.reason ?? 'ended'}`);
  if (h.state === 'invited') return t('family.state.invited');
  return h.endsOn ? t('family.state.activeUntil', { endsOn: h.endsOn }) : t('family.state.active');
}

/**
 * `onEnd` (when the reader may end helps) asks once more before ending; focus then goes to what the
 * list says happened, or back to the button when the person changes their mind.
 */
export function HelpersList({ helpers, onEnd, showEnded }: { helpers: PersonHelpers; onEnd?: (id: string) => Promise<string>; showEnded?: boolean }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLParagraphElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const separator = i18n.language === 'en' ? ', ' : '、';
  const shown = helpers.delegations.filter((h) => showEnded || h.state !== 'ended');

  const end = async (id: string) => {
    const said = await onEnd!(id);
    flushSync(() => {
      setConfirming(undefined);
      setMessage(said);
    });
    messageRef.current?.focus();
  };
  const keep = (id: string) => {
    flushSync(() => setConfirming(undefined));
    buttons.current.get(id)?.focus();
  };

  return (
    <>
      <p role="status" tabIndex={-1} ref={messageRef} className={message ? 'banner' : undefined}>
        {message}
      </p>
      {shown.length === 0 ? (
        <p>{t('family.noHelpers')}</p>
      ) : (
        <ul className="plain-list">
          {shown.map((h) => (
            <li key={h.id} className="card">
              <p>
                <strong>{relativeName(t, h.delegateName, h.relationship)}</strong> · {h.phoneMasked}
              </p>
              <p>{t('common.labelled', { label: t('family.mayDo'), value: scopesText(t, h.scopes, separator) })}</p>
              <p className="hint">
                {stateText(t, h)}
                {h.source === 'counter' ? ` · ${t('family.atCounter')}` : ''}
              </p>
              {onEnd && h.state !== 'ended' &&
                (confirming === h.id ? (
                  <div className="card warning-card" role="group" aria-labelledby={`end-${h.id}`}>
                    <ConfirmQuestion id={`end-${h.id}`}>{t('family.endConfirm', { name: h.delegateName })}</ConfirmQuestion>
                    <div className="actions">
                      <Button className="button danger" onPress={() => void end(h.id)}>
                        {t('family.end')}
                      </Button>
                      <Button className="button secondary" onPress={() => keep(h.id)}>
                        {t('family.keep')}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <Button className="button secondary" ref={(b) => void (b ? buttons.current.set(h.id, b) : buttons.current.delete(h.id))} onPress={() => setConfirming(h.id)}>
                    {h.state === 'invited' ? t('family.withdrawInvite') : t('family.end')}
                    <span className="visually-hidden"> {h.delegateName}</span>
                  </Button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
