import { getConfig } from '../shared/config.js';
import type { StoredProfiles } from '../shared/http/stored-roles.js';
import { dynamoClient } from './aws-clients.js';
import { dynamoUserStore } from './user-store.js';

let profiles: StoredProfiles | undefined;

/** Roles and district from the user directory, read on every signed-in request (a strongly consistent get). */
export function storedProfiles(): StoredProfiles {
  if (!profiles) {
    const users = dynamoUserStore(dynamoClient(), getConfig().TABLE_NAME);
    profiles = {
      async rolesOf(userId) {
        const user = await users.get(userId);
        return user ? { roles: user.roles, ...(user.district ? { district: user.district } : {}), ...(user.institution ? { institution: user.institution } : {}) } : undefined;
      },
    };
  }
  return profiles;
}
