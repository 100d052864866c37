/**
 * Withdrawal, asked twice: the button, then "are you sure?" with withdraw and keep. Keeping puts focus
 * back on the withdraw button, so a keyboard or screen-reader user is never dropped to the page.
 * The page does the withdrawal and says how it went (`onWithdraw`).
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';

export function WithdrawControl({ onWithdraw }: { onWithdraw: () => Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const withdraw = async () => {
    await onWithdraw();
    setConfirming(false);
  };
  const keep = () => {
    flushSync(() => setConfirming(false));
    withdrawButton.current?.focus();
  };
  return confirming ? (
    <div className="card warning-card" role="group" aria-labelledby="withdraw-confirm">
      <p id="withdraw-confirm">{t('detail.withdrawConfirm')}</p>
      <div className="actions">
        <Button className="button danger" onPress={() => void withdraw()}>
          {t('detail.withdraw')}
        </Button>
        <Button className="button secondary" onPress={keep}>
          {t('detail.keep')}
        </Button>
      </div>
    </div>
  ) : (
    <Button className="button secondary" ref={withdrawButton} onPress={() => setConfirming(true)}>
      {t('detail.withdraw')}
    </Button>
  );
}
