/**
 * A proxy in front of DynamoDB Local that answers chosen operations with the errors DynamoDB itself
 * sends (throttling, a cancelled transaction), so tests see what the SDK sees when AWS has a bad
 * moment — through the real SDK, retries included, with no module patched.
 */
import http from 'node:http';

/** The error DynamoDB would send, as its JSON protocol spells it. */
export interface DynamoFaultAnswer {
  status: number;
  type: string;
  message: string;
  cancellationReasons?: { Code: string; Message?: string }[];
}

/** Chooses, per operation (e.g. 'TransactWriteItems'), whether to fail it. */
export type DynamoFault = (operation: string, body: string) => DynamoFaultAnswer | undefined;

export const throttled: DynamoFaultAnswer = {
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
};

/** A transaction cancelled because one of its items was throttled: nothing of it is written. */
export const transactionThrottled = (items: number): DynamoFaultAnswer => ({
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
  message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]',
  cancellationReasons: Array.from({ length: items }, (_, i) => (i === 0 ? { Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity' } : { Code: 'None' })),
});

/** Another transaction was writing one of the same items at that moment (DynamoDB checks no condition then). */
export const transactionConflict = (items: number): DynamoFaultAnswer => ({
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
  message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
  cancellationReasons: Array.from({ length: items }, (_, i) => (i === 0 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' })),
});

export interface DynamoFaultProxy {
  endpoint: string;
  setFault(fault: DynamoFault | undefined): void;
  stop(): Promise<void>;
}

export async function startDynamoFaultProxy(target: string): Promise<DynamoFaultProxy> {
  const upstream = new URL(target);
  let fault: DynamoFault | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const answer = fault?.(operation, body.toString('utf8'));
      if (answer) {
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' });
        return void res.end(JSON.stringify({ __type: answer.type, message: answer.message, ...(answer.cancellationReasons ? { CancellationReasons: answer.cancellationReasons } : {}) }));
      }
      const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    setFault(next) {
      fault = next;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
