/**
 * Counts that operators are alerted on, as CloudWatch metrics (embedded metric format in the function's
 * log, through Powertools). Alarms on them live in cdk/.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export type AlertMetric = 'NotificationRetried' | 'NotificationParked' | 'RevealLimitReached';

let metrics: Metrics | undefined;

/** Records one occurrence now (published at once: the functions that count are short). */
export function countMetric(name: AlertMetric): void {
  metrics ??= new Metrics({ namespace: 'OneVisit', serviceName: 'onevisit' });
  metrics.addMetric(name, MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
}
