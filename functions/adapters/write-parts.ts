/** How another store's writes ride in a matter's transaction: a TransactWriteItem, opaque to the domain. */
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { WritePart } from '../matters/ports.js';

export const toPart = (item: TransactWriteItem, conflict?: () => Error): WritePart => ({ writePart: item, ...(conflict ? { conflict } : {}) });
export const fromPart = (part: WritePart): TransactWriteItem => part.writePart as TransactWriteItem;

/** Every item is marshalled the same way: undefined fields left out. */
export const m = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: true });

/** A plain put of an item into the transaction. */
export const putPart = (tableName: string, item: Record<string, unknown>): WritePart => toPart({ Put: { TableName: tableName, Item: m(item) } });
