import { useAction } from '@alianza/ui';
import { useT } from '../../i18n';
import {
  PortalMyOrganizationInvitationsDocument,
  PortalMyOrganizationsDocument,
  usePortalAcceptOrganizationInvitationMutation,
  usePortalDeclineOrganizationInvitationMutation,
} from './organization.generated';
import { PortalHomeDocument } from '../home/home.generated';

/** The invited person accepts (and becomes a member) or declines; what changes is read again. */
export function useInvitationAnswers() {
  const { t } = useT('organization');
  const run = useAction();
  const refetchQueries = [
    PortalMyOrganizationInvitationsDocument,
    PortalMyOrganizationsDocument,
    PortalHomeDocument,
  ];
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [accept, accepted] = usePortalAcceptOrganizationInvitationMutation(options);
  const [decline, declined] = usePortalDeclineOrganizationInvitationMutation(options);
  return {
    busy: accepted.loading || declined.loading,
    accept: (invitationId: string, organizationName: string) =>
      run(
        () => accept({ variables: { invitationId } }),
        t('received.accepted', { organization: organizationName }),
      ),
    decline: (invitationId: string) =>
      run(() => decline({ variables: { invitationId } }), t('received.declined')),
  };
}
