import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnDelivery, CfnDeliveryDestination, CfnDeliverySource } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface CdnLogsStackProps extends StackProps {
  /** `arn:aws:cloudfront::ACCOUNT:distribution/ID` of the portal's distribution. */
  distributionArn: string;
  /** The logs bucket in the portal's region (its policy admits the log delivery service). */
  logsBucketArn: string;
}

/**
 * CloudFront standard logging (v2): the distribution's access logs, delivered by CloudWatch Logs into
 * the logs bucket in the portal's own region. Unlike the legacy logs this works for buckets in opt-in
 * regions (ap-east-1); CloudWatch Logs takes CloudFront deliveries only in us-east-1, so this stack is
 * deployed there, after the Web stack.
 */
export class CdnLogsStack extends Stack {
  constructor(scope: Construct, id: string, props: CdnLogsStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const source = new CfnDeliverySource(this, 'Source', { name: 'onevisit-cdn-access-logs', logType: 'ACCESS_LOGS', resourceArn: props.distributionArn });
    const destination = new CfnDeliveryDestination(this, 'Destination', {
      name: 'onevisit-cdn-logs-bucket',
      destinationResourceArn: props.logsBucketArn,
      outputFormat: 'w3c',
    });
    const delivery = new CfnDelivery(this, 'Delivery', { deliverySourceName: source.name, deliveryDestinationArn: destination.attrArn });
    delivery.addResourceDependency(source);
  }
}
