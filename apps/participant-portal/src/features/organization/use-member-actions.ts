import type { Locale, MembershipRole } from '@alianza/graphql-client/types';
import { useAction } from '@alianza/ui';
import { useT } from '../../i18n';
import {
  PortalMyOrganizationsDocument,
  usePortalChangeOrganizationMemberRoleMutation,
  usePortalInviteOrganizationMemberMutation,
  usePortalRemoveOrganizationMemberMutation,
  usePortalRevokeOrganizationInvitationMutation,
} from './organization.generated';

/**
 * Owners invite people by email (who become members once they accept), withdraw pending invitations,
 * change members' roles and remove them; the organization is read again after each.
 */
export function useMemberActions(organizationId: string) {
  const { t } = useT('organization');
  const run = useAction();
  const refetchQueries = [PortalMyOrganizationsDocument];
  const [invite, invited] = usePortalInviteOrganizationMemberMutation({ refetchQueries });
  const [revoke, revoked] = usePortalRevokeOrganizationInvitationMutation({ refetchQueries });
  const [change, changed] = usePortalChangeOrganizationMemberRoleMutation({ refetchQueries });
  const [remove, removed] = usePortalRemoveOrganizationMemberMutation({ refetchQueries });
  return {
    inviting: invited.loading,
    revoking: revoked.loading,
    changing: changed.loading,
    removing: removed.loading,
    invite: (email: string, role: MembershipRole, locale: Locale) =>
      run(
        () => invite({ variables: { organizationId, input: { email, role, locale } } }),
        t('invitations.sent', { email }),
      ),
    revoke: (invitationId: string) =>
      run(() => revoke({ variables: { invitationId } }), t('invitations.revoked')),
    changeRole: (membershipId: string, role: MembershipRole) =>
      run(() => change({ variables: { membershipId, input: { role } } }), t('members.roleChanged')),
    remove: (membershipId: string) =>
      run(() => remove({ variables: { membershipId } }), t('members.removed')),
  };
}
