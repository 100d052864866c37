import { Duration, Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import type { Needs } from '../functions/routes.js';
import { lambdaBundling } from './function-bundling.js';
import { DOCUMENTS_ARN_EXPORT } from './data-stack.js';
import { OWNER_INDEX, WORK_INDEX } from '../functions/adapters/table-keys.js';

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:DescribeTable'];
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];
export const DOCUMENTS_PREFIX = 'applications/';
/** Where browsers upload to; a file is checked there and copied under DOCUMENTS_PREFIX (functions/documents/document-files.ts). */
export const UPLOADS_PREFIX = 'uploads/';
type DocumentNeed = NonNullable<Needs['documents']>[number];
const DOCUMENT_ACTIONS: Record<DocumentNeed, { prefix: string; actions: string[] }[]> = {
  // The presigned PUT carries the draft tag, so the signer needs PutObjectTagging as well.
  upload: [{ prefix: UPLOADS_PREFIX, actions: ['s3:PutObject', 's3:PutObjectTagging'] }],
  // Check the upload, copy it (with its tag) to its kept place, remove the upload.
  receive: [
    { prefix: UPLOADS_PREFIX, actions: ['s3:GetObject', 's3:GetObjectTagging', 's3:DeleteObject'] },
    { prefix: DOCUMENTS_PREFIX, actions: ['s3:GetObject', 's3:PutObject', 's3:PutObjectTagging', 's3:DeleteObject'] },
  ],
  put: [{ prefix: DOCUMENTS_PREFIX, actions: ['s3:PutObject', 's3:PutObjectTagging'] }],
  get: [{ prefix: DOCUMENTS_PREFIX, actions: ['s3:GetObject'] }],
  tag: [{ prefix: DOCUMENTS_PREFIX, actions: ['s3:PutObjectTagging'] }],
  delete: [
    { prefix: DOCUMENTS_PREFIX, actions: ['s3:DeleteObject'] },
    { prefix: UPLOADS_PREFIX, actions: ['s3:DeleteObject'] },
  ],
};
const ACCOUNT_ACTIONS = ['cognito-idp:AdminGetUser', 'cognito-idp:AdminCreateUser'];
const ROLE_ACTIONS = [
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
];

export interface RouteFunctionProps {
  /** Module under functions/, exporting `handler`. */
  handler: string;
  needs: Needs;
  table: ITableV2;
  documents: IBucket;
  key: IKey;
  /** Needed when `needs.vault`: the key that wraps sealed secrets' data keys. */
  vaultKey?: IKey;
  /** Needed when `needs.identities`: the pool whose staff roles the function changes. */
  userPool?: IUserPool;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
}

export const handlerEntry = (handler: string) => fileURLToPath(new URL(`../functions/${handler}.ts`, import.meta.url));

/**
 * One Lambda function for one handler: newest Node.js runtime on arm64, ESM, minified with source maps,
 * its own log group, and a role that holds exactly what `needs` names.
 */
export class RouteFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: RouteFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.SIX_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    const statements = [new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })];
    const documentGrants: string[] = [];

    const { table, documents, key, needs } = props;
    const keyActions = new Set<string>();
    if (needs.table) {
      const actions = needs.table === 'readWrite' ? [...TABLE_READ, ...TABLE_WRITE] : TABLE_READ;
      statements.push(new PolicyStatement({ actions, resources: [table.tableArn, ...[OWNER_INDEX, WORK_INDEX].map((index) => `${table.tableArn}/index/${index}`)] }));
      keyActions.add('kms:Decrypt').add('kms:DescribeKey');
      if (needs.table === 'readWrite') keyActions.add('kms:Encrypt').add('kms:GenerateDataKey');
    }
    if (needs.documents?.length) {
      for (const prefix of [DOCUMENTS_PREFIX, UPLOADS_PREFIX]) {
        const actions = [...new Set(needs.documents.flatMap((n) => DOCUMENT_ACTIONS[n]).filter((g) => g.prefix === prefix).flatMap((g) => g.actions))];
        if (!actions.length) continue;
        const objects = `${prefix}*`;
        statements.push(new PolicyStatement({ actions, resources: [`${Fn.importValue(DOCUMENTS_ARN_EXPORT)}/${objects}`] }));
        documentGrants.push(objects);
      }
      if (needs.documents.includes('get') || needs.documents.includes('receive')) {
        // Without ListBucket a missing object answers 403 instead of 404.
        statements.push(
          new PolicyStatement({ actions: ['s3:ListBucket'], resources: [documents.bucketArn], conditions: { StringLike: { 's3:prefix': [`${DOCUMENTS_PREFIX}*`] } } }),
        );
        keyActions.add('kms:Decrypt');
      }
      if (needs.documents.some((n) => n === 'put' || n === 'upload' || n === 'receive')) keyActions.add('kms:GenerateDataKey').add('kms:Encrypt');
    }
    if (needs.identities) {
      if (!props.userPool) throw new Error(`${props.handler} changes identities but no user pool was given`);
      statements.push(
        new PolicyStatement({
          actions: needs.identities === 'roles' ? [...ACCOUNT_ACTIONS, ...ROLE_ACTIONS] : ACCOUNT_ACTIONS,
          resources: [props.userPool.userPoolArn],
        }),
      );
    }
    if (needs.vault) {
      if (!props.vaultKey) throw new Error(`${props.handler} seals secrets but no vault key was given`);
      const actions = needs.vault === 'open' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:GenerateDataKey'];
      statements.push(new PolicyStatement({ actions, resources: [props.vaultKey.keyArn] }));
    }
    if (keyActions.size) statements.push(new PolicyStatement({ effect: Effect.ALLOW, actions: [...keyActions].sort(), resources: [key.keyArn] }));
    // The grants inline in the role: a policy resource of its own per function would put the API stack over
    // CloudFormation's 500 resources (75 routes × 7).
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), inlinePolicies: { access: new PolicyDocument({ statements }) } });
    for (const objects of documentGrants) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${DOCUMENTS_ARN_EXPORT}/${objects}]`,
        reason: 'Applicants’ documents are objects under applications/<applicationId>/ (uploads under uploads/<applicationId>/ until checked); the grant is limited to that prefix and to the actions listed.',
      });
    }

    this.fn = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(props.handler),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(15),
      role,
      logGroup,
      bundling: lambdaBundling(needs),
      environment: {
        STAGE: 'aws',
        NODE_OPTIONS: '--enable-source-maps',
        // Names only; what the function may do with them is the role above.
        TABLE_NAME: table.tableName,
        DOCUMENTS_BUCKET: documents.bucketName,
        ...(needs.identities && props.userPool ? { USER_POOL_ID: props.userPool.userPoolId } : {}),
        ...(needs.vault && props.vaultKey ? { VAULT_KEY_ID: props.vaultKey.keyArn } : {}),
        ...props.environment,
      },
    });
  }
}
