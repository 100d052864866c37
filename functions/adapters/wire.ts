/**
 * The adapters a function may use, wired from what its route declares it needs (functions/routes.ts):
 * each is made on first use, once per cold start, and touching one the route did not declare fails
 * loudly. When CDK bundles a function it defines `process.env.ONEVISIT_NEEDS_*` from the same needs
 * (cdk/function-bundling.ts), so the branches of clients a route does not need — S3, Cognito, SMS —
 * fold away and are not in its bundle at all.
 */
import { ulid } from 'ulid';
import { getConfig } from '../shared/config.js';
import type { Needs } from '../routes.js';
import type { MatterStore, HistoryStore, CounterStore } from '../matters/ports.js';
import type { ActorSource, PartSource, RefusalWatch } from '../matters/access.js';
import type { CodeStore, DelegationStore, PersonStore, RealNameCheck } from '../family/ports.js';
import { formerDelegateWatch, personActors, personParts } from '../family/person-parts.js';
import type { DocumentStore } from '../documents/document-record.js';
import type { DocumentFiles } from '../documents/document-files.js';
import type { CertificateStore, PeopleStore } from '../certificates/certificate.js';
import type { OtpStore, RateCounter, SmsSender, UserStore } from '../auth/ports.js';
import type { DeliveryLog, EmailSender, FailedNotices, HeldSmsStore, NoticeStore, Outbox } from '../notifications/ports.js';
import type { IdentityDirectory } from '../admin/manage-staff.js';
import type { BookingStore, SessionStore } from '../booking/ports.js';
import { dynamoClient, s3Client } from './aws-clients.js';
import { dynamoMatterStore } from './matter-store.js';
import { dynamoHistoryStore } from './history-store.js';
import { dynamoDocumentStore } from './document-store.js';
import { dynamoCounterStore } from './counter-store.js';
import { dynamoCertificateStore } from './certificate-store.js';
import { dynamoPeopleStore } from './people-store.js';
import { dynamoOtpStore, dynamoUserStore } from './user-store.js';
import { dynamoRateCounter } from './rate-counter.js';
import { dynamoDeliveryLog, dynamoNoticeStore, dynamoOutbox } from './notice-store.js';
import { dynamoFailedNotices } from './failed-notice-store.js';
import { s3DocumentFiles } from './s3-document-files.js';
import { identityDirectory } from './identity-directory.js';
import { smsSender } from './sms-sender.js';
import { emailSender } from './email-sender.js';
import { dynamoPersonStore } from './person-store.js';
import { dynamoDelegationStore } from './delegation-store.js';
import { dynamoCodeStore } from './code-store.js';
import { dynamoHeldSmsStore } from './held-sms-store.js';
import { recordsRealNameCheck } from './real-name-check.js';
import { dynamoProgressLog } from './progress-log.js';
import { dynamoEmailTokens } from './email-token-store.js';
import type { ProgressLog } from '../progress/lookup.js';
import type { EmailTokens } from '../preferences/ports.js';
import type { BenefitHoldings, JobCursors, SecretVault } from '../benefits/ports.js';
import type { LocalRegisters, PartnerRegisters } from '../benefits/registers.js';
import { benefitReviewerParts } from '../benefits/reviewer-parts.js';
import { dynamoBenefitHoldings } from './benefit-holding-store.js';
import { dynamoJobCursors } from './job-cursor-store.js';
import { localRegisters, partnerRegisters } from './partner-registers.js';
import { secretVault } from './secret-vault.js';
import { dynamoSessionStore } from './session-store.js';
import { dynamoBookingStore } from './booking-store.js';
import { assessorPart } from '../booking/assessor-part.js';

export interface Deps {
  now: () => Date;
  newId: () => string;
  matters: MatterStore<any>;
  history: HistoryStore;
  documents: DocumentStore;
  counters: CounterStore;
  certificates: CertificateStore;
  people: PeopleStore;
  users: UserStore;
  otp: OtpStore;
  rates: RateCounter;
  notices: NoticeStore;
  deliveries: DeliveryLog;
  outbox: Outbox;
  failedNotices: FailedNotices;
  files: DocumentFiles;
  identities: IdentityDirectory;
  sms: SmsSender;
  email: EmailSender;
  heldSms: HeldSmsStore;
  /** People by the hash of their ID number: profiles, the account linked to each (functions/family/). */
  persons: PersonStore;
  delegations: DelegationStore;
  codes: CodeStore;
  realName: RealNameCheck;
  progressLog: ProgressLog;
  emailTokens: EmailTokens;
  sessions: SessionStore;
  bookings: BookingStore;
  /** Who else plays a part in matters, beyond their owner and district staff (functions/matters/access.ts). */
  partSources: PartSource[];
  /** How those sources name the people they let act, and what they record when a former one is refused. */
  actorSources: ActorSource[];
  refusalWatches: RefusalWatch[];
  benefitHoldings: BenefitHoldings;
  registers: PartnerRegisters;
  /** Local only: the stand-in registers' records (dev pages, seed). */
  localRegisters: LocalRegisters;
  vault: SecretVault;
  jobCursors: JobCursors;
}

type Factories = { [K in keyof Deps]?: () => Deps[K] };

function tableStores(): Factories {
  const table = () => [dynamoClient(), getConfig().TABLE_NAME] as const;
  // The family feature's sources read what they need on every request, never from a cache.
  const family = () => ({
    persons: dynamoPersonStore(...table()),
    delegations: dynamoDelegationStore(...table()),
    matters: dynamoMatterStore(...table()),
    history: dynamoHistoryStore(...table()),
    now: () => new Date(),
    newId: () => ulid(),
  });
  return {
    matters: () => dynamoMatterStore(...table()),
    history: () => dynamoHistoryStore(...table()),
    documents: () => dynamoDocumentStore(...table()),
    counters: () => dynamoCounterStore(...table()),
    certificates: () => dynamoCertificateStore(...table()),
    people: () => dynamoPeopleStore(...table()),
    users: () => dynamoUserStore(...table()),
    otp: () => dynamoOtpStore(...table()),
    rates: () => dynamoRateCounter(...table()),
    notices: () => dynamoNoticeStore(...table()),
    deliveries: () => dynamoDeliveryLog(...table()),
    outbox: () => dynamoOutbox(...table()),
    failedNotices: () => dynamoFailedNotices(...table()),
    heldSms: () => dynamoHeldSmsStore(...table()),
    persons: () => dynamoPersonStore(...table()),
    delegations: () => dynamoDelegationStore(...table()),
    codes: () => dynamoCodeStore(...table()),
    progressLog: () => dynamoProgressLog(...table()),
    emailTokens: () => dynamoEmailTokens(...table()),
    realName: () => recordsRealNameCheck(dynamoMatterStore(...table()), dynamoPeopleStore(...table()), dynamoCertificateStore(...table())),
    partSources: () => [personParts(family()), benefitReviewerParts, assessorPart(dynamoBookingStore(...table()))],
    actorSources: () => [personActors(family())],
    refusalWatches: () => [formerDelegateWatch(family())],
    sessions: () => dynamoSessionStore(...table()),
    bookings: () => dynamoBookingStore(...table()),
    benefitHoldings: () => dynamoBenefitHoldings(...table()),
    registers: () => partnerRegisters(...table()),
    localRegisters: () => localRegisters(...table()),
    jobCursors: () => dynamoJobCursors(...table()),
  };
}

/** What `needs` calls for. The `process.env.ONEVISIT_NEEDS_*` tests are what bundling folds. */
function factoriesFor(needs: Needs): Factories {
  return {
    now: () => () => new Date(),
    newId: () => () => ulid(),
    ...(needs.table ? tableStores() : {}),
    ...(process.env.ONEVISIT_NEEDS_DOCUMENTS !== 'false' && needs.documents?.length ? { files: () => s3DocumentFiles(s3Client(), getConfig().DOCUMENTS_BUCKET) } : {}),
    ...(process.env.ONEVISIT_NEEDS_IDENTITIES !== 'false' && needs.identities ? { identities: identityDirectory } : {}),
    ...(process.env.ONEVISIT_NEEDS_SMS !== 'false' && needs.sms ? { sms: smsSender } : {}),
    ...(process.env.ONEVISIT_NEEDS_EMAIL !== 'false' && needs.email ? { email: emailSender } : {}),
    ...(process.env.ONEVISIT_NEEDS_VAULT !== 'false' && needs.vault ? { vault: () => secretVault() } : {}),
  };
}

/**
 * The route's adapters, each made on first use; one the route did not declare throws. The object can be
 * spread (`{ ...deps, maxBytes }`): its keys are the adapters the route declared.
 */
export function wire(needs: Needs, label: string): Deps {
  const factories = factoriesFor(needs);
  const made = new Map<string, unknown>();
  const adapter = (name: string) => {
    if (!made.has(name)) {
      const factory = factories[name as keyof Deps];
      if (!factory) throw new Error(`${label} uses '${name}', which its route's needs do not declare (functions/routes.ts)`);
      made.set(name, factory());
    }
    return made.get(name);
  };
  return new Proxy({} as Deps, {
    get(_target, name) {
      // Not a dependency: what `await`, `console.log` or a spread ask of any object.
      if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
      return adapter(name);
    },
    ownKeys: () => Object.keys(factories),
    getOwnPropertyDescriptor: (_target, name) =>
      typeof name === 'string' && name in factories ? { configurable: true, enumerable: true, get: () => adapter(name) } : undefined,
  });
}
