import { CfnOutput, Duration, RemovalPolicy, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import type { DeployConfig } from './deploy-config.js';
import { contentSecurityPolicy, FRAME_OPTIONS, PERMISSIONS_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY } from '../config/security-headers.js';

export interface WebStackProps extends StackProps {
  api: IHttpApi;
  /** Cognito web client, written into /config.json for the sign-in page. */
  userPoolClientId: string;
  documents: IBucket;
  config: DeployConfig;
}

/** The CDK enum member whose value is the header value of config/security-headers.ts. */
function enumMember<E extends Record<string, string>>(members: E, value: string): E[keyof E] {
  const found = Object.values(members).find((v) => v === value);
  if (!found) throw new Error(`${value} is not a value CloudFront's policy can set`);
  return found as E[keyof E];
}

/** SPA routing: any path that is not a file gets index.html (a CloudFront Function, not an error page). */
const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  if (!request.uri.startsWith('/api/') && request.uri.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** The web app from a private bucket behind CloudFront, with the API under /api on the same origin. */
export class WebStack extends Stack {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { config } = props;

    const logs = new Bucket(this, 'CdnLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This bucket receives CloudFront and site-bucket access logs; logging it in turn would recurse.' });

    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });

    const security = { documentOrigins: [`https://${props.documents.bucketRegionalDomainName}`], cognitoRegion: this.region };
    const hsts = STRICT_TRANSPORT_SECURITY;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(security), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(hsts.maxAgeSeconds), includeSubdomains: hsts.includeSubDomains, preload: hsts.preload, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: enumMember(HeadersFrameOption, FRAME_OPTIONS), override: true },
        referrerPolicy: { referrerPolicy: enumMember(HeadersReferrerPolicy, REFERRER_POLICY), override: true },
      },
      customHeadersBehavior: { customHeaders: [{ header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true }] },
    });

    const certificate = config.certificateArn ? Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn) : undefined;
    this.distribution = new Distribution(this, 'Cdn', {
      defaultRootObject: 'index.html',
      ...(certificate && config.domainName
        ? { certificate, domainNames: [config.domainName], minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cdn/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: new CloudFrontFunction(this, 'SpaRewrite', { code: FunctionCode.fromInline(SPA_REWRITE) }) }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(`${props.api.apiId}.execute-api.${this.region}.amazonaws.com`),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'People apply wherever they live, including abroad (跨省通办); no geographic restriction is wanted.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'A CloudFront WAF web ACL must live in us-east-1; it is attached at deployment by ARN (docs/deploy.md) rather than created in this regional app.',
    });
    if (!certificate) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a custom domain CloudFront’s default certificate is used, which allows older TLS; set domainName and certificateArn for production.',
      });
    }

    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(config.webAssetPath),
        Source.jsonData('config.json', {
          auth: { kind: 'cognito', region: this.region, clientId: props.userPoolClientId },
          uploads: { url: `https://${props.documents.bucketRegionalDomainName}/` },
        }),
      ],
      destinationBucket: site,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
    });
    this.acknowledgeDeploymentHandler(site);

    new CfnOutput(this, 'PortalUrl', { value: config.domainName ? `https://${config.domainName}` : `https://${this.distribution.distributionDomainName}` });
  }

  /**
   * CDK's BucketDeployment runs a custom-resource function of aws-cdk-lib's making, at deployment only: its
   * managed policy, runtime and copy permissions are not ours to choose. Acknowledged on that function alone.
   */
  private acknowledgeDeploymentHandler(site: Bucket): void {
    const handler = this.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found');
    const account = Token.isUnresolved(this.account) ? '<AWS::AccountId>' : this.account;
    const region = Token.isUnresolved(this.region) ? '<AWS::Region>' : this.region;
    const siteId = this.resolve(this.getLogicalId(site.node.defaultChild as CfnBucket)) as string;
    const reason = 'aws-cdk-lib’s BucketDeployment function copies the built web app from the CDK asset bucket into the site bucket at deployment.';
    const findings = [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((a) => `AwsSolutions-IAM5[Action::${a}]`),
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${account}-${region}/*]`,
      `AwsSolutions-IAM5[Resource::<${siteId}.Arn>/*]`,
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-L1',
    ];
    for (const id of findings) Validations.of(handler).acknowledge({ id, reason });
  }
}
