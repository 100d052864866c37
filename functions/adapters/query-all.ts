import { QueryCommand, type DynamoDBClient, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

/** Every item of one partition (of the table or an index), following DynamoDB's pages. */
export async function queryAll(
  client: DynamoDBClient,
  input: Omit<QueryCommandInput, 'ExpressionAttributeValues' | 'ExclusiveStartKey'> & { values: Record<string, unknown> },
): Promise<Record<string, unknown>[]> {
  const { values, ...query } = input;
  const items: Record<string, unknown>[] = [];
  let startKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(new QueryCommand({ ...query, ExpressionAttributeValues: marshall(values), ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The attributes that only place an item in the table and its indexes. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, gsi2pk: _g3, gsi2sk: _g4, entity: _e, ...rest } = item;
  return rest;
}
