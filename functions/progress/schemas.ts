import * as z from 'zod';
import '../shared/zod-messages.js';

const plain = (raw: unknown) => (typeof raw === 'string' ? raw.normalize('NFKC').replace(/\s/g, '').toUpperCase() : raw);

/** The receipt reference (XB-2026-000123) and the last 6 characters of the ID number, typed as people type them. */
export const progressBody = z
  .object({
    reference: z.preprocess(plain, z.string({ error: 'error.required@receiptReference' }).min(1, 'error.required@receiptReference').regex(/^XB-\d{4}-\d{6}$/, 'error.receiptReference.format@receiptReference')),
    idLast6: z.preprocess(plain, z.string({ error: 'error.required' }).min(1, 'error.required').regex(/^\d{5}[\dX]$/, 'error.idLast6.format')),
  })
  .strict();
