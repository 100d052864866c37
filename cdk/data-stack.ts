import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { OWNER_INDEX, WORK_INDEX, TTL_ATTRIBUTE } from '../functions/adapters/table-keys.js';

/** Days after which uploads of a draft that was never submitted are deleted (stated in the consent text). */
export const ABANDONED_DRAFT_DAYS = 180;

/**
 * Export of the documents bucket's ARN under a fixed name: functions' policies import it by that name, so
 * the prefix-scoped grants (and their cdk-nag acknowledgement) read the same in every deployment.
 */
export const DOCUMENTS_ARN_EXPORT = 'OneVisit-DocumentsArn';

/**
 * Everything stateful: the table and the documents bucket, encrypted with our own key, retained when the
 * stack is deleted, and the stack itself protected from termination.
 */
export class DataStack extends Stack {
  readonly table: TableV2;
  readonly documents: Bucket;
  readonly key: Key;
  /** Seals secrets at field level (bank accounts): only the functions that seal or open one may use it. */
  readonly vaultKey: Key;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, { ...props, terminationProtection: true });

    this.key = new Key(this, 'DataKey', {
      description: 'OneVisit: encrypts applications, documents and their stream',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.vaultKey = new Key(this, 'VaultKey', {
      description: 'OneVisit: wraps the data keys of secrets sealed at field level (bank account numbers)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: OWNER_INDEX,
          partitionKey: { name: 'gsi1pk', type: AttributeType.STRING },
          sortKey: { name: 'gsi1sk', type: AttributeType.STRING },
        },
        {
          indexName: WORK_INDEX,
          partitionKey: { name: 'gsi2pk', type: AttributeType.STRING },
          sortKey: { name: 'gsi2sk', type: AttributeType.STRING },
        },
      ],
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const accessLogs = new Bucket(this, 'DocumentsAccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives the documents bucket’s server access logs; logging it in turn would recurse.',
    });

    this.documents = new Bucket(this, 'Documents', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'documents/',
      // CORS for the portal's origin is set by the Web stack once that origin exists (cdk/documents-cors.ts).
      lifecycleRules: [
        {
          id: 'delete-abandoned-draft-uploads',
          // Uploads carry state=draft until their application is submitted (then state=submitted);
          // nothing else is ever expired, so decided records stay.
          tagFilters: { state: 'draft' },
          expiration: Duration.days(ABANDONED_DRAFT_DAYS),
          noncurrentVersionExpiration: Duration.days(30),
        },
        {
          id: 'delete-unchecked-uploads',
          // A browser's upload is checked under uploads/ and copied to its kept place; the upload itself
          // stays only while its URL could still be used (it blocks a second PUT), then goes.
          prefix: 'uploads/',
          expiration: Duration.days(2),
          noncurrentVersionExpiration: Duration.days(1),
        },
        { id: 'clean-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new CfnOutput(this, 'DocumentsArn', { value: this.documents.bucketArn, exportName: DOCUMENTS_ARN_EXPORT });
  }
}
