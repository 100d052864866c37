import { routeHandler } from '../shared/http/route.js';
import { fileMessageSink } from '../adapters/local-message-sink.js';
import { getConfig } from '../shared/config.js';
import { NotFoundError } from '../shared/errors.js';

/** Local only: the message sink, so a developer (and the browser tests) can read the SMS sent. */
export const handler = routeHandler('GET /api/dev/messages', async () => {
  const config = getConfig();
  if (config.STAGE !== 'local') throw new NotFoundError();
  const messages = await fileMessageSink(config.MESSAGE_SINK_FILE ?? '.data/messages.jsonl', config.SMS_SIGNATURE).read();
  return { body: { messages: messages.reverse() } };
});
