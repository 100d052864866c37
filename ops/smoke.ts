/**
 * `npm run smoke -- --url https://onevisit.example.gov.cn`: checks a deployment in about a minute
 * (docs/deploy.md, "Check the deployment"). Exits non-zero when anything a browser needs is wrong.
 */
import { parseArgs } from 'node:util';
import { report, runSmokeChecks } from './smoke-checks.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.url || !/^https?:\/\//.test(values.url)) {
  console.error('Usage: npm run smoke -- --url https://your-portal.example.gov.cn   (the PortalUrl output of OneVisitWeb)');
  process.exit(values.help ? 0 : 2);
}
const results = await runSmokeChecks({ url: values.url });
console.log(report(results));
process.exit(results.some((r) => r.outcome === 'fail') ? 1 : 0);
