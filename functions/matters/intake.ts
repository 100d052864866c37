/**
 * The steps every matter goes through the same way, as transitions any type can use: submit, one batch
 * of corrections (一次性告知) and the resubmission, acceptance (with 容缺受理), withdrawal, the signed
 * promise, the rating (好差评), and staff claiming a matter.
 */
import type { DocumentFiles } from '../documents/document-files.js';
import { documentKey } from '../documents/document-files.js';
import { sentSince, type DocumentRecord, type DocumentStore } from '../documents/document-record.js';
import type { UserStore } from '../auth/ports.js';
import { IllegalTransitionError, IncompleteApplicationError, ValidationError, type FieldError } from '../shared/errors.js';
import type { CorrectionRequest, MatterRecord, Rating } from './matter.js';
import type { CounterStore } from './ports.js';
import type { Outcome, Transition, TransitionContext } from './matter-type.js';
import { pauseClock, resumeClock, startClock, workingDaysAfter } from './deadlines.js';
import { referenceNumber } from './reference-number.js';

/** What the intake steps read and write besides the matter itself. */
export interface IntakeDeps {
  documents: Pick<DocumentStore, 'list'>;
  files: Pick<DocumentFiles, 'keep'>;
  counters: CounterStore;
  users: Pick<UserStore, 'get'>;
}

type Ctx<M extends MatterRecord, D extends IntakeDeps> = TransitionContext<M, D>;

/** Everything missing, listed at once; the received files are then kept out of the abandoned-draft clean-up. */
async function completeOrThrow<M extends MatterRecord, D extends IntakeDeps>(ctx: Ctx<M, D>): Promise<DocumentRecord[]> {
  const problems = (await ctx.type.incomplete?.(ctx.matter, ctx.deps, ctx.now)) ?? [];
  if (problems.length > 0) throw new IncompleteApplicationError(problems);
  const documents = await ctx.deps.documents.list(ctx.matter.id);
  // Before the state change: if it then fails, the files are merely kept longer; the other order could
  // leave a submitted matter whose files the draft clean-up deletes.
  await Promise.all(documents.filter((d) => d.status === 'received').map((d) => ctx.deps.files.keep(documentKey(ctx.matter.id, d.id))));
  return documents;
}

/** Every document the correction list asked for has a file sent since the request, not only the one staff found wanting. */
function uncorrected(corrections: CorrectionRequest, documents: DocumentRecord[]): FieldError[] {
  const corrected = (kind: string) => documents.some((d) => d.kind === kind && d.status === 'received' && sentSince(d, corrections.requestedAt));
  return [...new Set(corrections.items.map((i) => i.subject))]
    .filter((subject) => subject !== 'answers' && !corrected(subject))
    .map((subject) => ({ field: `documents.${subject}`, code: 'error.correction.newFileNeeded' }));
}

/** The intake transitions of a type whose matters can be withdrawn from any of `beforeDecision`. */
export function intakeTransitions<M extends MatterRecord, D extends IntakeDeps>(statuses: { beforeDecision: readonly M['status'][]; all: readonly M['status'][] }) {
  type T = Transition<M, D>;
  const submit: T = {
    from: ['draft'],
    to: 'submitted',
    by: 'applicant',
    event: 'submitted',
    // The clock of 限时办结 starts here; the reference is handed out only once everything is there.
    async effect(ctx) {
      await completeOrThrow(ctx);
      const districtCode = ctx.matter.districtCode ?? String(ctx.matter.answers.districtCode);
      const clock = startClock(ctx.type.timeLimits!(ctx.rules), ctx.today);
      const year = ctx.today.slice(0, 4);
      const reference = referenceNumber(year, await ctx.deps.counters.next(`REFERENCE#${year}`));
      return {
        set: { reference, submittedAt: ctx.at, districtCode, clock, queueDate: clock.promisedDue } as Partial<M>,
        params: { reference, promisedDue: clock.promisedDue, matter: ctx.matter.matter },
      };
    },
  };

  const requestCorrection: T = {
    from: ['submitted'],
    to: 'awaiting_correction',
    by: 'staff',
    event: 'requestCorrection',
    effect({ matter, input, rules, today, at }) {
      const items = input.items as CorrectionRequest['items'];
      const due = workingDaysAfter(today, rules.correctionWorkingDays).date;
      return {
        set: { corrections: { requestedAt: at, dueOn: due, items }, clock: pauseClock(matter.clock!, today), queueDate: due } as Partial<M>,
        params: { count: String(items.length), dueOn: due },
      };
    },
  };

  const resubmit: T = {
    from: ['awaiting_correction'],
    to: 'submitted',
    by: 'applicant',
    event: 'resubmitted',
    async effect(ctx) {
      const missing = uncorrected(ctx.matter.corrections!, await completeOrThrow(ctx));
      if (missing.length > 0) throw new IncompleteApplicationError(missing);
      const clock = resumeClock(ctx.matter.clock!, ctx.today);
      return {
        set: { clock, queueDate: clock.promisedDue, corrections: { ...ctx.matter.corrections!, resolvedAt: ctx.at } } as Partial<M>,
        params: { promisedDue: clock.promisedDue },
      };
    },
  };

  const accept: T = {
    from: ['submitted'],
    to: 'accepted',
    by: 'staff',
    event: 'accept',
    // 容缺受理: only what the district lets follow may be missing at acceptance.
    effect({ matter, input, rules, today, at }): Outcome<M> {
      const kinds = (input.deferredKinds as string[] | undefined) ?? [];
      if (kinds.length === 0) return { params: { promisedDue: matter.clock?.promisedDue ?? '' } };
      if (kinds.some((kind) => !(rules.deferrableMaterials as string[]).includes(kind))) throw new ValidationError([{ field: 'deferredKinds', code: 'error.deferral.notDeferrable' }]);
      const due = workingDaysAfter(today, rules.deferredMaterialWorkingDays).date;
      return { event: 'acceptedWithDeferral', set: { deferral: { kinds, acceptedAt: at, dueOn: due } } as Partial<M>, params: { dueOn: due, kinds: kinds.join(',') } };
    },
  };

  const withdraw: T = { from: statuses.beforeDecision, to: 'withdrawn', by: 'owner', event: 'withdrawn' };

  // The applicant signs: the owner, the person it is about, or a relative they let act (family/).
  const signPromise: T = {
    from: statuses.beforeDecision,
    by: 'applicant',
    event: 'promiseSigned',
    offered: false,
    guard({ matter }) {
      if (!matter.deferral || matter.deferral.promiseSignedAt) throw new IllegalTransitionError('signPromise', matter.status);
    },
    effect: ({ matter, at }) => ({ set: { deferral: { ...matter.deferral!, promiseSignedAt: at } } as Partial<M>, params: { dueOn: matter.deferral!.dueOn } }),
  };

  const rate: T = {
    from: ['completed'],
    to: 'rated',
    by: 'owner',
    event: 'rated',
    effect({ input, at }) {
      const rating: Rating = { level: input.level as Rating['level'], ...(input.comment ? { comment: String(input.comment) } : {}), at };
      return { set: { rating } as Partial<M>, params: { level: String(rating.level) } };
    },
  };

  /** Claim a matter (assignee = oneself) or hand it to a colleague of the same district. */
  const assign: T = {
    from: statuses.all,
    by: 'staff',
    event: 'claimed',
    timeline: false,
    offered: false,
    async effect({ matter, input, by, deps }) {
      const assignee = await deps.users.get(String(input.assigneeUserId));
      if (!assignee || !assignee.roles.includes('staff') || assignee.district !== matter.districtCode) throw new ValidationError([{ field: 'assigneeUserId', code: 'error.choose' }]);
      const name = assignee.displayName ?? assignee.userId;
      return { event: assignee.userId === by.userId ? 'claimed' : 'reassigned', set: { assignee: { userId: assignee.userId, name } } as Partial<M>, params: { from: matter.assignee?.name ?? '', to: name } };
    },
  };

  return { submit, requestCorrection, resubmit, accept, withdraw, signPromise, rate, assign };
}
