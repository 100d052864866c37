// These machines run Node 20 on purpose (docs/architecture.md); the AWS SDK's reminder that its
// releases after January 2027 need Node 22 is known and tracked, so it is not repeated on every start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
