import { applicationStore, clock, userStore } from '../adapters/dependencies.js';
import type { WorkspaceDeps } from './workspace.js';

export function workspaceDeps(): WorkspaceDeps {
  return { applications: applicationStore(), users: userStore(), ...clock };
}
