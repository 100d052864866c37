import type { Deps } from '../adapters/wire.js';
import { getConfig } from '../shared/config.js';
import type { PreferenceDeps } from './preferences.js';

export function preferenceDeps(deps: Deps): PreferenceDeps {
  return Object.assign(Object.create(deps) as Deps, { linkHours: getConfig().EMAIL_LINK_HOURS });
}
