/**
 * No validation library's words reach a person, and every message names its question: every error path
 * of every shared schema (each route's body, parameters and query; the web form's steps and start
 * questions), in both languages. The bad inputs are made by walking each schema's shape.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { routes } from '../../functions/routes.js';
import { completeAnswersSchema, matterAnswersSchema, startQuestionsSchema, type DraftAnswers } from '../../functions/applications/schemas.js';
import { fieldErrorsFromZod } from '../../functions/shared/http/problem.js';
import { fieldErrors, LANGUAGES, translateFieldError, type Language } from '../../functions/shared/i18n.js';
import { fieldNameOf } from '../../functions/shared/field-names.js';
import type { FieldError } from '../../functions/shared/errors.js';
import { STEPS, stepSchema } from '../../web/src/steps.js';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const BAD_VALUES: unknown[] = [undefined, null, 12345, -1, 1.5, '', ' ', 'x'.repeat(5000), 'zzz', '!!@@', true, [], {}, Array.from({ length: 40 }, () => ({}))];

/** The shape an object schema has, seen through optional, default, pipe and transform wrappers. */
function objectShapes(schema: unknown): Record<string, unknown>[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [def.shape as Record<string, unknown>];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return objectShapes(def.innerType);
    case 'pipe':
      return objectShapes(def.in);
    case 'union':
      return (def.options as unknown[]).flatMap(objectShapes);
    case 'array':
      return objectShapes(def.element);
    default:
      return [];
  }
}

/** Inputs that break each field in turn (and each field of nested objects and lists), plus the empty and the foreign. */
function badInputs(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (def.type === 'union' && def.discriminator) {
    const key = def.discriminator as string;
    return (def.options as unknown[]).flatMap((option) => {
      const value = (defOf((defOf(option).shape as Record<string, unknown>)[key]).values as unknown[])[0];
      return badInputs(option).map((input) => (input && typeof input === 'object' && !Array.isArray(input) ? { ...input, [key]: value } : input));
    });
  }
  const inputs: unknown[] = ['not an object', {}, { unexpected: 1 }];
  for (const shape of objectShapes(schema)) {
    for (const [key, field] of Object.entries(shape)) {
      for (const value of BAD_VALUES) inputs.push({ [key]: value });
      for (const nested of badInputs(field)) {
        if (nested && typeof nested === 'object') inputs.push({ [key]: nested }, { [key]: [nested] });
      }
    }
  }
  return inputs;
}

const answerVariants: DraftAnswers[] = [
  { forWhom: 'self', actingAs: 'self', hasIdCard: true, category: '1' },
  { forWhom: 'other', actingAs: 'agent', hasIdCard: false, category: '4' },
];

const schemas: [string, z.ZodType][] = [
  ...routes.flatMap((r) => (['body', 'params', 'query'] as const).flatMap((part): [string, z.ZodType][] => (r[part] ? [[`${r.method} ${r.path} ${part}`, r[part]!]] : []))),
  ['start questions', startQuestionsSchema],
  ['complete answers', completeAnswersSchema],
  ['certificate matter answers', matterAnswersSchema],
  ...answerVariants.flatMap((answers) => STEPS.filter((s) => s !== 'documents').map((step): [string, z.ZodType] => [`step ${step} (${answers.forWhom})`, stepSchema(step as Exclude<typeof step, 'documents'>, answers) as z.ZodType])),
];

function errorsOf(schema: z.ZodType): FieldError[] {
  const found = new Map<string, FieldError>();
  for (const input of badInputs(schema)) {
    const result = schema.safeParse(input);
    if (!result.success) for (const e of fieldErrorsFromZod(result.error)) found.set(`${e.field}|${e.code}|${e.key ?? ''}`, e);
  }
  return [...found.values()];
}

/** A library's own words: English sentences in lower case, or zod's phrases. */
const LIBRARY_TEXT = /invalid input|expected|received|too (big|small)|unrecognized|must (contain|match)|[a-z]{4,} [a-z]{4,}/;

function problemsWith(e: FieldError, lang: Language): string[] {
  const message = translateFieldError(e, lang);
  // A key the form does not have is quoted as it was sent; the words around it are what is checked.
  const words = e.code === 'error.unknownField' ? message.replace(e.key!, '') : message;
  const problems: string[] = [];
  if (!fieldErrors[lang][e.code]) problems.push(`no ${lang} message for ${e.code}`);
  if (lang === 'zh-CN' && LIBRARY_TEXT.test(words)) problems.push(`library text: ${message}`);
  if (lang === 'en' && /invalid input|expected .* received|too (big|small)|unrecognized key/i.test(words)) problems.push(`library text: ${message}`);
  if (lang === 'zh-CN' && /[:;]/.test(message)) problems.push(`ASCII punctuation in Chinese: ${message}`);
  if (e.code !== 'error.body') {
    const name = e.code === 'error.unknownField' ? e.key! : fieldNameOf(e.field, lang, e.key);
    if (!name) problems.push(`no ${lang} name for the question at "${e.field}"`);
    else if (!message.toLowerCase().includes(name.toLowerCase())) problems.push(`does not name "${name}": ${message}`);
  }
  return problems.map((p) => `${e.field || '(body)'} ${e.code}: ${p}`);
}

describe('field error messages', () => {
  it.each(schemas)('%s: every error path has a message in both languages that names its question', (_name, schema) => {
    const errors = errorsOf(schema);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.flatMap((e) => LANGUAGES.flatMap((lang) => problemsWith(e, lang)))).toEqual([]);
  });

  it('words the problems the use cases find (not the schemas) the same way', () => {
    const found: FieldError[] = [
      { field: 'documents.photo', code: 'error.document.missing' },
      { field: 'documents.idCard', code: 'error.document.tooMany' },
      { field: 'documents.photo', code: 'error.correction.newFileNeeded' },
      { field: 'personIdNumber', code: 'error.certificate.alreadyHeld', params: { number: '110105********002X42' } },
      { field: 'personIdNumber', code: 'error.reapplyBlocked', params: { from: '2027-01-01' } },
      { field: 'matter', code: 'error.certificate.notValid' },
      { field: 'matter', code: 'error.certificate.notYetRenewable' },
      { field: 'matter', code: 'error.certificate.matterOpen' },
      { field: 'components', code: 'error.assessment.duplicateCategory' },
      { field: 'components.0.category', code: 'error.assessment.speechUnderThree' },
      { field: 'components.1.measurement', code: 'error.assessment.measurementNeeded' },
      { field: 'components.0.grade', code: 'error.assessment.gradeMismatch' },
      { field: 'action', code: 'error.assessment.missing' },
      { field: 'action', code: 'error.notice.minor' },
      { field: 'action', code: 'error.notice.adult' },
      { field: 'action', code: 'error.notice.running' },
      { field: 'deferredKinds', code: 'error.deferral.notDeferrable' },
      { field: 'institutionId', code: 'error.choose' },
      { field: 'at', code: 'error.dateTimePast' },
      { field: 'assigneeUserId', code: 'error.choose' },
      { field: 'personIdNumber', code: 'error.notAnswered' },
      { field: 'district', code: 'error.choose' },
      { field: 'code', code: 'error.code.wrong' },
      { field: 'category', code: 'error.category.guardianRequired' },
    ];
    expect(found.flatMap((e) => LANGUAGES.flatMap((lang) => problemsWith(e, lang)))).toEqual([]);
  });

  it('names the question and says how to fix it, as GOV.UK does', () => {
    expect(translateFieldError({ code: 'error.choose', field: 'category' }, 'zh-CN')).toBe('请选择申请人主要是哪一类残疾');
    expect(translateFieldError({ code: 'error.choose', field: 'answers.category' }, 'en')).toBe('Select the applicant’s main type of disability');
    expect(translateFieldError({ code: 'error.required', field: 'items.1.note' }, 'zh-CN')).toBe('请填写第2项补正的说明');
    expect(translateFieldError({ code: 'error.required', field: 'reason', key: 'rejectReason' }, 'en')).toBe('Enter the reason for refusing');
  });

  it('gives the empty 户籍所在区县 of step 2 its own message instead of the library’s', () => {
    const result = stepSchema('address', answerVariants[0]!).safeParse({});
    expect(result.success).toBe(false);
    const hukou = fieldErrorsFromZod(result.error!).find((e) => e.field === 'hukouDistrictName')!;
    expect(translateFieldError(hukou, 'zh-CN')).toBe('请填写户籍所在区县');
    expect(result.error!.issues.map((i) => i.message).join(' ')).not.toMatch(/Invalid input/);
  });

  it('has no ASCII colon or semicolon in any Chinese message, problem title or field name', async () => {
    const { problemTitles, uploadProblemDetails } = await import('../../functions/shared/problem-titles.js');
    const { fieldNames } = await import('../../functions/shared/field-names.js');
    const { zhCN } = await import('../../web/src/locales/zh-CN.js');
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    const chinese = [fieldErrors['zh-CN'], problemTitles['zh-CN'], uploadProblemDetails['zh-CN'], fieldNames['zh-CN'], zhCN].flatMap(strings);
    expect(chinese.length).toBeGreaterThan(300);
    expect(chinese.filter((s) => /[:;]/.test(s))).toEqual([]);
  });
});
