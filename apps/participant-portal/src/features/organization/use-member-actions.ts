import type { MembershipRole } from '@alianza/graphql-client/types';
import { useAction } from '@alianza/ui';
import { useTranslation } from 'react-i18next';
import {
  usePortalAddOrganizationMemberMutation,
  usePortalChangeOrganizationMemberRoleMutation,
  usePortalRemoveOrganizationMemberMutation,
} from './organization.generated';

/** Owners add members, change their role and remove them; the list is read again after each. */
export function useMemberActions(organizationId: string) {
  const { t } = useTranslation('organization');
  const run = useAction();
  const refetchQueries = ['PortalMyOrganizations'];
  const [add, added] = usePortalAddOrganizationMemberMutation({ refetchQueries });
  const [change, changed] = usePortalChangeOrganizationMemberRoleMutation({ refetchQueries });
  const [remove, removed] = usePortalRemoveOrganizationMemberMutation({ refetchQueries });
  return {
    adding: added.loading,
    changing: changed.loading,
    removing: removed.loading,
    add: (email: string, role: MembershipRole) =>
      run(() => add({ variables: { organizationId, input: { email, role } } }), t('members.added')),
    changeRole: (membershipId: string, role: MembershipRole) =>
      run(() => change({ variables: { membershipId, role } }), t('members.roleChanged')),
    remove: (membershipId: string) =>
      run(() => remove({ variables: { membershipId } }), t('members.removed')),
  };
}
