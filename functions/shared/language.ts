/** The languages the portal speaks: zh-CN by default, English complete. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
