import { describe, expect, it } from 'vitest';
import { stepOfField, stepSchema, withStepAnswers } from '../../web/src/steps.js';

describe('saving one step of the form', () => {
  const answers = { forWhom: 'other', personName: '小明', personPhone: '13900000001', hukouAddress: '长沙市天心区劳动西路1号' } as const;

  it('removes an answer the person emptied instead of keeping the old one', () => {
    const saved = withStepAnswers(answers, 'person', { personName: '小明', personPhone: '  ' });
    expect(saved).not.toHaveProperty('personPhone');
    expect(saved.personName).toBe('小明');
  });

  it('leaves the other steps’ answers untouched', () => {
    expect(withStepAnswers(answers, 'person', { personName: '小红' })).toEqual({ forWhom: 'other', personName: '小红', hukouAddress: '长沙市天心区劳动西路1号' });
  });

  it('sends a problem found at submission back to the step that asks for it', () => {
    expect(stepOfField('deliveryAddress')).toBe('delivery');
    expect(stepOfField('documents.photo')).toBe('documents');
    expect(stepOfField('hukouDistrictName')).toBe('address');
  });
});

describe('a 代办 draft read back masked', () => {
  const saved = { forWhom: 'other', personIdNumber: '110101********0012', agentPhone: '139****0001' } as const;
  const person = { personName: '小明', personIdNumber: '110101********0012', relationship: 'child', agentName: '王芳', agentPhone: '139****0001', category: '4' };

  it('passes the masks sent back unchanged, so the saved numbers are kept', () => {
    expect(stepSchema('person', saved).safeParse(person).success).toBe(true);
  });

  it('refuses a mask that is not the one read, and a number typed wrong, naming the problem', () => {
    const changed = stepSchema('person', saved).safeParse({ ...person, personIdNumber: '110101********0099', agentPhone: '123' });
    expect(changed.success).toBe(false);
    const messages = Object.fromEntries(changed.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages.personIdNumber).toMatch(/^error\.idNumber\./);
    expect(messages.agentPhone).toBe('error.phone.invalid');
  });

  it('does not let a mask through where nothing masked was read', () => {
    expect(stepSchema('person', { forWhom: 'other' }).safeParse(person).success).toBe(false);
  });
});
