/** Every matter type the portal runs, by name. A new type is one folder and one line here. */
import type { MatterType } from './matter-type.js';
import { certificateMatterTypes } from '../certificates/matter-types.js';
import { benefitMatterType } from '../benefits/benefit-type.js';

const types = new Map<string, MatterType<any, any>>([...certificateMatterTypes, benefitMatterType].map((t) => [t.name, t]));

export function matterType(name: string): MatterType<any, any> {
  const type = types.get(name);
  if (!type) throw new Error(`unknown matter type ${name}`);
  return type;
}

/** The type of a stored matter, or undefined for a name no type has (a record that cannot be read as any). */
export const knownMatterType = (name: string): MatterType<any, any> | undefined => types.get(name);

/** For a type that lives outside this list: the test-only matter type (test/support/example-matter/). */
export function registerMatterType(type: MatterType<any, any>): void {
  types.set(type.name, type);
}
