import type { ContributionType } from '@alianza/graphql-client/types';
import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { CONTRIBUTION_TYPES, normalizeDecimal } from './ledger-helpers';
import {
  PortalLedgerDocument,
  PortalLedgerEntriesDocument,
  usePortalDeclareContributionMutation,
} from './ledger.generated';
import type { LedgerScale } from './value-format';

const today = () => new Date().toISOString().slice(0, 10);

export interface Counterpart {
  readonly id: string;
  readonly name: string;
}

/** Declare a contribution our organization gave; each receiver confirms its entry. */
export function DeclareModal(props: {
  opened: boolean;
  onClose: () => void;
  collaborationId: string;
  others: readonly Counterpart[];
  scale: LedgerScale;
}) {
  const { t } = useT('ledger');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('declare.title')} size="lg">
      <DeclareForm {...props} />
    </Modal>
  );
}

function DeclareForm(props: {
  onClose: () => void;
  collaborationId: string;
  others: readonly Counterpart[];
  scale: LedgerScale;
}) {
  const { t } = useT('ledger');
  const enumOptions = useEnumOptions();
  const run = useAction();
  const limit = useTextLimit();
  const form = useForm<{
    receivers: string[];
    type: string | null;
    description: string;
    value: string;
    occurredOn: string | null;
  }>({
    initialValues: { receivers: [], type: null, description: '', value: '', occurredOn: today() },
  });
  const draft = useDraft(`contribution:${props.collaborationId}`, form);
  const { receivers, type, description, value, occurredOn } = form.values;
  const [declare, { loading }] = usePortalDeclareContributionMutation({
    refetchQueries: [PortalLedgerEntriesDocument, PortalLedgerDocument],
  });
  const decimal = normalizeDecimal(value);
  const valueError = value.trim() && !decimal ? t('declare.valueInvalid') : undefined;
  const ready = !!type && !!description.trim() && !!decimal && !!occurredOn;
  const money = props.scale.valuationScale === 'MONEY' && props.scale.currency;

  const submit = async () => {
    if (!ready || !type || !decimal || !occurredOn) return;
    const done = await run(
      () =>
        declare({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              receiverOrganizationIds: receivers,
              contributionType: type as ContributionType,
              description: description.trim(),
              valueDecimal: decimal,
              occurredOn,
            },
          },
        }),
      t('declare.done'),
      { form },
    );
    if (done) {
      draft.clear();
      props.onClose();
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('declare.help')}
        </Text>
        <DraftNotice draft={draft} />
        <MultiSelect
          label={t('declare.receivers')}
          description={t('declare.receiversHelp')}
          placeholder={receivers.length ? undefined : t('wholeCollaboration')}
          data={props.others.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('receivers')}
          clearable
        />
        <Select
          label={t('declare.type')}
          required
          searchable
          data={enumOptions('ContributionType', CONTRIBUTION_TYPES)}
          {...form.getInputProps('type')}
        />
        <Textarea
          label={t('declare.description')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('description')}
          {...limit(description, INPUT_LIMITS.longText)}
        />
        <Group grow align="flex-start">
          <TextInput
            label={
              money
                ? t('declare.valueMoney', { currency: props.scale.currency })
                : t('declare.valuePoints')
            }
            description={receivers.length > 1 ? t('declare.valuePerReceiver') : undefined}
            required
            inputMode="decimal"
            {...form.getInputProps('value')}
            error={valueError ?? form.errors['value']}
          />
          <DateInput
            label={t('declare.occurredOn')}
            required
            {...form.getInputProps('occurredOn')}
            valueFormat="D MMM YYYY"
            maxDate={today()}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onClose();
            }}
          >
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!ready}>
            {t('declare.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
