/** Mainland mobile numbers: normalisation and masking. */

const MOBILE = /^1[3-9]\d{9}$/;

/** Strips spaces, hyphens and a +86 / 0086 / 86 prefix, reads full-width digits as digits; returns null when it is not a mobile number. */
export function normaliseMobile(raw: string): string | null {
  let digits = raw.normalize('NFKC').replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return MOBILE.test(digits) ? digits : null;
}

/** `138****5678` */
export function maskMobile(phone: string): string {
  if (phone.length !== 11) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
