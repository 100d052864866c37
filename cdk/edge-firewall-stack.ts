import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { DeployConfig } from './deploy-config.js';
import { aclVisibility, managedRule, pathStartsWith, rateRule } from './firewall-rules.js';

const RATE_LIMITED_BODY = 'rate-limited';

/**
 * The distribution's web ACL. CloudFront takes only web ACLs of scope CLOUDFRONT, which live in
 * us-east-1 whatever the portal's region, so this stack is deployed there (unless the deployment names
 * an existing ACL with `webAclArn`).
 */
export class EdgeFirewallStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, config: DeployConfig, props?: StackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'OneVisit portal: AWS managed protections and a per-address limit on the API',
      defaultAction: { allow: {} },
      visibilityConfig: aclVisibility('OneVisitPortal'),
      customResponseBodies: {
        [RATE_LIMITED_BODY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({ type: '/problems/rate-limited', title: '请求过于频繁，请稍后再试。Too many requests: please try again later.', status: 429 }),
        },
      },
      rules: [
        managedRule('AWSManagedRulesAmazonIpReputationList', 0),
        // Answers and drafts are JSON bodies that may pass 8 KB; documents never pass here (they go to S3).
        managedRule('AWSManagedRulesCommonRuleSet', 1, ['SizeRestrictions_BODY']),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 2),
        rateRule('ApiRequestsPerAddress', 3, config.apiRequestsPerIp, pathStartsWith('/api/'), RATE_LIMITED_BODY),
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
