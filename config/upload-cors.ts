/**
 * The documents bucket's CORS rule, in S3's own API shape: the browser PUTs a presigned upload (with the
 * signed content type and draft tag) and GETs a presigned view, from the portal's origin only. The AWS
 * deployment (cdk/web-stack.ts) and the local S3 emulator (local/s3-local.ts) both set this rule.
 */
export interface CorsRule {
  AllowedOrigins: string[];
  AllowedMethods: string[];
  AllowedHeaders: string[];
  ExposeHeaders: string[];
  MaxAgeSeconds: number;
}

/**
 * Headers the web app sends with a presigned PUT (see functions/adapters/s3-document-files.ts);
 * `if-none-match: *` is signed into every upload URL, so a URL can never replace what it uploaded.
 */
export const UPLOAD_REQUEST_HEADERS = ['content-type', 'x-amz-tagging', 'if-none-match'];

export function uploadCorsRule(portalOrigins: string[]): CorsRule {
  return {
    AllowedOrigins: portalOrigins,
    AllowedMethods: ['PUT', 'GET'],
    AllowedHeaders: UPLOAD_REQUEST_HEADERS,
    ExposeHeaders: ['ETag'],
    MaxAgeSeconds: 600,
  };
}
