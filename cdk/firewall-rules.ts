/**
 * WAF rules of the two web ACLs: the CloudFront one (portal and /api) and the regional one on the
 * Cognito user pool, where sign-in codes are asked for and answered on AWS.
 */
import type { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';

/** Cognito operations that text a code, and those that answer one (the `x-amz-target` of each call). */
export const COGNITO_CODE_REQUESTS = ['SignUp', 'InitiateAuth', 'ResendConfirmationCode'];
export const COGNITO_CODE_ANSWERS = ['ConfirmSignUp', 'RespondToAuthChallenge'];

/** WAF counts rate-based rules over this window. */
export const RATE_WINDOW_SECONDS = 300;

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });

export const aclVisibility = visibility;

const cognitoTarget = (operation: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { singleHeader: { Name: 'x-amz-target' } },
    positionalConstraint: 'EXACTLY',
    searchString: `AWSCognitoIdentityProviderService.${operation}`,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

const anyOf = (statements: CfnWebACL.StatementProperty[]): CfnWebACL.StatementProperty =>
  statements.length === 1 ? statements[0]! : { orStatement: { statements } };

export const cognitoOperations = (operations: string[]) => anyOf(operations.map(cognitoTarget));

export const pathStartsWith = (prefix: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: prefix,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

/** Blocks an address that sends more than `limit` matching requests in five minutes. */
export function rateRule(name: string, priority: number, limit: number, scopeDown: CfnWebACL.StatementProperty, customResponseBodyKey?: string): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: RATE_WINDOW_SECONDS, scopeDownStatement: scopeDown } },
    action: { block: customResponseBodyKey ? { customResponse: { responseCode: 429, customResponseBodyKey } } : {} },
    visibilityConfig: visibility(name),
  };
}

/** An AWS managed rule group; rules named in `countOnly` only count (they would refuse legitimate requests). */
export function managedRule(name: string, priority: number, countOnly: string[] = []): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ...(countOnly.length ? { ruleActionOverrides: countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) } : {}),
      },
    },
    overrideAction: { none: {} },
    visibilityConfig: visibility(name),
  };
}
