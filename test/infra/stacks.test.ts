import { beforeAll, describe, expect, it } from 'vitest';
import { Validations, type App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { deployedRoutes } from '../../cdk/api-stack.js';
import { synthesize, testConfig } from './synth-app.js';
import { securityHeaders } from '../../config/security-headers.js';
import { cspProblems } from '../../ops/csp.js';

let app: App;
let stacks: ReturnType<typeof synthesize>['stacks'];
let templates: Record<'data' | 'auth' | 'api' | 'notify' | 'web' | 'firewall' | 'cdnLogs', Template>;

beforeAll(() => {
  // Templates only: bundling ~90 functions again would add two minutes. What the bundles carry (their own
  // AWS SDK, their size) is checked in bundles.test.ts with the esbuild options CDK deploys with.
  const synthesized = synthesize({}, { bundle: false });
  ({ app, stacks } = synthesized);
  templates = {
    data: Template.fromStack(stacks.data),
    auth: Template.fromStack(stacks.auth),
    api: Template.fromStack(stacks.api),
    notify: Template.fromStack(stacks.notify),
    web: Template.fromStack(stacks.web),
    firewall: Template.fromStack(stacks.firewall!),
    cdnLogs: Template.fromStack(stacks.cdnLogs),
  };
}, 120_000);

type Statement = { Action: string | string[]; Resource: unknown };
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  const found: { path: string; id: string; reason: string }[] = [];
  const visit = (c: IConstruct) => {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, value] of Object.entries(entry.data as Record<string, { reason?: string } | string>)) {
        found.push({ path: c.node.path, id: id.replace(/^annotation::/i, ''), reason: typeof value === 'string' ? value : (value.reason ?? '') });
      }
    }
    c.node.children.forEach(visit);
  };
  visit(root);
  return found;
}

/** Statements of the inline policies attached to the role a function runs as. */
/** What a role may do: its inline policies (route functions) and the policies attached to it. */
function policyStatementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const inline = ((template.findResources('AWS::IAM::Role')[roleLogicalId]?.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement);
  return [
    ...inline,
    ...Object.values(policies)
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleLogicalId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]),
  ];
}

describe('the AWS app', () => {
  it('synthesizes offline with cdk-nag’s AwsSolutions pack and no unacknowledged finding, error or warning', () => {
    const report = new AwsSolutionsChecks(app).validate({ appConstruct: app, templatePaths: [], stackTemplates: [] } as never);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('gives every acknowledgement a specific reason next to the construct it concerns', () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(5);
    for (const ack of acks) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThan(40);
      expect(ack.path, ack.id).not.toMatch(/^OneVisit\w+$/);
    }
  });

  it('keeps the table with point-in-time recovery, our KMS key, a stream for the notifier, and retained on delete', () => {
    templates.data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true, SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] } } })],
      },
    });
    templates.data.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
    expect(stacks.data.terminationProtection).toBe(true);
  });

  it('encrypts the documents bucket with our KMS key, versions and logs it, and retains it', () => {
    templates.data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] } }, BucketKeyEnabled: true })] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'documents/' }),
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        // The Web stack owns the CORS rule (test/infra/deployment.test.ts); two owners would undo each other.
        CorsConfiguration: Match.absent(),
      },
    });
  });

  it('expires only uploads still tagged as drafts and unchecked uploads, never submitted or decided records', () => {
    const buckets = Object.values(templates.data.findResources('AWS::S3::Bucket')).filter((b) => b.Properties.VersioningConfiguration);
    const rules = buckets[0]!.Properties.LifecycleConfiguration.Rules as { ExpirationInDays?: number; TagFilters?: unknown; Prefix?: string }[];
    const expiring = rules.filter((r) => r.ExpirationInDays !== undefined);
    expect(expiring).toEqual([
      expect.objectContaining({ ExpirationInDays: 180, TagFilters: [{ Key: 'state', Value: 'draft' }] }),
      // Where browsers upload to, before a file is checked and copied to its kept place.
      expect.objectContaining({ ExpirationInDays: 2, Prefix: 'uploads/' }),
    ]);
    expect(expiring[0]).not.toHaveProperty('Prefix');
  });

  it('builds exactly one function per deployed route of the route table, and none for local-only routes', () => {
    const expected = deployedRoutes().map((r) => `${r.method} ${r.path}`).sort();
    const routeKeys = Object.values(templates.api.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey as string).sort();
    expect(routeKeys).toEqual(expected);
    expect(Object.keys(templates.api.findResources('AWS::Lambda::Function'))).toHaveLength(expected.length);
    expect(routeKeys.some((k) => k.includes('/auth/') || k.includes('/dev/'))).toBe(false);
    templates.api.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Environment: { Variables: Match.objectLike({ STAGE: 'aws', SERVED_DISTRICTS: '430105,430103' }) },
    });
  });

  it('lets no function write to the table or the bucket unless its route needs it', () => {
    const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    for (const route of deployedRoutes()) {
      const fn = stacks.api.functions.get(route.handler)!;
      const roleId = stacks.api.getLogicalId(fn.fn.role!.node.defaultChild as never);
      const actions = actionsOf(policyStatementsOfRole(templates.api, roleId));
      const label = `${route.method} ${route.path}`;
      if (route.needs.table !== 'readWrite') expect(actions.filter((a) => writes.includes(a)), label).toEqual([]);
      if (!route.needs.table) expect(actions.filter((a) => a.startsWith('dynamodb:')), label).toEqual([]);
      if (!route.needs.documents?.length) expect(actions.filter((a) => a.startsWith('s3:')), label).toEqual([]);
      const documents = route.needs.documents ?? [];
      if (!documents.some((n) => n === 'put' || n === 'upload' || n === 'receive')) expect(actions, label).not.toContain('s3:PutObject');
      if (!documents.some((n) => n === 'delete' || n === 'receive')) expect(actions, label).not.toContain('s3:DeleteObject');
      const cognito = actions.filter((a) => a.startsWith('cognito-idp:'));
      if (route.needs.identities) expect(cognito, label).toContain('cognito-idp:AdminCreateUser');
      if (route.needs.identities === 'roles') expect(cognito, label).toContain('cognito-idp:AdminAddUserToGroup');
      else expect(cognito, label).not.toContain('cognito-idp:AdminAddUserToGroup');
      if (!route.needs.identities) expect(cognito, label).toEqual([]);
    }
  });

  it('raises an alarm when a notification is set aside or a staff member hits the reveal limit', () => {
    for (const metricName of ['NotificationParked', 'RevealLimitReached']) {
      templates.notify.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'OneVisit',
        MetricName: metricName,
        Threshold: 1,
        AlarmActions: Match.anyValue(),
      });
    }
  });

  it('runs the reminders function once a day on a schedule, with the table and nothing of the bucket', () => {
    templates.notify.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 1 * * ? *)',
      Targets: Match.arrayWith([Match.objectLike({ Arn: Match.anyValue(), RetryPolicy: { MaximumRetryAttempts: 2 } })]),
    });
    const roleId = stacks.notify.getLogicalId(stacks.notify.reminders.fn.role!.node.defaultChild as never);
    const actions = actionsOf(policyStatementsOfRole(templates.notify, roleId));
    expect(actions).toContain('dynamodb:Query');
    expect(actions.filter((a) => a.startsWith('s3:'))).toEqual([]);
  });

  it('sends the SMS held through quiet hours every quarter of an hour (08:00 China time among the runs), with SMS and the table and nothing of the bucket', () => {
    templates.notify.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0/15 * * * ? *)',
      Targets: Match.arrayWith([Match.objectLike({ Arn: Match.anyValue(), RetryPolicy: { MaximumRetryAttempts: 2 } })]),
    });
    templates.notify.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SMS_QUIET_HOURS: '21:00-08:00', SMS_ORIGINATION_IDENTITY: Match.anyValue() }) },
    });
    const roleId = stacks.notify.getLogicalId(stacks.notify.heldSms.fn.role!.node.defaultChild as never);
    const actions = actionsOf(policyStatementsOfRole(templates.notify, roleId));
    expect(actions).toEqual(expect.arrayContaining(['sms-voice:SendTextMessage', 'dynamodb:Query']));
    expect(actions.filter((a) => a.startsWith('s3:') || a.startsWith('ses:'))).toEqual([]);
  });

  it('lets the notifier e-mail from an address of the SES identity, with verification links to the portal', () => {
    templates.notify.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ EMAIL_FROM: 'noreply@onevisit.example.org', PUBLIC_WEB_URL: 'https://onevisit.example.org' }) },
    });
    const notifierRole = stacks.notify.getLogicalId(stacks.notify.notifier.fn.role!.node.defaultChild as never);
    const ses = policyStatementsOfRole(templates.notify, notifierRole).filter((st) => actionsOf([st]).some((a) => a.startsWith('ses:')));
    expect(JSON.stringify(ses.map((st) => st.Resource))).toContain('identity/onevisit.example.org');
  });

  it('runs the appointment jobs every hour, with the table and nothing of the bucket', () => {
    templates.notify.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
    const roleId = stacks.notify.getLogicalId(stacks.notify.bookingJobs.fn.role!.node.defaultChild as never);
    const actions = actionsOf(policyStatementsOfRole(templates.notify, roleId));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem']));
    expect(actions.filter((a) => a.startsWith('s3:'))).toEqual([]);
  });

  it('grants no wildcard IAM action beyond the acknowledged ones', () => {
    const acknowledged = new Set(
      acknowledgements(app)
        .map((a) => a.id.match(/^AwsSolutions-IAM5\[Action::(.+)\]$/)?.[1])
        .filter(Boolean),
    );
    for (const [name, template] of Object.entries(templates)) {
      const statements = [
        ...Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]),
        ...Object.values(template.findResources('AWS::IAM::Role')).flatMap((r) => ((r.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement)),
      ];
      const wildcards = actionsOf(statements).filter((a) => a.includes('*') && !acknowledged.has(a));
      expect(wildcards, `stack ${name}`).toEqual([]);
    }
  });

  it('puts the HTTP API behind a Cognito JWT authorizer, with access logs and throttling', () => {
    templates.api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    templates.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
    });
    const publicRoutes = Object.values(templates.api.findResources('AWS::ApiGatewayV2::Route')).filter((r) => r.Properties.AuthorizationType === 'NONE');
    expect(publicRoutes.map((r) => r.Properties.RouteKey).sort()).toEqual(deployedRoutes().filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`).sort());
  });

  it('feeds the notifier from the stream with bisect-on-error, retries, a dead-letter queue and an alarm on it', () => {
    templates.notify.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['OutboxEvent'] } } } }) }] },
    });
    templates.notify.hasResourceProperties('AWS::CloudWatch::Alarm', { Threshold: 1, MetricName: 'ApproximateNumberOfMessagesVisible' });
    const notifierRole = stacks.notify.getLogicalId(stacks.notify.notifier.fn.role!.node.defaultChild as never);
    const actions = actionsOf(policyStatementsOfRole(templates.notify, notifierRole));
    expect(actions).toEqual(expect.arrayContaining(['sms-voice:SendTextMessage', 'ses:SendEmail']));
  });

  it('signs people in by phone with SMS codes and gives tokens the claims the handlers read', () => {
    templates.auth.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['phone_number'],
      Schema: Match.arrayWith([Match.objectLike({ Name: 'district', AttributeDataType: 'String' })]),
      Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: Match.arrayWith(['SMS_OTP']) } }),
    });
    const groups = Object.values(templates.auth.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName).sort();
    expect(groups).toEqual(['admin', 'assessor', 'citizen', 'civilAffairsReviewer', 'federationReviewer', 'staff', 'townshipReviewer']);
  });

  it('serves the web app privately through CloudFront with SPA routing', () => {
    templates.web.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        DefaultRootObject: 'index.html',
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }),
        CacheBehaviors: [Match.objectLike({ PathPattern: '/api/*' })],
      },
    });
    templates.web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    templates.web.resourceCountIs('AWS::CloudFront::Function', 1);
  });

  it('sends exactly the security headers and CSP of config/security-headers.ts, Cognito’s regional host included', () => {
    const [policy] = Object.values(templates.web.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const sent = headersOfPolicy(policy!.Properties.ResponseHeadersPolicyConfig);
    expect(sent).toEqual(securityHeaders({ documentOrigins: [`https://${DOCUMENTS_HOST}`], cognitoRegion: testConfig.region }));
    expect(sent['content-security-policy']).toContain('https://cognito-idp.ap-east-1.amazonaws.com');
    expect(cspProblems(sent['content-security-policy']!)).toEqual([]);
  });
});

/** Stands in for the documents bucket's regional domain name, which CloudFormation fills in. */
const DOCUMENTS_HOST = 'onevisit-documents-abc.s3.ap-east-1.amazonaws.com';

function resolveDocumentsHost(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) throw new Error(`unexpected header value ${JSON.stringify(value)}`);
  return join[1]
    .map((part) => {
      if (typeof part === 'string') return part;
      if (!JSON.stringify(part).includes('RegionalDomainName')) throw new Error(`unexpected reference ${JSON.stringify(part)}`);
      return DOCUMENTS_HOST;
    })
    .join(join[0]);
}

/** The headers CloudFront adds with this response-headers policy, as a browser receives them. */
function headersOfPolicy(config: { SecurityHeadersConfig: Record<string, any>; CustomHeadersConfig?: { Items: { Header: string; Value: string }[] } }) {
  const security = config.SecurityHeadersConfig;
  const hsts = security.StrictTransportSecurity;
  const headers: Record<string, string> = {
    'content-security-policy': resolveDocumentsHost(security.ContentSecurityPolicy.ContentSecurityPolicy),
    'strict-transport-security': [`max-age=${hsts.AccessControlMaxAgeSec}`, ...(hsts.IncludeSubdomains ? ['includeSubDomains'] : []), ...(hsts.Preload ? ['preload'] : [])].join('; '),
    ...(security.ContentTypeOptions ? { 'x-content-type-options': 'nosniff' } : {}),
    'x-frame-options': security.FrameOptions.FrameOption,
    'referrer-policy': security.ReferrerPolicy.ReferrerPolicy,
  };
  for (const item of config.CustomHeadersConfig?.Items ?? []) headers[item.Header.toLowerCase()] = item.Value;
  return headers;
}
