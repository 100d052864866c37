/** The id of a field's input, stable so error summaries can link to it. */
export const fieldId = (name: string) => `field-${name.replaceAll('.', '-')}`;
