import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { ROLES } from '../functions/shared/http/caller.js';
import type { DeployConfig } from './deploy-config.js';
import { smsText } from '../functions/notifications/sms-templates.js';
import { aclVisibility, COGNITO_CODE_ANSWERS, COGNITO_CODE_REQUESTS, cognitoOperations, managedRule, rateRule } from './firewall-rules.js';

/** The one SMS Cognito sends, from the registered template; `{####}` is where Cognito puts the code. */
export const cognitoSmsMessage = (signature: string) => smsText({ template: 'cognitoCode', params: { code: '{####}' }, language: 'zh-CN' }, signature);

/**
 * Citizens and staff sign in with a phone number and an SMS one-time code (Cognito's choice-based
 * sign-in). The ID token carries `sub`, `phone_number`, `cognito:groups` and `custom:district` — the
 * claims the local sign-in produces — so handlers do not change between local and AWS.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, config: DeployConfig, props?: StackProps) {
    super(scope, id, props);

    this.userPool = new UserPool(this, 'Users', {
      featurePlan: FeaturePlan.ESSENTIALS,
      selfSignUpEnabled: true,
      signInAliases: { phone: true },
      autoVerify: { phone: true },
      signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } },
      standardAttributes: { phoneNumber: { required: true, mutable: true } },
      customAttributes: { district: new StringAttribute({ minLen: 6, maxLen: 6, mutable: true }) },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      mfa: Mfa.OFF,
      // Cognito texts sign-up and sign-in codes itself: in a registered template, behind the registered signature.
      userVerification: { smsMessage: cognitoSmsMessage(config.smsSignature) },
      mfaMessage: cognitoSmsMessage(config.smsSignature),
      accountRecovery: AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'The SMS one-time code is the sign-in factor itself; a second factor would lock out blind, elderly and rural users who have only one phone.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG3',
      reason: 'Threat protection needs the Plus feature plan; Essentials is chosen for cost, with rate limits on code requests in Cognito itself. Revisit when the user base grows.',
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason: 'The Plus feature plan (threat protection) costs per active user; see the COG3 acknowledgement.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Cognito’s SMS role must be able to publish to any phone number (sns:Publish on *); that is how one-time codes reach people.',
    });

    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role, description: `OneVisit ${role}s` });
    }

    this.client = this.userPool.addClient('Web', {
      generateSecret: false,
      authFlows: { user: true },
      accessTokenValidity: Duration.minutes(30),
      idTokenValidity: Duration.minutes(30),
      refreshTokenValidity: Duration.days(1),
      preventUserExistenceErrors: true,
      // Signing out revokes the refresh token (RevokeToken) and the tokens issued with it.
      enableTokenRevocation: true,
      readAttributes: new ClientAttributes().withStandardAttributes({ phoneNumber: true, phoneNumberVerified: true }).withCustomAttributes('district'),
      // Only administrators (through the admin API) set a staff member's district.
      writeAttributes: new ClientAttributes().withStandardAttributes({ phoneNumber: true }),
    });

    this.protectSignIn(config);
  }

  /**
   * On AWS people ask for and answer sign-in codes at Cognito's API, not ours: the rate limits for those
   * calls sit on a regional web ACL associated with the user pool (each SMS costs money and can be abused
   * to text strangers). The HTTP API cannot take a web ACL at all; the distribution's ACL covers /api.
   */
  private protectSignIn(config: DeployConfig): void {
    const acl = new CfnWebACL(this, 'SignInFirewall', {
      scope: 'REGIONAL',
      description: 'OneVisit sign-in: per-address limits on asking for and answering SMS codes',
      defaultAction: { allow: {} },
      visibilityConfig: aclVisibility('OneVisitSignIn'),
      rules: [
        rateRule('CodeRequestsPerAddress', 0, config.codeRequestsPerIp, cognitoOperations(COGNITO_CODE_REQUESTS)),
        rateRule('CodeAnswersPerAddress', 1, config.codeAnswersPerIp, cognitoOperations(COGNITO_CODE_ANSWERS)),
        managedRule('AWSManagedRulesAmazonIpReputationList', 2),
      ],
    });
    new CfnWebACLAssociation(this, 'SignInFirewallOnUserPool', { resourceArn: this.userPool.userPoolArn, webAclArn: acl.attrArn });
  }
}
