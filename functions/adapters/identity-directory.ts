import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { getConfig } from '../shared/config.js';
import type { IdentityDirectory } from '../admin/manage-staff.js';
import { cognitoIdentityDirectory } from './cognito-identity-directory.js';

/** Sign-in accounts: Cognito's user pool on AWS; locally the session tokens come from our own user store, so there is nothing to update. */
export function identityDirectory(): IdentityDirectory {
  const config = getConfig();
  if (config.STAGE === 'local') return { ensureAccount: async () => ({}), applyRoles: async () => ({}) };
  if (!config.USER_POOL_ID) throw new Error('USER_POOL_ID is not configured');
  return cognitoIdentityDirectory(new CognitoIdentityProviderClient({ region: config.AWS_REGION }), config.USER_POOL_ID);
}
