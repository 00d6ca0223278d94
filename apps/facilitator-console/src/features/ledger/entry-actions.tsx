import { INPUT_LIMITS } from '@alianza/shared';
import type { LedgerEntryFieldsFragment } from '@alianza/graphql-client';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  useConsoleConfirmLedgerEntryMutation,
  useConsoleDisputeLedgerEntryMutation,
  useConsoleSettleLedgerDisputeMutation,
} from './ledger.generated';
import { useDialog } from '../plan/use-dialog';
import { LEDGER_QUERIES, type LedgerModel } from './use-ledger';

const refetch = { refetchQueries: LEDGER_QUERIES, awaitRefetchQueries: true };

/** What the facilitator may do with an entry: confirm or dispute a pending one, settle a dispute. */
export function EntryActions(props: { entry: LedgerEntryFieldsFragment; model: LedgerModel }) {
  const { t } = useT('ledger');
  const run = useAction();
  const { entry } = props;
  const [dialog, setDialog, closeDialog] = useDialog<'dispute' | 'settle'>();
  const [confirm, confirmState] = useConsoleConfirmLedgerEntryMutation(refetch);
  const what = entry.description;
  if (entry.status === 'PENDING') {
    return (
      <Group gap={6} wrap="nowrap">
        <Button
          size="compact-sm"
          loading={confirmState.loading}
          aria-label={t('entries.confirmNamed', { description: what })}
          onClick={() =>
            void run(() => confirm({ variables: { entryId: entry.id } }), t('entries.confirmed'))
          }
        >
          {t('entries.confirm')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('entries.disputeNamed', { description: what })}
          onClick={() => setDialog('dispute')}
        >
          {t('entries.dispute')}
        </Button>
        {dialog === 'dispute' && <DisputeModal {...props} onClose={closeDialog} />}
      </Group>
    );
  }
  if (entry.status === 'DISPUTED') {
    return (
      <>
        <Button
          size="compact-sm"
          color="orange"
          aria-label={t('entries.settleNamed', { description: what })}
          onClick={() => setDialog('settle')}
        >
          {t('entries.settle')}
        </Button>
        {dialog === 'settle' && <SettleModal {...props} onClose={closeDialog} />}
      </>
    );
  }
  return null;
}

function DisputeModal(props: {
  entry: LedgerEntryFieldsFragment;
  model: LedgerModel;
  onClose: () => void;
}) {
  const { t } = useT('ledger');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const run = useAction();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dispute, { loading }] = useConsoleDisputeLedgerEntryMutation(refetch);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('entries.disputeTitle')}
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!reason.trim()) return setError(t('entries.reasonRequired'));
          const done = await run(
            () =>
              dispute({ variables: { entryId: props.entry.id, input: { reason: reason.trim() } } }),
            t('entries.disputed'),
          );
          if (done) props.onClose();
        }}
      >
        <Stack>
          <EntrySummary entry={props.entry} model={props.model} />
          <Textarea
            label={t('entries.disputeReasonLabel')}
            required
            data-autofocus
            autosize
            minRows={2}
            {...limit(reason, INPUT_LIMITS.longText)}
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t('entries.dispute')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SettleModal(props: {
  entry: LedgerEntryFieldsFragment;
  model: LedgerModel;
  onClose: () => void;
}) {
  const { t } = useT('ledger');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const run = useAction();
  const [outcome, setOutcome] = useState<'uphold' | 'reject' | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string }>({});
  const [settle, { loading }] = useConsoleSettleLedgerDisputeMutation(refetch);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('entries.settleTitle')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const next = {
            outcome: outcome ? undefined : t('entries.outcomeRequired'),
            reason: reason.trim() ? undefined : t('entries.reasonRequired'),
          };
          setErrors(next);
          if (next.outcome || next.reason) return;
          const done = await run(
            () =>
              settle({
                variables: {
                  entryId: props.entry.id,
                  input: { uphold: outcome === 'uphold', reason: reason.trim() },
                },
              }),
            outcome === 'uphold' ? t('entries.upheld') : t('entries.rejected'),
          );
          if (done) props.onClose();
        }}
      >
        <Stack>
          <EntrySummary entry={props.entry} model={props.model} />
          {props.entry.disputeReason && (
            <Text size="sm" c="orange">
              {t('entries.disputeReason', { reason: props.entry.disputeReason })}
            </Text>
          )}
          <Radio.Group
            label={t('entries.outcome')}
            required
            value={outcome}
            error={errors.outcome}
            onChange={(v) => setOutcome(v as 'uphold' | 'reject')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="uphold" label={t('entries.uphold')} />
              <Radio value="reject" label={t('entries.reject')} />
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('entries.settleReasonLabel')}
            required
            autosize
            minRows={2}
            {...limit(reason, INPUT_LIMITS.longText, t('entries.settleReasonHelp'))}
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t('entries.settleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EntrySummary(props: { entry: LedgerEntryFieldsFragment; model: LedgerModel }) {
  const { t } = useT('ledger');
  const { entry, model } = props;
  return (
    <Text size="sm">
      {t('entries.summary', {
        giver: model.organizationName(entry.giverOrganizationId),
        receiver: model.organizationName(entry.receiverOrganizationId),
        value: model.amount(entry.value),
        description: entry.description,
      })}
    </Text>
  );
}
