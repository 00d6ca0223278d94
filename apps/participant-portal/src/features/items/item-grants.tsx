import { INPUT_LIMITS } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import { EnumBadge, useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  type PortalItemFragment,
  PortalItemsDocument,
  usePortalRevokeGrantMutation,
} from './items.generated';

type Grant = PortalItemFragment['grants'][number];

/** Who holds access to which version of an item; the owner can revoke an active one. */
export function ItemGrants(props: {
  item: PortalItemFragment;
  organizationNames: Map<string, string>;
  canRevoke: boolean;
}) {
  const { t } = useT('items');
  const limit = useTextLimit();
  const format = useFormat();
  const run = useAction();
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const [reason, setReason] = useState('');
  const [revoke, { loading }] = usePortalRevokeGrantMutation({
    refetchQueries: [PortalItemsDocument],
  });
  const versionOf = new Map(props.item.versions.map((v) => [v.id, v.version]));
  const nameOf = (grant: Grant) =>
    props.organizationNames.get(grant.recipientOrganizationId) ?? t('unknownOrganization');
  const grants = [...props.item.grants].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  if (grants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('grants.empty')}
      </Text>
    );
  }
  const close = () => {
    setRevoking(null);
    setReason('');
  };
  const confirm = async () => {
    if (!revoking) return;
    const done = await run(
      () => revoke({ variables: { grantId: revoking.id, input: { reason: reason.trim() } } }),
      t('grants.revoked', { name: nameOf(revoking) }),
    );
    if (done) close();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('grants.recipient')}</Table.Th>
              <Table.Th scope="col">{t('grants.version')}</Table.Th>
              <Table.Th scope="col">{t('grants.state')}</Table.Th>
              <Table.Th scope="col">{t('grants.validUntil')}</Table.Th>
              <Table.Th scope="col">{t('grants.reference')}</Table.Th>
              <Table.Th scope="col">{t('grants.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grants.map((grant) => (
              <Table.Tr key={grant.id}>
                <Table.Td>{nameOf(grant)}</Table.Td>
                <Table.Td>{versionOf.get(grant.itemVersionId) ?? t('common:state.none')}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <EnumBadge enum="GrantState" value={grant.state} />
                    {grant.revokedAt && (
                      <Text size="xs" c="dimmed">
                        {t('grants.revokedOn', { date: format.date(grant.revokedAt) })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {grant.validUntil ? format.date(grant.validUntil) : t('grants.never')}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {grant.reference}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {props.canRevoke && grant.state === 'ACTIVE' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      aria-label={t('grants.revokeLabel', { name: nameOf(grant) })}
                      onClick={() => setRevoking(grant)}
                    >
                      {t('actions.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={revoking !== null}
        onClose={close}
        title={revoking ? t('grants.revokeTitle', { name: nameOf(revoking) }) : ''}
      >
        <Stack>
          <Text size="sm">{t('grants.revokeText')}</Text>
          <Textarea
            label={t('grants.reason')}
            {...limit(reason, INPUT_LIMITS.reason, t('grants.reasonHint'))}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('actions.confirmRevoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
