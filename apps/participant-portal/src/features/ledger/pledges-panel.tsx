import { INPUT_LIMITS } from '@alianza/shared';
import type { ContributionType } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import { EmptyState, EnumBadge, useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { Counterpart } from './declare-modal';
import { CONTRIBUTION_TYPES } from './ledger-helpers';
import {
  PortalLedgerDocument,
  type PortalPledgeFragment,
  usePortalMakePledgeMutation,
} from './ledger.generated';

const today = () => new Date().toISOString().slice(0, 10);

/** Commitments to future contributions: ours and the others', with status and due date. */
export function PledgesPanel(props: {
  pledges: readonly PortalPledgeFragment[];
  organizationId: string;
  names: ReadonlyMap<string, string>;
  others: readonly Counterpart[];
  collaborationId: string;
  canPledge: boolean;
}) {
  const { t } = useT('ledger');
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  const name = (id: string | null) =>
    id ? (props.names.get(id) ?? t('unknownOrganization')) : t('wholeCollaboration');
  const ours = (p: PortalPledgeFragment) => p.pledgerOrganizationId === props.organizationId;
  const sorted = [...props.pledges].sort(
    (a, b) => Number(ours(b)) - Number(ours(a)) || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <section aria-labelledby="ledger-pledges">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="ledger-pledges">
          {t('pledges.title')}
        </Title>
        {props.canPledge && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setOpened(true)}
          >
            {t('pledges.make')}
          </Button>
        )}
      </Group>
      {sorted.length === 0 ? (
        <EmptyState text={t('pledges.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pledges.columns.who')}</Table.Th>
                <Table.Th>{t('pledges.columns.description')}</Table.Th>
                <Table.Th>{t('pledges.columns.due')}</Table.Th>
                <Table.Th>{t('pledges.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm">
                      {ours(p)
                        ? t('pledges.weTo', { name: name(p.receiverOrganizationId) })
                        : t('pledges.theyTo', {
                            giver: name(p.pledgerOrganizationId),
                            name:
                              p.receiverOrganizationId === props.organizationId
                                ? t('pledges.us')
                                : name(p.receiverOrganizationId),
                          })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">{p.description}</Text>
                      <EnumBadge enum="ContributionType" value={p.contributionType} size="xs" />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{format.date(p.dueOn)}</Text>
                      {p.overdue && (
                        <Badge color="red" size="sm" variant="filled">
                          {t('pledges.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <EnumBadge enum="PledgeStatus" value={p.status} />
                      {p.cancelReason && (
                        <Text size="xs" c="dimmed">
                          {p.cancelReason}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('pledges.modalTitle')}>
        <PledgeForm
          onClose={() => setOpened(false)}
          collaborationId={props.collaborationId}
          others={props.others}
        />
      </Modal>
    </section>
  );
}

function PledgeForm(props: {
  onClose: () => void;
  collaborationId: string;
  others: readonly Counterpart[];
}) {
  const { t } = useT('ledger');
  const limit = useTextLimit();
  const enumOptions = useEnumOptions();
  const run = useAction();
  const [receiver, setReceiver] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [pledge, { loading }] = usePortalMakePledgeMutation({
    refetchQueries: [PortalLedgerDocument],
  });
  const ready = !!type && !!description.trim() && !!dueOn;
  const submit = async () => {
    if (!type || !dueOn) return;
    const done = await run(
      () =>
        pledge({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              receiverOrganizationId: receiver,
              contributionType: type as ContributionType,
              description: description.trim(),
              dueOn,
            },
          },
        }),
      t('pledges.done'),
    );
    if (done) props.onClose();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void submit();
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('pledges.help')}
        </Text>
        <Select
          label={t('pledges.receiver')}
          placeholder={t('wholeCollaboration')}
          clearable
          data={props.others.map((o) => ({ value: o.id, label: o.name }))}
          value={receiver}
          onChange={setReceiver}
        />
        <Select
          label={t('declare.type')}
          required
          searchable
          data={enumOptions('ContributionType', CONTRIBUTION_TYPES)}
          value={type}
          onChange={setType}
        />
        <Textarea
          label={t('pledges.description')}
          required
          autosize
          minRows={2}
          {...limit(description, INPUT_LIMITS.longText)}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          data-autofocus
        />
        <DateInput
          label={t('pledges.dueOn')}
          required
          value={dueOn}
          onChange={setDueOn}
          valueFormat="D MMM YYYY"
          minDate={today()}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!ready}>
            {t('pledges.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
