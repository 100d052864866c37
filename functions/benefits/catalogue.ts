/**
 * The benefit catalogue: config/benefits/*.json, one file per benefit, each with its versions per
 * district and the date each takes effect. Checked whole when the module loads (every cold start, and
 * `npm start`): a rule field nobody knows, an impossible range or a dangling reference stops start-up
 * with the file, the benefit and the field named. A change of rules is a new version with a later
 * `validFrom`; a matter keeps the version it was decided under (`benefitVersion`).
 */
import livingSubsidy from '../../config/benefits/living-subsidy.json' with { type: 'json' };
import careSubsidy from '../../config/benefits/care-subsidy.json' with { type: 'json' };
import fuelSubsidy from '../../config/benefits/fuel-subsidy.json' with { type: 'json' };
import childRehabilitation from '../../config/benefits/child-rehabilitation.json' with { type: 'json' };
import homeModification from '../../config/benefits/home-modification.json' with { type: 'json' };
import { allDistricts } from '../districts/district-config.js';
import { benefitFileSchema, type BenefitFile, type BenefitVersion } from './catalogue-schema.js';

/** The files, by name; a new benefit is a new file and one line here. */
export const BENEFIT_FILES: Record<string, unknown> = {
  'living-subsidy.json': livingSubsidy,
  'care-subsidy.json': careSubsidy,
  'fuel-subsidy.json': fuelSubsidy,
  'child-rehabilitation.json': childRehabilitation,
  'home-modification.json': homeModification,
};

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`The benefit catalogue is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

const where = (file: string, id: string, index?: number, v?: { district?: unknown; validFrom?: unknown }) =>
  `config/benefits/${file}: benefit ${id}${index === undefined ? '' : `, version ${index + 1} (${String(v?.district ?? '?')} from ${String(v?.validFrom ?? '?')})`}`;

/** What the schema cannot see: references across versions and files, and rules that contradict each other. */
function crossChecks(file: string, benefit: BenefitFile, ids: Set<string>, districtCodes: Set<string>): string[] {
  const problems: string[] = [];
  if (file !== `${benefit.id}.json`) problems.push(`${where(file, benefit.id)}: id: the file must be named after the id (${benefit.id}.json)`);
  const seen = new Set<string>();
  benefit.versions.forEach((v, i) => {
    const at = where(file, benefit.id, i, v);
    const e = v.eligibility;
    if (!districtCodes.has(v.district)) problems.push(`${at}: district: ${v.district} is not in config/districts.json`);
    if (seen.has(`${v.district}@${v.validFrom}`)) problems.push(`${at}: validFrom: two versions for ${v.district} take effect on the same day`);
    seen.add(`${v.district}@${v.validFrom}`);
    for (const other of e.notTogetherWith ?? []) {
      if (other === benefit.id) problems.push(`${at}: eligibility.notTogetherWith: a benefit cannot exclude itself`);
      else if (!ids.has(other)) problems.push(`${at}: eligibility.notTogetherWith: no benefit ${other} in the catalogue`);
    }
    if (v.publicNotice && e.age?.max !== undefined && e.age.max < 18) problems.push(`${at}: publicNotice: there is never a public notice for minors, and this benefit is for ages up to ${e.age.max}`);
    if (e.card?.diagnosisInstead === false) problems.push(`${at}: eligibility.card.diagnosisInstead: leave it out instead of false`);
    const registers = new Set(v.lookups.map((l) => l.register));
    v.materials.forEach((m, j) => {
      if (m.unlessConfirmedBy && !registers.has(m.unlessConfirmedBy)) problems.push(`${at}: materials.${j}.unlessConfirmedBy: ${m.unlessConfirmedBy} is not among the lookups, so it could never confirm it`);
      if (m.onlyWithoutCard && !e.card?.diagnosisInstead) problems.push(`${at}: materials.${j}.onlyWithoutCard: this benefit always needs a card`);
    });
    if (e.higherOf && v.amount.per !== 'month') problems.push(`${at}: eligibility.higherOf: 择高 compares monthly amounts, and this benefit is paid per ${v.amount.per}`);
    if (v.paidTo === 'applicant' && v.institutions) problems.push(`${at}: institutions: only a benefit paid to a provider has institutions to choose`);
    const overlap = (e.excludedBy ?? []).filter((x) => (e.higherOf as string[] | undefined)?.includes(x));
    if (overlap.length) problems.push(`${at}: eligibility.higherOf: ${overlap.join(', ')} also excludes the benefit outright`);
  });
  return problems;
}

/** Parses and checks every file; throws one CatalogueError listing every problem found. */
export function validateCatalogue(files: Record<string, unknown>, districtCodes = new Set(allDistricts.map((d) => d.code))): BenefitVersion[] {
  const problems: string[] = [];
  const parsed: [string, BenefitFile][] = [];
  for (const [file, raw] of Object.entries(files)) {
    const result = benefitFileSchema.safeParse(raw);
    if (result.success) {
      parsed.push([file, result.data]);
      continue;
    }
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '(no id)';
    for (const issue of result.error.issues) {
      const [top, index, ...rest] = issue.path.map(String);
      const version = top === 'versions' && index !== undefined ? (raw as { versions: Record<string, unknown>[] }).versions[Number(index)] : undefined;
      const field = top === 'versions' && index !== undefined ? rest : issue.path.map(String);
      const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...field, k].join('.')) : [field.join('.') || '(file)'];
      const message = issue.code === 'unrecognized_keys' ? 'unknown rule field' : issue.message;
      for (const f of fields) problems.push(`${where(file, id, version ? Number(index) : undefined, version)}: ${f}: ${message}`);
    }
  }
  const ids = new Set(parsed.map(([, b]) => b.id));
  if (ids.size !== parsed.length) problems.push('config/benefits: two files declare the same benefit id');
  for (const [file, benefit] of parsed) problems.push(...crossChecks(file, benefit, ids, districtCodes));
  if (problems.length) throw new CatalogueError(problems);
  return parsed.flatMap(([, b]) => b.versions.map((v) => ({ ...v, id: b.id, name: b.name, shortName: b.shortName, description: b.description })));
}

/** The whole catalogue, checked once per cold start. */
export const catalogue: readonly BenefitVersion[] = validateCatalogue(BENEFIT_FILES);

export const BENEFIT_IDS: readonly string[] = [...new Set(catalogue.map((v) => v.id))];

/** The version of one benefit that a district applies on `date`, if it offers the benefit then. */
export function benefitInEffect(id: string, district: string, date: string, versions: readonly BenefitVersion[] = catalogue): BenefitVersion | undefined {
  return versions
    .filter((v) => v.id === id && v.district === district && v.validFrom <= date)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

/** Every benefit a district offers on `date`, in catalogue order. */
export function benefitsOffered(district: string, date: string, versions: readonly BenefitVersion[] = catalogue): BenefitVersion[] {
  return [...new Set(versions.map((v) => v.id))].flatMap((id) => benefitInEffect(id, district, date, versions) ?? []);
}

/** The exact version a matter was decided under. */
export function benefitVersion(id: string, district: string, validFrom: string): BenefitVersion | undefined {
  return catalogue.find((v) => v.id === id && v.district === district && v.validFrom === validFrom);
}
