import { CfnOutput, Duration, RemovalPolicy, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { PRERENDERED_PAGES } from '../config/prerendered-pages.js';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  OriginRequestPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import type { DeployConfig } from './deploy-config.js';
import { securityHeadersPolicy } from './security-headers-policy.js';
import { DocumentsCors } from './documents-cors.js';

/** Where CloudFront's standard logging (v2) is managed: its CloudWatch Logs API answers only in us-east-1. */
export const CDN_LOG_DELIVERY_REGION = 'us-east-1';
/** Prefix under which CloudWatch Logs delivers the access logs into the logs bucket. */
export const CDN_LOG_PREFIX = 'AWSLogs';

export interface WebStackProps extends StackProps {
  api: IHttpApi;
  /** Cognito web client, written into /config.json for the sign-in page. */
  userPoolClientId: string;
  documents: IBucket;
  config: DeployConfig;
  /** The CloudFront web ACL (us-east-1) to attach. */
  webAclArn: string;
}

/** SPA routing: any path that is not a file gets index.html (a CloudFront Function, not an error page). */
/** The pre-rendered public pages get their drawn file; every other app address the shell. */
export const SPA_REWRITE = `var DRAWN = ${JSON.stringify(PRERENDERED_PAGES)};
function handler(event) {
  var request = event.request;
  var drawn = DRAWN[request.uri];
  if (drawn) request.uri = drawn;
  else if (!request.uri.startsWith('/api/') && request.uri.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** The web app from a private bucket behind CloudFront, with the API under /api on the same origin. */
export class WebStack extends Stack {
  readonly distribution: Distribution;
  /** Receives the distribution's access logs (from us-east-1's log delivery) and the site bucket's. */
  readonly logs: Bucket;
  /** The origins the portal is served at: the custom domain if any, and CloudFront's own host. */
  readonly portalOrigins: string[];
  readonly documentsCors: DocumentsCors;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const { config } = props;

    this.logs = new Bucket(this, 'CdnLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // Standard logging v2 delivers with a bucket policy (below), not ACLs; the legacy ACL delivery
      // does not reach buckets in opt-in regions such as ap-east-1.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This bucket receives CloudFront and site-bucket access logs; logging it in turn would recurse.' });
    this.logs.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudFrontStandardLogsV2',
        principals: [new ServicePrincipal('delivery.logs.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.logs.arnForObjects(`${CDN_LOG_PREFIX}/${this.account}/*`)],
        conditions: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': this.account },
          ArnLike: { 'aws:SourceArn': `arn:${this.partition}:logs:${CDN_LOG_DELIVERY_REGION}:${this.account}:delivery-source:*` },
        },
      }),
    );

    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      // The built web app only: emptied and removed with the stack, so teardown works.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const documentsOrigin = `https://${props.documents.bucketRegionalDomainName}`;
    const headers = securityHeadersPolicy(this, 'SecurityHeaders', { documentOrigins: [documentsOrigin], cognitoRegion: this.region });

    const certificate = config.certificateArn ? Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn) : undefined;
    this.distribution = new Distribution(this, 'Cdn', {
      defaultRootObject: 'index.html',
      ...(certificate && config.domainName
        ? { certificate, domainNames: [config.domainName], minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      webAclId: props.webAclArn,
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
      id: 'AwsSolutions-CFR3',
      reason: 'Access logs use CloudFront standard logging v2 (AWS::Logs::Delivery in the OneVisitCdnLogs stack, us-east-1) into the CdnLogs bucket; the legacy Logging property this rule reads cannot deliver to buckets in opt-in regions.',
    });
    if (!certificate) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a custom domain CloudFront’s default certificate is used, which allows older TLS; set domainName and certificateArn for production.',
      });
    }

    this.portalOrigins = [...(config.domainName ? [`https://${config.domainName}`] : []), `https://${this.distribution.distributionDomainName}`];
    this.documentsCors = new DocumentsCors(this, 'DocumentsCors', { documents: props.documents, portalOrigins: this.portalOrigins });

    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(config.webAssetPath),
        Source.jsonData('config.json', {
          auth: { kind: 'cognito', region: this.region, clientId: props.userPoolClientId },
          uploads: { url: `${documentsOrigin}/` },
        }),
      ],
      destinationBucket: site,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/prerendered/*', '/config.json'],
    });
    this.acknowledgeDeploymentHandler(site);

    new CfnOutput(this, 'PortalUrl', { value: this.portalOrigins[0]! });
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
