/** The frame every staff decision form shares: its heading, its fields, one button named after it. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api';
import { SubmitButton, preventing } from '../plain-form';
import type { Application } from '../../../../functions/certificates/application';
import type { DecisionAction } from '../../features/staff/matter';

export interface DecisionProps {
  application: Application;
  isMinor: boolean;
  /** The materials this district lets follow after acceptance (容缺受理). */
  deferrableKinds: readonly string[];
  errors: FieldProblem[];
  busy: boolean;
  /** Sends the decision; resolves once it is stored. */
  send: (action: DecisionAction, fields?: Record<string, unknown>) => void;
}

/** Decisions that refuse or hold up a matter are marked as such, in words as well as colour. */
const DANGER: DecisionAction[] = ['reject', 'recordNotMeetingStandard', 'recordObjection'];

export function DecisionCard({ action, children, onSubmit, busy }: { action: DecisionAction; children?: ReactNode; onSubmit: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const title = t(`staff.actions.${action}`);
  return (
    <form className="card decision" aria-label={title} onSubmit={preventing(onSubmit)} noValidate>
      <h3>{title}</h3>
      {children}
      <SubmitButton busy={busy} danger={DANGER.includes(action)}>
        {title}
      </SubmitButton>
    </form>
  );
}
