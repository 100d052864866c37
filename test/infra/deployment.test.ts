/**
 * What a first real deployment depends on and offline synth alone does not show (issue 14): log
 * delivery that works in opt-in regions, a teardown that empties what it deletes, an upload CORS rule
 * that matches the portal's real origin, and web ACLs attached in CloudFormation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { S3Client } from '@aws-sdk/client-s3';
import { synthesize, testConfig } from './synth-app.js';
import { cognitoSmsMessage } from '../../cdk/auth-stack.js';
import { templatePattern } from '../support/sms-conformance.js';
import { COGNITO_CODE_ANSWERS, COGNITO_CODE_REQUESTS } from '../../cdk/firewall-rules.js';
import { bucketOrigin, contentSecurityPolicy } from '../../config/security-headers.js';
import { uploadCorsRule } from '../../config/upload-cors.js';
import { cspAllows, parseCsp } from '../../ops/csp.js';
import { s3ClientConfig } from '../../functions/adapters/aws-clients.js';
import { s3DocumentFiles } from '../../functions/adapters/s3-document-files.js';

let stacks: ReturnType<typeof synthesize>['stacks'];
let t: Record<'auth' | 'web' | 'firewall' | 'cdnLogs', Template>;

beforeAll(() => {
  ({ stacks } = synthesize({}, { bundle: false }));
  t = { auth: Template.fromStack(stacks.auth), web: Template.fromStack(stacks.web), firewall: Template.fromStack(stacks.firewall!), cdnLogs: Template.fromStack(stacks.cdnLogs) };
}, 120_000);

const resourcesOf = (template: Template, type: string) => Object.entries(template.findResources(type));
const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);

/** A template value with every reference replaced by the name of what it refers to: `<Cdn….DomainName>`. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(render).join('');
  const object = value as Record<string, unknown>;
  if ('Fn::Join' in object) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map(render).join(separator);
  }
  if ('Fn::GetAtt' in object) return `<${(object['Fn::GetAtt'] as string[]).join('.')}>`;
  if ('Ref' in object) return `<${object.Ref as string}>`;
  if ('Fn::ImportValue' in object) return `<import ${render(object['Fn::ImportValue'])}>`;
  return JSON.stringify(object);
}

describe('access logs', () => {
  it('are CloudFront standard logs v2, delivered from us-east-1 to the logs bucket in the portal’s (opt-in) region', () => {
    expect(stacks.web.region).toBe('ap-east-1');
    expect(stacks.cdnLogs.region).toBe('us-east-1');
    const [, distribution] = resourcesOf(t.web, 'AWS::CloudFront::Distribution')[0]!;
    // Legacy logging (ACL delivery to the bucket) is what fails in opt-in regions: none is configured.
    expect(distribution.Properties.DistributionConfig.Logging).toBeUndefined();

    const [[, source]] = resourcesOf(t.cdnLogs, 'AWS::Logs::DeliverySource') as [[string, any]];
    expect(source.Properties.LogType).toBe('ACCESS_LOGS');
    expect(render(source.Properties.ResourceArn)).toMatch(/^arn:<AWS::Partition>:cloudfront::111111111111:distribution\/<ExportsReader\w+\.\/cdk\/exports\/OneVisitCdnLogs\/OneVisitWebapeast1RefCdn\w+>$/);
    const [[destinationId, destination]] = resourcesOf(t.cdnLogs, 'AWS::Logs::DeliveryDestination') as [[string, any]];
    expect(render(destination.Properties.DestinationResourceArn)).toMatch(/OneVisitWebapeast1FnGetAttCdnLogs\w+Arn/);
    t.cdnLogs.hasResource('AWS::Logs::Delivery', {
      Properties: { DeliverySourceName: source.Properties.Name, DeliveryDestinationArn: { 'Fn::GetAtt': [destinationId, 'Arn'] } },
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^Source')]),
    });
  });

  it('are admitted into the logs bucket only from this account’s log deliveries in us-east-1', () => {
    const logsId = logicalId(stacks.web, stacks.web.logs);
    const policies = resourcesOf(t.web, 'AWS::S3::BucketPolicy').filter(([, p]) => JSON.stringify(p.Properties.Bucket).includes(logsId));
    const statements = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const delivery = statements.find((s) => s.Principal?.Service === 'delivery.logs.amazonaws.com');
    expect(delivery).toMatchObject({
      Effect: 'Allow',
      Action: 's3:PutObject',
      Condition: {
        StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': '111111111111' },
      },
    });
    expect(render(delivery.Condition.ArnLike['aws:SourceArn'])).toBe('arn:<AWS::Partition>:logs:us-east-1:111111111111:delivery-source:*');
    expect(render(delivery.Resource)).toBe(`<${logsId}.Arn>/AWSLogs/111111111111/*`);
  });
});

describe('teardown', () => {
  it('empties the site bucket before deleting it, and keeps the logs bucket', () => {
    const siteId = resourcesOf(t.web, 'AWS::S3::Bucket').find(([id]) => id.startsWith('Site'))![0];
    t.web.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site/' }) }) });
    t.web.hasResourceProperties('Custom::S3AutoDeleteObjects', { BucketName: { Ref: siteId } });
    t.web.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 400 })] } }) });
  });
});

describe('uploads from the portal', () => {
  it('are allowed by the bucket’s CORS rule from the portal’s domain and from CloudFront’s own host, set after the distribution exists', () => {
    const [[, cors]] = resourcesOf(t.web, 'Custom::AWS') as [[string, any]];
    const call = render(cors.Properties.Create);
    expect(render(cors.Properties.Update)).toBe(call);
    const distributionId = logicalId(stacks.web, stacks.web.distribution);
    const expected = uploadCorsRule(['https://onevisit.example.org', `https://<${distributionId}.DomainName>`]);
    expect(call).toContain(`"PutBucketCors"`);
    expect(call).toContain(JSON.stringify({ CORSRules: [expected] }));
    expect(call).toContain('"Bucket":"<import OneVisitData:ExportsOutputRefDocuments');
    // The portal URL people are given is one of the allowed origins.
    const portalUrl = Object.values(t.web.findOutputs('PortalUrl'))[0]!.Value;
    expect(expected.AllowedOrigins).toContain(render(portalUrl));
  });

  it('send exactly the headers the CORS rule allows, to the origin the CSP allows', async () => {
    const client = new S3Client({ ...s3ClientConfig({ AWS_REGION: 'ap-east-1' }), credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    const upload = await s3DocumentFiles(client, 'onevisit-documents-abc').presignUpload('applications/a/b', 'image/png', 10, 300);
    client.destroy();
    expect(Object.keys(upload.headers).sort()).toEqual([...uploadCorsRule([]).AllowedHeaders].sort());
    expect(uploadCorsRule([]).AllowedMethods).toContain('PUT');
    // The Web stack gives the CSP and config.json the bucket's regional host: the host presigned URLs use.
    const csp = parseCsp(contentSecurityPolicy({ documentOrigins: [bucketOrigin('onevisit-documents-abc', 'ap-east-1')], cognitoRegion: 'ap-east-1' }));
    expect(cspAllows(csp, 'connect-src', upload.url, 'https://onevisit.example.org/')).toBe(true);
    const [[, deployment]] = resourcesOf(t.web, 'Custom::CDKBucketDeployment') as [[string, any]];
    expect(JSON.stringify(deployment.Properties)).toContain('RegionalDomainName');
  });
});

describe('SMS', () => {
  it('Cognito sends its codes in the registered template behind the registered signature, and sign-out can revoke tokens', () => {
    const pool = Object.values(t.auth.findResources('AWS::Cognito::UserPool'))[0]!.Properties;
    const expected = cognitoSmsMessage(testConfig.smsSignature);
    expect(pool.SmsVerificationMessage).toBe(expected);
    expect(pool.SmsAuthenticationMessage).toBe(expected);
    expect(templatePattern('cognitoCode', 'zh-CN', testConfig.smsSignature).test(expected.replace('{####}', '246810'))).toBe(true);
    t.auth.hasResourceProperties('AWS::Cognito::UserPoolClient', { EnableTokenRevocation: true });
  });

  it('the notifier sends through the configured origination identity with the registered signature', () => {
    const notify = Template.fromStack(stacks.notify);
    notify.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SMS_ORIGINATION_IDENTITY: Match.stringLikeRegexp(':pool/'), SMS_SIGNATURE: testConfig.smsSignature }) },
    });
  });
});

describe('web ACLs', () => {
  it('attaches a CloudFront web ACL made in us-east-1, with managed rules and a per-address limit on the API', () => {
    expect(stacks.firewall!.region).toBe('us-east-1');
    const [[aclId, acl]] = resourcesOf(t.firewall, 'AWS::WAFv2::WebACL') as [[string, any]];
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    const rules = acl.Properties.Rules as any[];
    expect(rules.map((r) => r.Name)).toEqual(['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet', 'ApiRequestsPerAddress']);
    const api = rules.find((r) => r.Name === 'ApiRequestsPerAddress');
    expect(api.Statement.RateBasedStatement).toMatchObject({ Limit: 1000, AggregateKeyType: 'IP', ScopeDownStatement: { ByteMatchStatement: { SearchString: '/api/', PositionalConstraint: 'STARTS_WITH' } } });
    expect(api.Action.Block.CustomResponse.ResponseCode).toBe(429);

    const [, distribution] = resourcesOf(t.web, 'AWS::CloudFront::Distribution')[0]!;
    expect(render(distribution.Properties.DistributionConfig.WebACLId)).toMatch(new RegExp(`OneVisitEdgeFirewalluseast1FnGetAtt${aclId.replace(/[0-9A-F]{8}$/, '')}\\w*Arn`));
  });

  it('limits per address how often Cognito is asked for and answered sign-in codes, on the user pool itself', () => {
    const [[aclId, acl]] = resourcesOf(t.auth, 'AWS::WAFv2::WebACL') as [[string, any]];
    expect(acl.Properties.Scope).toBe('REGIONAL');
    const targets = (rule: any) => {
      const scope = rule.Statement.RateBasedStatement.ScopeDownStatement;
      return (scope.OrStatement?.Statements ?? [scope]).map((s: any) => s.ByteMatchStatement.SearchString.replace('AWSCognitoIdentityProviderService.', '')).sort();
    };
    const rules = Object.fromEntries((acl.Properties.Rules as any[]).map((r) => [r.Name, r]));
    expect(targets(rules.CodeRequestsPerAddress)).toEqual([...COGNITO_CODE_REQUESTS].sort());
    expect(targets(rules.CodeAnswersPerAddress)).toEqual([...COGNITO_CODE_ANSWERS].sort());
    expect(rules.CodeRequestsPerAddress.Statement.RateBasedStatement).toMatchObject({ Limit: 30, AggregateKeyType: 'IP', EvaluationWindowSec: 300 });
    const poolId = logicalId(stacks.auth, stacks.auth.userPool);
    t.auth.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { ResourceArn: { 'Fn::GetAtt': [poolId, 'Arn'] }, WebACLArn: { 'Fn::GetAtt': [aclId, 'Arn'] } });
  });

  it('every Cognito call of the web app that sends or checks a code is rate-limited', async () => {
    const source = await import('node:fs/promises').then((fs) => fs.readFile('web/src/sign-in-client.ts', 'utf8'));
    const called = new Set([...source.matchAll(/call(?:<[^>]*>)?\('(\w+)'/g)].map((m) => m[1]!));
    const limited = new Set([...COGNITO_CODE_REQUESTS, ...COGNITO_CODE_ANSWERS]);
    // RevokeToken ends a session and sends nothing.
    expect([...called].filter((op) => !limited.has(op))).toEqual(['RevokeToken']);
  });

  it('uses a web ACL the deployment names instead of making one', () => {
    const arn = 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/federation/0123abcd-0000-1111-2222-333344445555';
    const named = synthesize({ webAclArn: arn }, { bundle: false });
    expect(named.stacks.firewall).toBeUndefined();
    Template.fromStack(named.stacks.web).hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.objectLike({ WebACLId: arn }) });
  });
});
