/** What an ID or mobile number in the clear looks like, anywhere in a line of text. */
const ID_NUMBER = /(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const MOBILE = /(?<![\dA-Za-z])(?:\+?86)?1[3-9]\d{9}(?![\dA-Za-z])/g;

export function findUnmaskedNumbers(text: string): { kind: 'id' | 'mobile'; value: string }[] {
  return [
    ...[...text.matchAll(ID_NUMBER)].map((m) => ({ kind: 'id' as const, value: m[0] })),
    ...[...text.matchAll(MOBILE)].map((m) => ({ kind: 'mobile' as const, value: m[0] })),
  ];
}
