import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';
import { useMessages } from '../features/dev/messages';
import { maskMobile } from '../../../functions/domain/phone';

/** Local only: the SMS that would have been sent. Numbers are masked as in any list. */
export default function DevMessages() {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <>
      <PageHeading title={t('devMessages.title')}>{t('devMessages.title')}</PageHeading>
      <p>{t('devMessages.intro')}</p>
      <p>
        <Link href="/dev/registers">{t('nav.devRegisters')}</Link>
      </p>
      <Button className="button secondary" onPress={() => void messages.refetch()}>
        {t('devMessages.refresh')}
      </Button>
      {messages.data?.messages.length === 0 && <p>{t('devMessages.empty')}</p>}
      <ol className="message-list" aria-live="polite">
        {messages.data?.messages.map((m) => (
          <li key={m.dedupeKey} className="card">
            <p className="meta">
              {t('devMessages.to')} {maskMobile(m.to)} · {t('devMessages.at')}{' '}
              {new Date(m.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
            </p>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
