/**
 * Every key of the single table is built here and nowhere else. Access patterns: docs/data-model.md.
 */
export const keys = {
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  phone: (phone: string) => ({ pk: `PHONE#${phone}`, sk: 'USER' }),
  otpCode: (phone: string) => ({ pk: `OTP#${phone}`, sk: 'CODE' }),
  /** A counter of events in one window: code requests per number, per client address and overall; reveals per staff member. */
  rate: (scope: string, window: string) => ({ pk: `RATE#${scope}`, sk: window }),
  application: (id: string) => ({ pk: `APP#${id}`, sk: 'META' }),
  timelineEntry: (applicationId: string, at: string, entryId: string) => ({ pk: `APP#${applicationId}`, sk: `TL#${at}#${entryId}` }),
  timelinePrefix: 'TL#',
  document: (applicationId: string, documentId: string) => ({ pk: `APP#${applicationId}`, sk: `DOC#${documentId}` }),
  documentPrefix: 'DOC#',
  applicationPartition: (id: string) => `APP#${id}`,
  ownerIndex: (ownerId: string, createdAt: string, id: string) => ({ gsi1pk: `OWNER#${ownerId}`, gsi1sk: `${createdAt}#${id}` }),
  ownerPartition: (ownerId: string) => `OWNER#${ownerId}`,
  outbox: (eventId: string) => ({ pk: `OUTBOX#${eventId}`, sk: 'EVENT' }),
  notice: (userId: string, eventId: string) => ({ pk: `USER#${userId}`, sk: `NOTICE#${eventId}` }),
  noticePrefix: 'NOTICE#',
  userPartition: (userId: string) => `USER#${userId}`,
  delivery: (eventId: string, channel: string, recipient: string) => ({ pk: `DELIVERY#${eventId}`, sk: `${channel}#${recipient}` }),
  auditEntry: (applicationId: string, at: string, entryId: string) => ({ pk: `APP#${applicationId}`, sk: `AUDIT#${at}#${entryId}` }),
  auditPrefix: 'AUDIT#',
  districtQueue: (districtCode: string, queueDate: string, id: string) => ({ gsi2pk: `DISTRICT#${districtCode}`, gsi2sk: `${queueDate}#${id}` }),
  districtPartition: (districtCode: string) => `DISTRICT#${districtCode}`,
  certificate: (number: string) => ({ pk: `CERT#${number}`, sk: 'META' }),
  holderIndex: (userId: string, number: string) => ({ gsi1pk: `HOLDER#${userId}`, gsi1sk: number }),
  holderPartition: (userId: string) => `HOLDER#${userId}`,
  expiryIndex: (validUntil: string, number: string) => ({ gsi2pk: `EXPIRY#${validUntil.slice(0, 7)}`, gsi2sk: number }),
  expiryPartition: (month: string) => `EXPIRY#${month}`,
  staffIndex: (districtCode: string, userId: string) => ({ gsi2pk: `STAFF#${districtCode}`, gsi2sk: userId }),
  staffPartition: (districtCode: string) => `STAFF#${districtCode}`,
  /** Keyed by a hash: ID numbers never appear in keys, which show up in metrics and logs. */
  reapplyBlock: (idNumberHash: string) => ({ pk: `PERSON#${idNumberHash}`, sk: 'REAPPLY_BLOCK' }),
  /** The person's newest certificate, so a second 新办 for someone who holds a card is caught at submission. */
  personCertificate: (idNumberHash: string) => ({ pk: `PERSON#${idNumberHash}`, sk: 'CERTIFICATE' }),
  /** A benefit a person applied for or receives: one open application per benefit and person. */
  benefitHolding: (idNumberHash: string, benefitId: string) => ({ pk: `PERSON#${idNumberHash}`, sk: `BENEFIT#${benefitId}` }),
  benefitHoldingPrefix: 'BENEFIT#',
  personPartition: (idNumberHash: string) => `PERSON#${idNumberHash}`,
  /** The local stand-in of a partner register (functions/adapters/partner-registers.ts): one record per person. */
  registerRecord: (register: string, idNumberHash: string) => ({ pk: `REGISTER#${register}`, sk: `PERSON#${idNumberHash}` }),
  registerPartition: (register: string) => `REGISTER#${register}`,
  /** The local register's change feed, by time. */
  registerChange: (register: string, at: string, idNumberHash: string) => ({ pk: `REGISTER_CHANGES#${register}`, sk: `${at}#${idNumberHash}` }),
  registerChangesPartition: (register: string) => `REGISTER_CHANGES#${register}`,
  /** Where a scheduled job got to (the register changes it has read). */
  jobCursor: (job: string) => ({ pk: `JOB#${job}`, sk: 'CURSOR' }),
  failedNotice: (eventId: string) => ({ pk: `FAILED_NOTICE#${eventId}`, sk: 'EVENT' }),
  failedNoticePrefix: 'FAILED_NOTICE#',
  parkedNoticeIndex: (parkedAt: string, eventId: string) => ({ gsi2pk: 'PARKED_NOTICES', gsi2sk: `${parkedAt}#${eventId}` }),
  parkedNoticePartition: 'PARKED_NOTICES',
  /** A parked event sent again: a new item, so the stream sees an INSERT; its event id keeps deliveries once-only. */
  outboxReplay: (eventId: string, at: string) => ({ pk: `OUTBOX#${eventId}`, sk: `REPLAY#${at}` }),
  reminderSent: (eventId: string) => ({ pk: `REMINDER#${eventId}`, sk: 'SENT' }),
  /** `REFERENCE#<year>` numbers receipts. */
  counter: (name: string) => ({ pk: `COUNTER#${name}`, sk: 'COUNTER' }),
  idempotencyPartition: 'IDEMPOTENCY',
  // The person a matter is about, their account, and the relatives they let in (functions/family/).
  /** `<personKey>` is the hash of the ID number (functions/matters/subject.ts personKey). */
  personMatter: (personKey: string, matterId: string) => ({ pk: `PERSON#${personKey}`, sk: `MATTER#${matterId}` }),
  personMatterPrefix: 'MATTER#',
  personProfile: (personKey: string) => ({ pk: `PERSON#${personKey}`, sk: 'PROFILE' }),
  /** A person's opaque id, as pages and addresses name them (never the hash: it could be turned back into the ID number). */
  personById: (personId: string) => ({ pk: `PERSONID#${personId}`, sk: 'PERSON' }),
  personAccount: (personKey: string) => ({ pk: `PERSON#${personKey}`, sk: 'ACCOUNT' }),
  accountPerson: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PERSON_LINK' }),
  /** Who did or tried what about a person (invitations, refused attempts). */
  personAudit: (personKey: string, at: string, entryId: string) => ({ pk: `PERSON#${personKey}`, sk: `AUDIT#${at}#${entryId}` }),
  /** A one-time code for a purpose (`link#<userId>`, `invite#<delegationId>`). */
  oneTimeCode: (purpose: string, id: string) => ({ pk: `CODE#${purpose}#${id}`, sk: 'CODE' }),
  delegation: (personKey: string, delegationId: string) => ({ pk: `PERSON#${personKey}`, sk: `DELEGATION#${delegationId}` }),
  delegationPrefix: 'DELEGATION#',
  delegationPointer: (delegationId: string) => ({ pk: `DELEGATION#${delegationId}`, sk: 'PERSON' }),
  /** The one invitation of a person to a number that is waiting: a new one replaces it only if it is still the one read. */
  invitationSlot: (personKey: string, phone: string) => ({ pk: `PERSON#${personKey}`, sk: `INVITATION#${phone}` }),
  delegateIndex: (userId: string, createdAt: string, delegationId: string) => ({ gsi1pk: `DELEGATE#${userId}`, gsi1sk: `${createdAt}#${delegationId}` }),
  delegatePartition: (userId: string) => `DELEGATE#${userId}`,
  inviteeIndex: (phone: string, createdAt: string, delegationId: string) => ({ gsi1pk: `INVITEE#${phone}`, gsi1sk: `${createdAt}#${delegationId}` }),
  inviteePartition: (phone: string) => `INVITEE#${phone}`,
  delegationEndIndex: (endsOn: string, delegationId: string) => ({ gsi2pk: `DELEGATION_END#${endsOn}`, gsi2sk: delegationId }),
  delegationEndPartition: (endsOn: string) => `DELEGATION_END#${endsOn}`,
  /** 办件查询: the matter a receipt reference names, written in the submission's transaction. */
  reference: (reference: string) => ({ pk: `REF#${reference}`, sk: 'MATTER' }),
  /** Look-ups of the public progress page that matched nothing, by day (a matter's own are in its audit trail). */
  progressLookup: (date: string, at: string, id: string) => ({ pk: `LOOKUP#${date}`, sk: `${at}#${id}` }),
  /** SMS held through quiet hours, by the instant they may go. */
  heldSms: (dueAt: string, eventId: string, recipient: string) => ({ pk: 'HELD_SMS', sk: `${dueAt}#${eventId}#${recipient}` }),
  heldSmsPartition: 'HELD_SMS',
  emailToken: (tokenHash: string) => ({ pk: `EMAILTOKEN#${tokenHash}`, sk: 'TOKEN' }),
  /** Assessment sessions (functions/booking/): the session, its roster and waiting list in one partition. */
  session: (id: string) => ({ pk: `SESSION#${id}`, sk: 'META' }),
  sessionPartition: (id: string) => `SESSION#${id}`,
  seat: (sessionId: string, bookingId: string) => ({ pk: `SESSION#${sessionId}`, sk: `SEAT#${bookingId}` }),
  seatPrefix: 'SEAT#',
  waitEntry: (sessionId: string, matterId: string) => ({ pk: `SESSION#${sessionId}`, sk: `WAIT#${matterId}` }),
  waitPrefix: 'WAIT#',
  waitsIndex: (matterId: string, sessionId: string) => ({ gsi1pk: `WAITS#${matterId}`, gsi1sk: sessionId }),
  waitsPartition: (matterId: string) => `WAITS#${matterId}`,
  sessionsByCategoryIndex: (districtCode: string, category: string, date: string, start: string, id: string) => ({ gsi1pk: `SESSIONS#${districtCode}#${category}`, gsi1sk: `${date}T${start}#${id}` }),
  sessionsByCategoryPartition: (districtCode: string, category: string) => `SESSIONS#${districtCode}#${category}`,
  sessionsByInstitutionIndex: (institutionId: string, date: string, start: string, id: string) => ({ gsi2pk: `INSTITUTION#${institutionId}`, gsi2sk: `${date}T${start}#${id}` }),
  sessionsByInstitutionPartition: (institutionId: string) => `INSTITUTION#${institutionId}`,
  sessionTemplate: (institutionId: string, templateId: string) => ({ pk: `INSTITUTION#${institutionId}`, sk: `TEMPLATE#${templateId}` }),
  sessionTemplatePrefix: 'TEMPLATE#',
  /** A booking lives with its matter, so who is booked (and so who may see it) is read consistently. */
  booking: (matterId: string, bookingId: string) => ({ pk: `APP#${matterId}`, sk: `BOOKING#${bookingId}` }),
  bookingPrefix: 'BOOKING#',
  bookingReference: (reference: string) => ({ pk: `BOOKINGREF#${reference}`, sk: 'BOOKING' }),
  homeVisitDay: (teamId: string, date: string) => ({ pk: `HOMEVISIT#${teamId}`, sk: date }),
  homeVisitPartition: (teamId: string) => `HOMEVISIT#${teamId}`,
} as const;

/** Matters by owner; delegations by delegate and by invited phone. */
export const OWNER_INDEX = 'gsi1';
/** District work queues by date, certificates by expiry month, staff by district, delegations by end date. */
export const WORK_INDEX = 'gsi2';
/** DynamoDB's time-to-live attribute (epoch seconds), shared with Powertools' idempotency records. */
export const TTL_ATTRIBUTE = 'expiration';
