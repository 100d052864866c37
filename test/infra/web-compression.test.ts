/** CloudFront compresses the web app's text files (gzip and brotli) for browsers that ask. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import { synthesize } from './synth-app.js';

/** AWS's managed CachingOptimized policy: it keys the cache on Accept-Encoding for gzip and brotli, which CloudFront needs before it compresses. */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

let web: Template;
beforeAll(() => {
  // The web stack's template is all this reads: the functions need not be bundled (bundles.test.ts does that).
  web = Template.fromStack(synthesize({}, { bundle: false }).stacks.web);
}, 120_000);

describe('web delivery', () => {
  it('compresses the web app with gzip and brotli on its CloudFront behaviour', () => {
    const [distribution] = Object.values(web.findResources('AWS::CloudFront::Distribution'));
    const behaviour = distribution!.Properties.DistributionConfig.DefaultCacheBehavior;
    expect(behaviour.Compress).toBe(true);
    expect(behaviour.CachePolicyId).toBe(CACHING_OPTIMIZED);
  });
});
