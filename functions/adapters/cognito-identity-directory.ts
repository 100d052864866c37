import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  UserNotFoundException,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { IdentityDirectory } from '../admin/manage-staff.js';

/**
 * Staff roles live where the tokens are made: Cognito groups and `custom:district`. Users sign in with
 * their phone number as the username alias; a new staff member's account is created without a message.
 */
export function cognitoIdentityDirectory(client: CognitoIdentityProviderClient, userPoolId: string): IdentityDirectory {
  async function ensureAccount(phone: string): Promise<{ userId?: string }> {
    const username = `+86${phone}`;
    try {
      const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
      const sub = user.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
      return sub ? { userId: sub } : {};
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
    const created = await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'phone_number', Value: username },
          { Name: 'phone_number_verified', Value: 'true' },
        ],
      }),
    );
    const sub = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
    return sub ? { userId: sub } : {};
  }

  return {
    ensureAccount,
    async applyRoles(phone, roles, district) {
      const username = `+86${phone}`;
      const account = await ensureAccount(phone);
      for (const group of ['staff', 'admin', 'assessor'] as const) {
        const command = roles.includes(group) ? AdminAddUserToGroupCommand : AdminRemoveUserFromGroupCommand;
        await client.send(new command({ UserPoolId: userPoolId, Username: username, GroupName: group }));
      }
      if (district) {
        await client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: [{ Name: 'custom:district', Value: district }] }));
      } else {
        await client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributeNames: ['custom:district'] }));
      }
      // Tokens already issued carry the old groups; end them so the change takes effect now.
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
      return account;
    },
  };
}
