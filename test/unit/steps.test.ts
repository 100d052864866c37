import { describe, expect, it } from 'vitest';
import { stepOfField, withStepAnswers } from '../../web/src/steps.js';

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
