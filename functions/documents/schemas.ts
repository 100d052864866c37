import * as z from 'zod';
import '../shared/zod-messages.js';
import { DOCUMENT_KINDS } from '../applications/materials.js';
import { ACCEPTED_CONTENT_TYPES } from './file-types.js';

export const requestUploadBody = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { error: 'error.choose' }),
    fileName: z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(200, 'error.tooLong'),
    contentType: z.enum(ACCEPTED_CONTENT_TYPES, { error: 'error.file.type' }),
    size: z.number({ error: 'error.required' }).int().positive('error.required'),
  })
  .strict();
export type RequestUploadBody = z.infer<typeof requestUploadBody>;

export const documentParams = z.object({
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'error.notFound'),
  documentId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'error.notFound'),
});
