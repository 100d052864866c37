/** What the family pages send, shared by the web forms and the handlers. Messages are i18n codes. */
import * as z from 'zod';
import '../shared/zod-messages.js';
import { idNumberField, mobileFieldFor, nameField } from '../applications/schemas.js';
import { DELEGATE_RELATIONSHIPS, SCOPES } from './delegation.js';
import { requestUploadBody } from '../documents/schemas.js';

const ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'error.notFound');
const isoDate = z.iso.date({ error: 'error.date@endsOn' });
const code = z.string({ error: 'error.required' }).trim().regex(/^\d{6}$/, 'error.code.invalid');

/** Link my account to myself: my ID number and name, then the code sent to the phone on record. */
export const linkCodeBody = z.object({ ownIdNumber: idNumberField, ownName: nameField }).strict();
export const linkBody = z.object({ code }).strict();

export const personParam = z.object({ personId: ulid });
export const delegationParam = z.object({ id: ulid });

const scopes = z
  .array(z.enum(SCOPES, { error: 'error.choose@scopes' }), { error: 'error.choose@scopes' })
  .min(1, 'error.choose@scopes')
  .max(SCOPES.length, 'error.choose@scopes')
  .transform((list) => [...new Set(list)])
  .refine((list) => !list.includes('act') || list.includes('follow'), 'error.delegation.actNeedsFollow');

const delegateFields = {
  delegatePhone: mobileFieldFor('delegatePhone'),
  delegateName: nameField,
  relationship: z.enum(DELEGATE_RELATIONSHIPS, { error: 'error.choose@delegateRelationship' }),
  scopes,
  endsOn: isoDate.optional(),
};

/** An invitation: who, how they are related, what they may do, until when, and the person's consent. */
export const inviteBody = z.object({ ...delegateFields, agreed: z.literal(true, { error: 'error.consent@delegationConsent' }) }).strict();
export type InviteBody = z.infer<typeof inviteBody>;

export const acceptBody = z.object({ code }).strict();

/** A delegation made on paper at the counter: who signed it, and the scan already uploaded to the matter. */
export const counterDelegationBody = z
  .object({
    ...delegateFields,
    grantorKind: z.enum(['person', 'guardian'], { error: 'error.choose@grantorKind' }),
    grantorName: nameField,
    documentId: ulid,
  })
  .strict();
export type CounterDelegationBody = z.infer<typeof counterDelegationBody>;

/** The scan of a paper delegation, announced by staff before it is uploaded. */
export const paperUploadBody = requestUploadBody.omit({ kind: true });
export const paperParams = z.object({ id: ulid, documentId: ulid });
