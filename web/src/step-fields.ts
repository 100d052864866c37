/** The application form's steps and which answers each asks: light enough for any page that links to a question. */
export const STEPS = ['person', 'address', 'delivery', 'documents', 'consent'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_FIELDS: Record<Exclude<Step, 'documents'>, string[]> = {
  person: ['personName', 'personIdNumber', 'personPhone', 'relationship', 'agentName', 'agentPhone', 'category'],
  address: ['hukouAddress', 'hukouDistrictName', 'currentAddress', 'districtCode'],
  delivery: ['delivery', 'deliveryAddress'],
  consent: ['consent'],
};

/** Which step asks for a field, so a problem found at submission (or a "Change" link) leads to the right page. */
export function stepOfField(field: string): Step {
  const name = field.replace(/^answers\./, '');
  if (name.startsWith('documents')) return 'documents';
  for (const step of ['person', 'address', 'delivery', 'consent'] as const) if (STEP_FIELDS[step].includes(name)) return step;
  return 'person';
}
