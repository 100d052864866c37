/** E-mail addresses: a light shape check (the verification link is the real check) and a mask for pages. */

const SHAPE = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export function normaliseEmail(raw: string): string | null {
  const email = raw.normalize('NFKC').trim();
  return email.length <= 254 && SHAPE.test(email) ? email : null;
}

/** `l***@example.com` */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
