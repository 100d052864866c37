import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { routes, type Route } from '../functions/routes.js';
import { RouteFunction } from './route-function.js';

export interface ApiStackProps extends StackProps {
  table: ITableV2;
  documents: IBucket;
  key: IKey;
  vaultKey: IKey;
  userPool: IUserPool;
  client: IUserPoolClient;
  /** The stack exporting the documents bucket ARN that the functions import by name. */
  dependsOn?: Stack;
  /** District codes this deployment serves. */
  districts: string[];
}

/** The routes deployed to AWS: every route of the table except the local-only ones. */
export const deployedRoutes = (): Route[] => routes.filter((r) => !r.localOnly);

export const functionIdFor = (handler: string) => handler.split('/').pop()!.replace(/-handler$/, '').replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

/** The HTTP API: one function per route of the route table, a JWT authorizer for Cognito's tokens. */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly functions = new Map<string, RouteFunction>();

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    if (props.dependsOn) this.addStackDependency(props.dependsOn);

    this.api = new HttpApi(this, 'Http', { createDefaultStage: false, description: 'OneVisit API' });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });

    const jwt = new HttpJwtAuthorizer('Cognito', `https://cognito-idp.${this.region}.amazonaws.com/${props.userPool.userPoolId}`, {
      jwtAudience: [props.client.userPoolClientId],
    });
    const none = new HttpNoneAuthorizer();

    for (const route of deployedRoutes()) {
      const functionId = functionIdFor(route.handler);
      const routeFunction = new RouteFunction(this, functionId, {
        handler: route.handler,
        needs: route.needs,
        table: props.table,
        documents: props.documents,
        key: props.key,
        vaultKey: props.vaultKey,
        userPool: props.userPool,
        environment: { SERVED_DISTRICTS: props.districts.join(',') },
        ...(route.compute ? { memorySize: route.compute.memoryMb, timeout: Duration.seconds(route.compute.timeoutSeconds) } : {}),
      });
      this.functions.set(route.handler, routeFunction);
      const authorizer: IHttpRouteAuthorizer = route.access === 'public' ? none : jwt;
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${functionId}Integration`, routeFunction.fn),
        authorizer,
      });
      if (route.access === 'public') {
        Validations.of(created!).acknowledge({ id: 'AwsSolutions-APIG4', reason: `${route.method} ${route.path} is public by design: ${route.summary}.` });
      }
    }

    new CfnOutput(this, 'ApiEndpoint', { value: this.api.apiEndpoint });
  }
}

