/**
 * The public pages the web build draws into their HTML (web/prerender-plugin.ts), and where the drawn
 * file is: CloudFront's viewer-request function and the local gateway send these addresses there, and
 * every other address of the single-page app the shell (`/index.html`).
 */
export const PRERENDERED_PAGES = {
  '/': '/prerendered/index.html',
  '/sign-in': '/prerendered/sign-in.html',
  '/apply': '/prerendered/apply.html',
  '/progress': '/prerendered/progress.html',
  '/benefits': '/prerendered/benefits.html',
} as const;

export type PrerenderedPath = keyof typeof PRERENDERED_PAGES;
