import { Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { bookingJobsHandler, heldSmsHandler, policyStreamHandler, reminderHandler, streamHandler } from '../functions/routes.js';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { DeployConfig } from './deploy-config.js';
import { RouteFunction } from './route-function.js';

export interface NotifyStackProps extends StackProps {
  table: ITableV2;
  documents: IBucket;
  key: IKey;
  config: DeployConfig;
  /** Where links in e-mails point (the address verification link): the portal's public address. */
  webUrl: string;
  dependsOn?: Stack;
}

/**
 * The notifier: the table's stream → one function that delivers outbox events by SMS (End User
 * Messaging) and in-app. A failing record is reported on its own (partial batch response) and retried;
 * after three tries the function keeps the whole event in the table and sets it aside for an
 * administrator to replay (raising an alarm), so the records behind it flow on. Should the function
 * itself keep failing, the mapping's dead-letter queue catches what it could not hand over.
 */
export class NotifyStack extends Stack {
  readonly notifier: RouteFunction;
  readonly reminders: RouteFunction;
  readonly heldSms: RouteFunction;
  readonly policyFinder: RouteFunction;
  readonly bookingJobs: RouteFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: NotifyStackProps) {
    super(scope, id, props);
    if (props.dependsOn) this.addStackDependency(props.dependsOn);
    const { config } = props;
    // Quiet hours ⚙ are read by both: the notifier holds what would go at night, the held-SMS function sends it after.
    const smsEnvironment = { SMS_ORIGINATION_IDENTITY: config.smsOriginationIdentityArn, SMS_SIGNATURE: config.smsSignature, SMS_QUIET_HOURS: config.smsQuietHours };

    this.notifier = new RouteFunction(this, 'Notifier', {
      ...streamHandler,
      table: props.table,
      documents: props.documents,
      key: props.key,
      timeout: Duration.seconds(60),
      environment: { ...smsEnvironment, EMAIL_FROM: emailFrom(config), PUBLIC_WEB_URL: props.webUrl },
    });
    const fn = this.notifier.fn;
    const sendSms = new PolicyStatement({ actions: ['sms-voice:SendTextMessage'], resources: [config.smsOriginationIdentityArn] });
    fn.addToRolePolicy(sendSms);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [`arn:${this.partition}:ses:${this.region}:${this.account}:identity/${config.emailIdentity}`],
      }),
    );

    this.deadLetters = new Queue(this, 'NotifierDeadLetters', {
      encryption: QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the notifier’s dead-letter destination; its messages are inspected and replayed by hand.',
    });

    fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('OutboxEvent') } } } })],
      }),
    );

    // 政策找人: a certificate written as new (issued, or a new grade) runs the rule engine for its holder.
    this.policyFinder = new RouteFunction(this, 'PolicyFinder', {
      ...policyStreamHandler,
      table: props.table,
      documents: props.documents,
      key: props.key,
      timeout: Duration.seconds(60),
      environment: { SERVED_DISTRICTS: config.districts.join(',') },
    });
    this.policyFinder.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('Certificate') } } } })],
      }),
    );

    // Alarms cannot publish to a topic under the AWS-managed SNS key, so the topic has a key of its own.
    const alertsKey = new Key(this, 'AlertsKey', { enableKeyRotation: true, description: 'OneVisit: encrypts operational alerts' });
    alertsKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    const alerts = new Topic(this, 'Alerts', { enforceSSL: true, masterKey: alertsKey });
    if (config.alarmEmail) alerts.addSubscription(new EmailSubscription(config.alarmEmail));
    new Alarm(this, 'UndeliveredNotifications', {
      alarmDescription: 'A notification could not be delivered after all retries: see the notifier dead-letter queue.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(alerts));

    // Counted by the functions (functions/shared/metrics.ts, Powertools' embedded metric format).
    const alertMetrics: [string, string][] = [
      ['NotificationParked', 'A notification failed three times and was set aside: replay it on the admin page (管理 → 未送达的通知) once the cause is fixed.'],
      ['RevealLimitReached', 'A staff member tried to reveal more full ID or phone numbers in an hour than the limit allows: check the audit trail for a leak.'],
    ];
    for (const [metricName, description] of alertMetrics) {
      new Alarm(this, metricName, {
        alarmDescription: description,
        metric: new Metric({ namespace: 'OneVisit', metricName, dimensionsMap: { service: 'onevisit' }, statistic: 'Sum', period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alerts));
    }

    // Reminders (corrections and deferred materials due, cards expiring) once a day, 09:00 in China.
    this.reminders = new RouteFunction(this, 'Reminders', {
      ...reminderHandler,
      table: props.table,
      documents: props.documents,
      key: props.key,
      timeout: Duration.minutes(5),
      environment: { SERVED_DISTRICTS: config.districts.join(',') },
    });
    new Rule(this, 'DailyReminders', {
      schedule: Schedule.cron({ minute: '0', hour: '1' }),
      targets: [new LambdaFunction(this.reminders.fn, { retryAttempts: 2 })],
    });

    // Assessment appointments every hour: sessions from weekly templates, waiting-list offers that ran
    // out, and the reminders the day before and on the morning (each sent once).
    this.bookingJobs = new RouteFunction(this, 'BookingJobs', {
      ...bookingJobsHandler,
      table: props.table,
      documents: props.documents,
      key: props.key,
      timeout: Duration.minutes(5),
      environment: { SERVED_DISTRICTS: config.districts.join(',') },
    });
    new Rule(this, 'HourlyBookingJobs', {
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(this.bookingJobs.fn, { retryAttempts: 2 })],
    });

    // SMS held through quiet hours go when they end: every quarter of an hour, so 08:00 China time (00:00
    // UTC) is one of the runs whatever SMS_QUIET_HOURS says, and a failed run is retried a quarter later.
    this.heldSms = new RouteFunction(this, 'HeldSms', {
      ...heldSmsHandler,
      table: props.table,
      documents: props.documents,
      key: props.key,
      timeout: Duration.minutes(5),
      environment: smsEnvironment,
    });
    this.heldSms.fn.addToRolePolicy(sendSms);
    new Rule(this, 'HeldSmsRelease', {
      schedule: Schedule.cron({ minute: '0/15' }),
      targets: [new LambdaFunction(this.heldSms.fn, { retryAttempts: 2 })],
    });
  }
}

/** The sender of e-mail: the configured address, or noreply@ the SES domain identity. */
export function emailFrom(config: DeployConfig): string {
  return config.emailFrom ?? (config.emailIdentity.includes('@') ? config.emailIdentity : `noreply@${config.emailIdentity}`);
}
