import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';

/** What the card already says, so the holder is not asked it again; they may still answer by hand. */
export function CardAnswers({ card, onAnswerMyself }: { card: { category: number; grade: number; age?: number; districtCode: string }; onAnswerMyself: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <p>{t('benefits.check.fromCard', { category: t(`categories.${card.category}`), grade: t(`grade.${card.grade}`), age: card.age })}</p>
      <Button className="button secondary" onPress={onAnswerMyself}>
        {t('benefits.check.answerMyself')}
      </Button>
    </div>
  );
}
