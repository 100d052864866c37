/** The shapes every applications answer shares, checked on arrival. */
import * as z from 'zod/mini';

/** A matter's identity and place in its life: what every change answers with. */
export const changedMatter = z.looseObject({ id: z.string(), status: z.string(), version: z.number() });

export const applicationRecord = z.looseObject({
  id: z.string(),
  matter: z.string(),
  status: z.string(),
  version: z.number(),
  ownerId: z.string(),
  answers: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
