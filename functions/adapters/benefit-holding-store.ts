/**
 * Which benefits a person applied for or receives (docs/data-model.md row 26), under the person's
 * hashed ID number: the submission claims the benefit with a conditional write in its own transaction,
 * so two applications for the same benefit cannot both be open, however many arrive at once.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { BenefitHoldings, Holding } from '../benefits/ports.js';
import { keys } from './table-keys.js';
import { queryAll } from './query-all.js';
import { m, toPart } from './write-parts.js';
import { idNumberHash } from './people-store.js';

export function dynamoBenefitHoldings(client: DynamoDBClient, tableName: string): BenefitHoldings {
  const key = (idNumber: string, benefitId: string) => keys.benefitHolding(idNumberHash(idNumber), benefitId);
  // Free, or already this matter's: a retried submission or an approval of the same matter.
  const ownOrFree = { ConditionExpression: 'attribute_not_exists(pk) OR matterId = :matter' };
  const put = (idNumber: string, benefitId: string, matterId: string, state: Holding['state']) =>
    toPart({ Put: { TableName: tableName, Item: m({ ...key(idNumber, benefitId), entity: 'BenefitHolding', benefitId, matterId, state }), ...ownOrFree, ExpressionAttributeValues: m({ ':matter': matterId }) } });
  return {
    async heldBy(idNumber) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.personPartition(idNumberHash(idNumber)), ':prefix': keys.benefitHoldingPrefix },
        ConsistentRead: true,
      });
      return items.map((i) => ({ benefitId: String(i.benefitId), matterId: String(i.matterId), state: i.state as Holding['state'] }));
    },
    claim: (idNumber, benefitId, matterId) => put(idNumber, benefitId, matterId, 'applied'),
    receive: (idNumber, benefitId, matterId) => put(idNumber, benefitId, matterId, 'receiving'),
    release: (idNumber, benefitId, matterId) =>
      toPart({ Delete: { TableName: tableName, Key: m(key(idNumber, benefitId)), ...ownOrFree, ExpressionAttributeValues: m({ ':matter': matterId }) } }),
  };
}
