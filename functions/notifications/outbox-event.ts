/**
 * An outbox event as it arrives on the table's stream. The image is read only once it is known to be
 * an outbox event, and checked against this schema: a record that cannot be read is set aside, never
 * allowed to stop the records behind it.
 */
import * as z from 'zod';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { OutboxEvent } from '../matters/matter.js';

const outboxEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  /** Empty for messages about no matter (a delegation, a code). */
  applicationId: z.string(),
  recipientUserIds: z.array(z.string()),
  recipientPhones: z.array(z.string()).optional(),
  params: z.record(z.string(), z.string()).default({}),
  audience: z.literal('person').optional(),
  direct: z.object({ phone: z.string().optional(), email: z.string().optional(), language: z.enum(['zh-CN', 'en']) }).optional(),
  createdAt: z.string().min(1),
});

type Image = Record<string, AttributeValue>;

export const isOutboxImage = (image: Image | undefined): image is Image => image?.entity?.S === 'OutboxEvent';

/** The event in the image, or why it cannot be read (a reason without personal data). */
export function readOutboxImage(image: Image): { event: OutboxEvent } | { unreadable: string } {
  let item: Record<string, unknown>;
  try {
    item = unmarshall(image);
  } catch (error) {
    return { unreadable: `unmarshall: ${(error as Error).message.slice(0, 200)}` };
  }
  const parsed = outboxEventSchema.safeParse(item);
  if (!parsed.success) return { unreadable: `shape: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}` };
  return { event: parsed.data };
}
