/**
 * The one route table. The local gateway mounts these handlers, the CDK app builds one function per
 * route from it, and the OpenAPI document is generated from it. Nothing about routing is written twice.
 */
import type { z } from 'zod';
import { applicationIdParam, certificateParam, createDraftBody, promiseBody, rateBody, startMatterBody, submitBody, updateDraftBody, withdrawBody } from './applications/requests.js';
import { failedNoticeParam, saveStaffBody } from './admin/schemas.js';
import { assignBody, decisionBody, queueQuery, revealBody, staffFilingBody } from './staff/schemas.js';
import { languageBody, requestCodeBody, verifyCodeBody } from './auth/schemas.js';
import { documentParams, requestUploadBody } from './documents/schemas.js';
import type { Role } from './shared/http/caller.js';
import { acceptBody, counterDelegationBody, delegationParam, inviteBody, linkBody, linkCodeBody, paperParams, paperUploadBody, personParam } from './family/schemas.js';
import { channelsBody, emailBody, emailTokenBody } from './preferences/schemas.js';
import { progressBody } from './progress/schemas.js';
import { benefitFilingBody, checkBody, devJobBody, devRegisterBody, proposalBody, revealBankBody, reviewDecisionBody, reviewQueueQuery, saveBenefitBody, startBenefitBody } from './benefits/schemas.js';
import { assessorResultBody } from './staff/schemas.js';
import * as booking from './booking/schemas.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What the table says of a route; its method and path are its key. */
export interface RouteSpec {
  /** Module under functions/, exporting `handler` built by `routeHandler` with this route's key. */
  handler: string;
  access: 'public' | readonly Role[];
  summary: string;
  body?: z.ZodType;
  params?: z.ZodType;
  query?: z.ZodType;
  idempotent?: boolean;
  /** Mounted only by the local gateway: on AWS, Cognito signs people in and no message sink exists. */
  localOnly?: boolean;
  /** What the handler touches, so each function is granted that and nothing more. */
  needs: Needs;
  /** For the rare handler that does real work (decoding a 12-megapixel photo): more memory and time than the default. */
  compute?: { memoryMb: number; timeoutSeconds: number };
}

export interface Route extends RouteSpec {
  method: Method;
  path: string;
}

export interface Needs {
  table?: 'read' | 'readWrite';
  /**
   * Document objects: presign uploads (upload), check an upload and keep it (receive), store a file the
   * service made (put), read kept files (get), tag them as kept (tag), delete them (delete).
   */
  documents?: ('upload' | 'receive' | 'put' | 'get' | 'tag' | 'delete')[];
  /** Cognito admin actions on the user pool: find or make a sign-in account, or also set its roles. */
  identities?: 'accounts' | 'roles';
  /** Sends SMS (the notifier, and the local sign-in's codes). */
  sms?: true;
  /** Sends e-mail (the notifier). */
  email?: true;
  /** Seals (bank accounts saved) or also opens (an audited reveal) secrets with the vault key (KMS on AWS). */
  vault?: 'seal' | 'open';
}

const read = { table: 'read' } as const satisfies Needs;
const write = { table: 'readWrite' } as const satisfies Needs;

const anyone = ['citizen', 'staff', 'admin', 'assessor', 'townshipReviewer', 'federationReviewer', 'civilAffairsReviewer'] as const satisfies Role[];
/** The applicant, and staff filing on a person's behalf (代办). */
const fillers = ['citizen', 'staff'] as const satisfies Role[];
const staff = ['staff'] as const satisfies Role[];
/** Who publishes and runs assessment sessions: an institution's assessors, and the staff of its district. */
const sessionKeepers = ['staff', 'assessor'] as const satisfies Role[];
/** The reviewers of a benefit's stages (functions/benefits/reviewer-parts.ts). */
const reviewers = ['townshipReviewer', 'federationReviewer', 'civilAffairsReviewer'] as const satisfies Role[];

export const routeTable = {
  'GET /api/districts': { handler: 'districts/list-districts-handler', access: 'public', summary: 'Districts, their assessment institutions and rules in effect', needs: {} },
  'POST /api/auth/code': { handler: 'auth/request-code-handler', access: 'public', summary: 'Send a one-time sign-in code by SMS', body: requestCodeBody, localOnly: true, needs: { ...write, sms: true } },
  'POST /api/auth/session': { handler: 'auth/verify-code-handler', access: 'public', summary: 'Exchange phone and code for a session token', body: verifyCodeBody, localOnly: true, needs: write },
  'POST /api/auth/refresh': { handler: 'auth/refresh-session-handler', access: anyone, summary: 'Extend the session', localOnly: true, needs: read },
  'GET /api/me': { handler: 'auth/get-profile-handler', access: anyone, summary: 'The signed-in person (their profile is made at the first sign-in)', needs: write },
  'PUT /api/me/language': { handler: 'auth/set-language-handler', access: anyone, summary: 'Language for messages', body: languageBody, needs: write },
  'GET /api/applications': { handler: 'applications/list-applications-handler', access: ['citizen'], summary: 'My applications', needs: read },
  'POST /api/applications': { handler: 'applications/create-draft-handler', access: ['citizen'], summary: 'Start a draft', body: createDraftBody, idempotent: true, needs: write },
  'GET /api/applications/{id}': { handler: 'applications/get-application-handler', access: fillers, summary: 'One of my applications with documents and timeline (staff filling in a 代办 matter: masked, audited)', params: applicationIdParam, needs: write },
  'PUT /api/applications/{id}': { handler: 'applications/save-draft-handler', access: fillers, summary: 'Save draft answers', params: applicationIdParam, body: updateDraftBody, needs: write },
  'POST /api/applications/{id}/submit': { handler: 'applications/submit-application-handler', access: fillers, summary: 'Submit; answers with the receipt', params: applicationIdParam, body: submitBody, idempotent: true, needs: { table: 'readWrite', documents: ['tag'] } },
  'POST /api/applications/{id}/resubmit': { handler: 'applications/resubmit-application-handler', access: fillers, summary: 'Send the corrected application back to staff', params: applicationIdParam, body: submitBody, idempotent: true, needs: { table: 'readWrite', documents: ['tag'] } },
  'POST /api/applications/{id}/promise': { handler: 'applications/sign-promise-handler', access: ['citizen'], summary: 'Sign the promise to send deferred materials (容缺受理)', params: applicationIdParam, body: promiseBody, needs: write },
  'POST /api/applications/{id}/rating': { handler: 'applications/rate-service-handler', access: ['citizen'], summary: 'Rate the finished matter once (好差评)', params: applicationIdParam, body: rateBody, idempotent: true, needs: write },
  'POST /api/applications/{id}/withdraw': { handler: 'applications/withdraw-application-handler', access: ['citizen'], summary: 'Withdraw before approval', params: applicationIdParam, body: withdrawBody, idempotent: true, needs: write },
  'POST /api/applications/{id}/documents': { handler: 'documents/request-upload-handler', access: fillers, summary: 'Announce an upload; answers with a presigned PUT URL', params: applicationIdParam, body: requestUploadBody, idempotent: true, needs: { table: 'readWrite', documents: ['upload'] } },
  'POST /api/applications/{id}/documents/{documentId}/confirm': { handler: 'documents/confirm-upload-handler', access: fillers, summary: 'Check the uploaded file and mark it received', params: documentParams, needs: { table: 'readWrite', documents: ['receive'] } },
  'DELETE /api/applications/{id}/documents/{documentId}': { handler: 'documents/remove-document-handler', access: fillers, summary: 'Remove a document from a draft', params: documentParams, needs: { table: 'readWrite', documents: ['delete'] } },
  'GET /api/applications/{id}/documents/{documentId}/link': { handler: 'documents/document-link-handler', access: ['citizen'], summary: 'Short-lived link to view a received document', params: documentParams, needs: { table: 'read', documents: ['get'] } },
  'GET /api/certificates': { handler: 'certificates/list-certificates-handler', access: ['citizen'], summary: 'My certificates', needs: read },
  'POST /api/certificates/{number}/matters': { handler: 'certificates/start-matter-handler', access: ['citizen'], summary: 'Start a renewal, change, reissue or cancellation', params: certificateParam, body: startMatterBody, idempotent: true, needs: write },
  'GET /api/staff/applications': { handler: 'staff/list-queue-handler', access: staff, summary: "The district's work queue, by deadline", query: queueQuery, needs: read },
  'POST /api/staff/filings': { handler: 'staff/file-on-behalf-handler', access: staff, summary: 'Start an application on a person’s behalf (代办)', body: staffFilingBody, idempotent: true, needs: { ...write, identities: 'accounts' } },
  'GET /api/staff/applications/{id}': { handler: 'staff/staff-application-handler', access: staff, summary: 'One matter in full, ID and phone masked (audited)', params: applicationIdParam, needs: write },
  'POST /api/staff/applications/{id}/decisions': { handler: 'staff/decide-handler', access: staff, summary: 'Take a decision: one state-machine transition', params: applicationIdParam, body: decisionBody, needs: write },
  'PUT /api/staff/applications/{id}/assignee': { handler: 'staff/assign-handler', access: staff, summary: 'Claim or reassign a matter', params: applicationIdParam, body: assignBody, needs: write },
  'POST /api/staff/applications/{id}/reveal': { handler: 'staff/reveal-handler', access: staff, summary: 'Show a masked ID or phone number in full (audited)', params: applicationIdParam, body: revealBody, needs: write },
  'GET /api/staff/applications/{id}/documents/{documentId}/link': { handler: 'staff/staff-document-link-handler', access: staff, summary: 'Short-lived inline link to a document, HEIC photos as JPEG (audited)', params: documentParams, needs: { table: 'readWrite', documents: ['get', 'put'] }, compute: { memoryMb: 1536, timeoutSeconds: 29 } },
  'GET /api/admin/staff': { handler: 'admin/list-staff-handler', access: ['admin'], summary: 'Staff accounts and their districts', needs: read },
  'PUT /api/admin/staff': { handler: 'admin/save-staff-handler', access: ['admin'], summary: 'Add a staff member, move them to another district, or end their staff role', body: saveStaffBody, needs: { ...write, identities: 'roles' } },
  'GET /api/admin/failed-notices': { handler: 'admin/list-failed-notices-handler', access: ['admin'], summary: 'Notifications that could not be delivered and were set aside', needs: read },
  'POST /api/admin/failed-notices/{id}/replay': { handler: 'admin/replay-failed-notice-handler', access: ['admin'], summary: 'Send a set-aside notification again (nobody who already got it gets it twice)', params: failedNoticeParam, needs: write },
  'POST /api/benefits/check': { handler: 'benefits/check-eligibility-handler', access: 'public', summary: '“What can I get?”: every benefit of a district, likely / not likely / need to check, why, how much, what to prepare', body: checkBody, needs: {} },
  'POST /api/benefit-applications': { handler: 'benefits/start-benefit-handler', access: ['citizen'], summary: 'Apply for a benefit: a draft pre-filled from the card; the registers consented to are asked at once', body: startBenefitBody, idempotent: true, needs: write },
  'GET /api/benefit-applications/{id}': { handler: 'benefits/get-benefit-application-handler', access: fillers, summary: 'A benefit application with the engine’s answer, the materials still needed, documents and timeline (staff filling in a 代办 matter: masked, audited)', params: applicationIdParam, needs: write },
  'PUT /api/benefit-applications/{id}': { handler: 'benefits/save-benefit-application-handler', access: fillers, summary: 'Save answers, consent to a register (asked at once), the bank account (checked, sealed)', params: applicationIdParam, body: saveBenefitBody, needs: { ...write, vault: 'seal' } },
  'POST /api/benefit-applications/{id}/proposal': { handler: 'benefits/answer-proposal-handler', access: ['citizen'], summary: '政策找人: accept a proposed application (it becomes a draft to check and send) or decline it', params: applicationIdParam, body: proposalBody, idempotent: true, needs: write },
  'POST /api/staff/benefit-filings': { handler: 'benefits/file-benefit-handler', access: staff, summary: 'Start a benefit application on a person’s behalf (代办) from their card', body: benefitFilingBody, idempotent: true, needs: { ...write, identities: 'accounts' } },
  'GET /api/reviews': { handler: 'benefits/review-queue-handler', access: reviewers, summary: 'The reviewer’s stage queue in their district, by the stage’s deadline', query: reviewQueueQuery, needs: read },
  'GET /api/reviews/{id}': { handler: 'benefits/review-matter-handler', access: reviewers, summary: 'One benefit matter for its reviewers, ID, phone and bank account masked (audited)', params: applicationIdParam, needs: write },
  'POST /api/reviews/{id}/decisions': { handler: 'benefits/review-decision-handler', access: reviewers, summary: 'A stage’s decision: pass, one batch of corrections, refuse with reasons, the public notice', params: applicationIdParam, body: reviewDecisionBody, needs: write },
  'POST /api/reviews/{id}/bank-account': { handler: 'benefits/reveal-bank-account-handler', access: reviewers, summary: 'The bank account in full, for a stated purpose (audited)', params: applicationIdParam, body: revealBankBody, needs: { ...write, vault: 'open' } },
  'GET /api/reviews/{id}/documents/{documentId}/link': { handler: 'benefits/review-document-link-handler', access: reviewers, summary: 'Short-lived inline link to a document of a benefit matter (audited)', params: documentParams, needs: { table: 'readWrite', documents: ['get', 'put'] }, compute: { memoryMb: 1536, timeoutSeconds: 29 } },
  'GET /api/dev/registers': { handler: 'dev/list-registers-handler', access: 'public', summary: 'The stand-in partner registers (development only)', localOnly: true, needs: read },
  'PUT /api/dev/registers': { handler: 'dev/save-register-handler', access: 'public', summary: 'Change what a stand-in register answers about a person (development only)', body: devRegisterBody, localOnly: true, needs: write },
  'POST /api/dev/benefit-job': { handler: 'dev/run-benefit-job-handler', access: 'public', summary: 'Run the benefits’ nightly job now (development only)', body: devJobBody, localOnly: true, needs: write },
  'GET /api/applications/{id}/booking': { handler: 'booking/booking-overview-handler', access: fillers, summary: 'The assessment appointment: places booked (with the pass), waiting lists, home visit, what is left to book (staff looks audited)', params: applicationIdParam, needs: write },
  'GET /api/applications/{id}/availability': { handler: 'booking/availability-handler', access: fillers, summary: 'Sessions of the district for the categories this matter needs, with free seats', params: applicationIdParam, query: booking.availabilityQuery, needs: read },
  'POST /api/applications/{id}/bookings': { handler: 'booking/book-handler', access: fillers, summary: 'Book a seat (or take the seat offered from the waiting list)', params: applicationIdParam, body: booking.bookBody, idempotent: true, needs: write },
  'POST /api/applications/{id}/bookings/{bookingId}/reschedule': { handler: 'booking/reschedule-handler', access: fillers, summary: 'Move a booking to another session (a home visit to another day); the old seat is released in the same transaction', params: booking.bookingParams, body: booking.rescheduleBody, idempotent: true, needs: write },
  'POST /api/applications/{id}/bookings/{bookingId}/cancel': { handler: 'booking/cancel-booking-handler', access: fillers, summary: 'Cancel a booking and release the seat', params: booking.bookingParams, body: booking.versionBody, idempotent: true, needs: write },
  'POST /api/applications/{id}/bookings/{bookingId}/missed': { handler: 'booking/missed-handler', access: sessionKeepers, summary: 'Record that the person did not come (a second time is flagged for staff)', params: booking.bookingParams, body: booking.versionBody, needs: write },
  'POST /api/applications/{id}/waiting-list': { handler: 'booking/join-waiting-list-handler', access: fillers, summary: 'Wait for a seat in a full session', params: applicationIdParam, body: booking.waitBody, idempotent: true, needs: write },
  'DELETE /api/applications/{id}/waiting-list/{sessionId}': { handler: 'booking/leave-waiting-list-handler', access: fillers, summary: 'Stop waiting for a session', params: booking.waitParams, needs: write },
  'POST /api/applications/{id}/home-visit': { handler: 'booking/request-home-visit-handler', access: fillers, summary: 'Ask for the assessment at home (上门评残), with the reason', params: applicationIdParam, body: booking.homeVisitBody, idempotent: true, needs: write },
  'GET /api/sessions': { handler: 'booking/list-sessions-handler', access: sessionKeepers, summary: "Sessions and weekly templates of the caller's institutions", query: booking.sessionsQuery, needs: read },
  'POST /api/sessions': { handler: 'booking/add-session-handler', access: sessionKeepers, summary: 'Add a session by hand (a public holiday too)', body: booking.sessionBody, idempotent: true, needs: write },
  'GET /api/sessions/{sessionId}/roster': { handler: 'booking/roster-handler', access: sessionKeepers, summary: 'Who is booked into a session: name, category, needs (each look audited)', params: booking.sessionParam, needs: write },
  'POST /api/sessions/{sessionId}/close': { handler: 'booking/close-session-handler', access: sessionKeepers, summary: 'Close a session: everyone booked is told once and released, waiting people told', params: booking.sessionParam, body: booking.closeBody, idempotent: true, needs: write },
  'POST /api/session-templates': { handler: 'booking/save-template-handler', access: sessionKeepers, summary: 'A weekly template; makes its sessions on the working days ahead', body: booking.templateBody, idempotent: true, needs: write },
  'DELETE /api/session-templates/{institutionId}/{templateId}': { handler: 'booking/remove-template-handler', access: sessionKeepers, summary: 'Stop a weekly template (its sessions stay)', params: booking.templateParams, needs: write },
  'POST /api/check-ins': { handler: 'booking/check-in-handler', access: sessionKeepers, summary: 'Check a person in by the reference on their pass (scanned or typed)', body: booking.checkInBody, needs: write },
  'GET /api/home-visits': { handler: 'booking/visit-plan-handler', access: sessionKeepers, summary: 'Home visits by township, community and day, with each team’s capacity', query: booking.planQuery, needs: read },
  'GET /api/assessor/applications/{id}': { handler: 'booking/assessor-view-handler', access: ['assessor'], summary: 'What an assessor sees of a person booked with them (audited)', params: applicationIdParam, needs: write },
  'POST /api/assessor/applications/{id}/result': { handler: 'booking/assessor-result-handler', access: ['assessor'], summary: 'The assessor records the result into the matter', params: applicationIdParam, body: assessorResultBody, needs: write },
  'GET /api/notices': { handler: 'notifications/list-notices-handler', access: anyone, summary: 'My in-app notices', needs: read },
  // Family (issue 13): a person's own account, the relatives they let follow, act or receive messages.
  'GET /api/people': { handler: 'family/people-handler', access: ['citizen'], summary: 'People I help and who helps me, with their open matters, next step and deadline', needs: write },
  'POST /api/me/person-link/code': { handler: 'family/request-link-code-handler', access: ['citizen'], summary: 'Link my account to myself: send a code to the phone on record (the same answer whether or not the details match)', body: linkCodeBody, needs: write },
  'POST /api/me/person-link': { handler: 'family/link-self-handler', access: ['citizen'], summary: 'Link my account to myself with the code', body: linkBody, needs: write },
  'POST /api/people/{personId}/delegations': { handler: 'family/invite-handler', access: ['citizen'], summary: 'Invite a relative to follow, act or receive messages (the person or their guardian on record)', params: personParam, body: inviteBody, idempotent: true, needs: write },
  'POST /api/delegations/{id}/accept': { handler: 'family/accept-handler', access: ['citizen'], summary: 'Accept an invitation with the code sent to my phone', params: delegationParam, body: acceptBody, needs: write },
  'POST /api/delegations/{id}/end': { handler: 'family/end-handler', access: ['citizen'], summary: 'End a delegation or decline an invitation (either side)', params: delegationParam, needs: write },
  'POST /api/delegations/{id}/confirm': { handler: 'family/confirm-handler', access: ['citizen'], summary: 'Confirm, at 18, a delegation the guardian gave', params: delegationParam, needs: write },
  'POST /api/staff/applications/{id}/delegation-papers': { handler: 'family/paper-upload-handler', access: staff, summary: 'Announce the scan of a delegation signed on paper; answers with a presigned PUT URL', params: applicationIdParam, body: paperUploadBody, idempotent: true, needs: { table: 'readWrite', documents: ['upload'] } },
  'POST /api/staff/applications/{id}/delegation-papers/{documentId}/confirm': { handler: 'family/paper-confirm-handler', access: staff, summary: 'Check the uploaded scan and keep it', params: paperParams, needs: { table: 'readWrite', documents: ['receive'] } },
  'POST /api/staff/applications/{id}/delegations': { handler: 'family/record-at-counter-handler', access: staff, summary: 'Record a delegation signed on paper at the counter, with its scan', params: applicationIdParam, body: counterDelegationBody, idempotent: true, needs: { ...write, identities: 'accounts' } },
  'PUT /api/me/channels': { handler: 'preferences/channels-handler', access: anyone, summary: 'Which channels besides in-app: SMS, e-mail', body: channelsBody, needs: write },
  'POST /api/me/email': { handler: 'preferences/email-handler', access: anyone, summary: 'Send a link that verifies an e-mail address', body: emailBody, needs: write },
  'POST /api/email-verifications': { handler: 'preferences/verify-email-handler', access: 'public', summary: 'Verify an e-mail address with the token from its link', body: emailTokenBody, needs: write },
  'POST /api/progress': { handler: 'progress/progress-handler', access: 'public', summary: '办件查询: status and next step by receipt reference and the last 6 characters of the ID number', body: progressBody, needs: write },
  'GET /api/openapi.json': { handler: 'openapi/openapi-handler', access: 'public', summary: 'This document', needs: {} },
  'GET /api/dev/messages': { handler: 'dev/list-messages-handler', access: 'public', summary: 'Local message sink (development only)', localOnly: true, needs: {} },
} as const satisfies Record<`${Method} /api/${string}`, RouteSpec>;

export type RouteKey = keyof typeof routeTable;

/** The table as a list, method and path spelt out. */
export const routes: Route[] = Object.entries(routeTable).map(([key, spec]) => {
  const [method, path] = key.split(' ') as [Method, string];
  return { ...(spec as RouteSpec), method, path };
});

/** The stream-triggered notifier, outside the HTTP API. */
export const streamHandler = { handler: 'notifications/stream-handler', needs: { ...write, sms: true, email: true } } as const;

/** Sends the SMS held through quiet hours once they end, run every quarter of an hour by a schedule. */
export const heldSmsHandler = { handler: 'notifications/held-sms-handler', needs: { ...write, sms: true } } as const;

/** 政策找人 on the table's stream: a certificate issued or changed runs the rule engine for its holder. */
export const policyStreamHandler = { handler: 'benefits/policy-stream-handler', needs: write } as const;
/** The hourly appointment jobs (sessions from templates, waiting-list offers, reminders), run by a schedule. */
export const bookingJobsHandler = { handler: 'booking/booking-jobs-handler', needs: write } as const;

/** The daily reminders job, run by a schedule. */
export const reminderHandler = { handler: 'reminders/scheduled-handler', needs: write } as const;
