import type { MembershipRole } from '@alianza/graphql-client/types';
import { useAction } from '@alianza/ui';
import { Button, Group } from '@mantine/core';
import { useT } from '../../i18n';
import {
  usePortalAcceptOrganizationInvitationMutation,
  usePortalDeclineOrganizationInvitationMutation,
} from '../organization/organization.generated';

/** The address invited to an organization, signed in: joins it (with the role offered) or declines. */
export function JoinOrganization(props: {
  invitationId: string;
  organizationName: string;
  role: MembershipRole;
  onJoined: () => void;
  onDeclined: () => void;
}) {
  const { t } = useT('invitation');
  const run = useAction();
  const [accept, accepting] = usePortalAcceptOrganizationInvitationMutation();
  const [decline, declining] = usePortalDeclineOrganizationInvitationMutation();
  const organization = props.organizationName;
  return (
    <Group>
      <Button
        loading={accepting.loading}
        disabled={declining.loading}
        onClick={() =>
          void run(
            () => accept({ variables: { invitationId: props.invitationId } }),
            t('join.accepted', { organization }),
          ).then((done) => done && props.onJoined())
        }
      >
        {t('join.accept', { organization })}
      </Button>
      <Button
        variant="default"
        loading={declining.loading}
        disabled={accepting.loading}
        onClick={() =>
          void run(
            () => decline({ variables: { invitationId: props.invitationId } }),
            t('join.declined'),
          ).then((done) => done && props.onDeclined())
        }
      >
        {t('join.decline')}
      </Button>
    </Group>
  );
}
