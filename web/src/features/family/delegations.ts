/** Invite a relative, accept an invitation with its code, end a help (either side), confirm one at 18. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import type { delegationView } from '../../../../functions/family/views';
import type { InviteBody } from '../../../../functions/family/schemas';

export type DelegationView = ReturnType<typeof delegationView>;
export { DELEGATE_RELATIONSHIPS, SCOPES, type Scope } from '../../../../functions/family/delegation';

const delegation = answerOf<{ delegation: DelegationView }>(
  z.object({ delegation: z.looseObject({ id: z.string(), state: z.enum(['invited', 'active', 'ended']), scopes: z.array(z.string()), phoneMasked: z.string() }) }),
);

/** What the form holds: unchosen fields go as nothing, so the server names each one missing. */
export type InviteForm = Partial<Omit<InviteBody, 'agreed'>> & { agreed?: boolean };

export const invite = (personId: string, form: InviteForm, idempotencyKey: string) =>
  api(`/people/${personId}/delegations`, { method: 'POST', body: form, idempotencyKey, answer: delegation });

export const acceptInvitation = (id: string, code: string) => api(`/delegations/${id}/accept`, { method: 'POST', body: { code }, answer: delegation });

export const endDelegation = (id: string) => api(`/delegations/${id}/end`, { method: 'POST', answer: delegation });

export const confirmDelegation = (id: string) => api(`/delegations/${id}/confirm`, { method: 'POST', answer: delegation });
