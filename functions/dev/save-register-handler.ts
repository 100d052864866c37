import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { registerAnswerSchemas } from '../benefits/registers.js';

/** Local only: what a stand-in register answers about one person (or that it stays silent, or talks garbage). */
export const handler = routeHandler('PUT /api/dev/registers', async ({ deps, body }) => {
  if (getConfig().STAGE !== 'local') throw new NotFoundError();
  if (body.mode === 'answers' && !registerAnswerSchemas[body.register].safeParse(body.answer).success) throw new ValidationError([{ field: 'answer', code: 'error.format' }]);
  const answer = body.mode === 'garbage' ? '<html>502 Bad Gateway</html>' : body.answer;
  await deps.localRegisters.put({ register: body.register, idNumber: body.idNumber, name: body.personName, mode: body.mode === 'silent' ? 'silent' : 'answers', answer, updatedAt: deps.now().toISOString() });
  return { body: { saved: true } };
});
