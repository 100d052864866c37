import { Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { uploadCorsRule } from '../config/upload-cors.js';

/**
 * Sets the documents bucket's CORS rule to the portal's origins once they exist. Without a domain name
 * the portal's origin is CloudFront's generated host, known only after the distribution is made — in
 * the Web stack, while the bucket lives in the Data stack, which cannot refer back to it. So the rule
 * is applied from here, in the same deployment, and again whenever the origins change; the Data stack
 * itself sets no CORS (two owners would undo each other).
 */
export class DocumentsCors extends Construct {
  readonly rule: ReturnType<typeof uploadCorsRule>;

  constructor(scope: Construct, id: string, props: { documents: IBucket; portalOrigins: string[] }) {
    super(scope, id);
    this.rule = uploadCorsRule(props.portalOrigins);
    const call = {
      service: 'S3',
      action: 'PutBucketCors',
      parameters: { Bucket: props.documents.bucketName, CORSConfiguration: { CORSRules: [this.rule] } },
      physicalResourceId: PhysicalResourceId.of('documents-cors'),
    };
    new AwsCustomResource(this, 'Apply', {
      onCreate: call,
      onUpdate: call,
      // The bucket and its data outlive the portal (retained); the rule is left as it is.
      policy: AwsCustomResourcePolicy.fromStatements([new PolicyStatement({ actions: ['s3:PutBucketCORS'], resources: [props.documents.bucketArn] })]),
      installLatestAwsSdk: false,
    });
    // The call runs in aws-cdk-lib's one shared custom-resource function; its basic execution role is CDK's choice.
    const provider = Stack.of(this).node.tryFindChild(`AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`);
    if (!provider) throw new Error('AwsCustomResource provider function not found');
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'aws-cdk-lib’s AwsCustomResource function, run only at deployment to set the documents bucket’s CORS rule, logs with the AWS managed basic execution policy.',
    });
  }
}
