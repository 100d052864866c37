import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import type { Platform } from '../../local/platform.js';
import { toLambdaRecord } from '../../local/stream-poller.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../support/applications.js';

let platform: Platform;
let citizen: Client;

beforeAll(async () => {
  platform = await startTestPlatform();
  citizen = await signIn(platform, '13900000001');
});
afterAll(async () => platform?.stop());

const submissionTexts = (reference: string) => sinkMessages(platform).filter((m) => m.text.includes(reference));

async function outboxRecordsFromStream(applicationId: string) {
  const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };
  const dynamo = new DynamoDBClient({ endpoint: platform.dynamoEndpoint, region: 'us-east-1', credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: platform.dynamoEndpoint, region: 'us-east-1', credentials });
  const arn = (await dynamo.send(new DescribeTableCommand({ TableName: platform.tableName }))).Table!.LatestStreamArn!;
  const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards!;
  const found = [];
  for (const shard of shards) {
    let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    for (let page = 0; iterator && page < 50; page++) {
      const result = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      found.push(...(result.Records ?? []).filter((r) => r.dynamodb?.NewImage?.entity?.S === 'OutboxEvent' && r.dynamodb.NewImage.applicationId?.S === applicationId));
      if (!result.Records?.length) break;
      iterator = result.NextShardIterator;
    }
  }
  dynamo.destroy();
  streams.destroy();
  return found.map((r) => toLambdaRecord(r, arn));
}

describe('the stream notifier', () => {
  it('delivers exactly one SMS and one in-app notice per submission, even when it processes the same stream record twice', async () => {
    const draft = await readyToSubmit(citizen);
    const submitted = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    const reference = submitted.body.receipt.reference as string;
    await platform.drainNotifications();

    expect(submissionTexts(reference)).toHaveLength(1);
    expect(submissionTexts(reference)[0]).toMatchObject({ to: '13900000001', text: expect.stringContaining('编号') });

    const records = await outboxRecordsFromStream(draft.id);
    expect(records).toHaveLength(1);
    const { handler } = await import('../../functions/notifications/stream-handler.js');
    const first = await handler({ Records: records });
    const second = await handler({ Records: [...records, ...records] });
    expect(first.batchItemFailures).toEqual([]);
    expect(second.batchItemFailures).toEqual([]);

    expect(submissionTexts(reference)).toHaveLength(1);
    const notices = (await citizen.call('GET', '/notices')).body.notices.filter((n: { applicationId: string }) => n.applicationId === draft.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ type: 'submitted', title: '残疾人证申请已提交' });
  });

  it('writes the SMS and notice in the language the person chose, and masks numbers nowhere it should not', async () => {
    const english = await signIn(platform, '13900000002');
    expect((await english.call('PUT', '/me/language', { language: 'en' })).status).toBe(200);
    const draft = await readyToSubmit(english);
    const submitted = await english.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    await platform.drainNotifications();
    const [sms] = submissionTexts(submitted.body.receipt.reference);
    // The registered signature starts every SMS to a mainland number, whatever its language.
    expect(sms?.text).toMatch(/^【残联一次办】We have received your disability certificate application/);
    expect(sms?.text).not.toMatch(/\d{17}[\dX]/);
    const notice = (await english.call('GET', '/notices')).body.notices.find((n: { applicationId: string }) => n.applicationId === draft.id);
    expect(notice.title).toBe('Your disability certificate application was submitted');
  });
});
