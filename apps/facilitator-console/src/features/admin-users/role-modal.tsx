import { useAction } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import {
  type AdminUserRowFragment,
  useAdminMakeFacilitatorMutation,
  useAdminRevokeFacilitatorMutation,
} from './admin-users.generated';

/**
 * Confirms giving a user the facilitator role, or taking it away (whichever they lack or have).
 * The answer is the user as they now are: the list's row follows (the cache keeps one per user).
 */
export function RoleModal(props: { user: AdminUserRowFragment | null; onClose: () => void }) {
  const { t } = useT('admin-users');
  const tc = useT('common').t;
  const run = useAction();
  const [grant, granting] = useAdminMakeFacilitatorMutation();
  const [revoke, revoking] = useAdminRevokeFacilitatorMutation();
  const user = props.user;
  const texts = user?.isFacilitator ? 'revokeFacilitator' : 'makeFacilitator';
  const name = user?.displayName ?? '';
  const confirm = async () => {
    if (!user) return;
    const done = await run(
      async () => {
        if (user.isFacilitator) await revoke({ variables: { userId: user.id } });
        else await grant({ variables: { email: user.email } });
        return true;
      },
      t(`${texts}.done`, { name }),
    );
    if (done) props.onClose();
  };
  return (
    <Modal opened={user !== null} onClose={props.onClose} title={t(`${texts}.heading`, { name })}>
      <Stack>
        <Text size="sm">{t(`${texts}.body`)}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color={user?.isFacilitator ? 'red' : undefined}
            loading={granting.loading || revoking.loading}
            onClick={() => void confirm()}
            data-autofocus
          >
            {t(`${texts}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
