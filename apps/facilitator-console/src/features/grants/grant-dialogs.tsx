import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  type ConsoleGrantRowFragment,
  ConsoleGrantsDocument,
  ConsoleGrantsNeedingReviewDocument,
  useConsoleKeepGrantMutation,
  useConsoleRevokeGrantMutation,
} from './grants.generated';

const REFETCH = [ConsoleGrantsDocument, ConsoleGrantsNeedingReviewDocument];

export interface GrantTarget {
  readonly grant: ConsoleGrantRowFragment;
  readonly title: string;
  readonly recipientName: string;
}

/** Confirms a revocation, with an optional reason (recorded in the audit log). */
export function RevokeGrantModal(props: { target: GrantTarget | null; onClose: () => void }) {
  const { t } = useT('grants');
  const run = useAction();
  const [revoke, { loading }] = useConsoleRevokeGrantMutation({ refetchQueries: REFETCH });
  const target = props.target;
  return (
    <ReasonModal
      opened={!!target}
      onClose={props.onClose}
      title={t('revoke.title')}
      text={
        target ? t('revoke.text', { recipient: target.recipientName, title: target.title }) : ''
      }
      label={t('revoke.reason')}
      description={t('revoke.reasonHint')}
      required={false}
      confirmLabel={t('revoke.confirm')}
      color="red"
      loading={loading}
      onConfirm={async (reason) => {
        if (!target) return false;
        const done = await run(
          () => revoke({ variables: { grantId: target.grant.id, input: { reason } } }),
          t('revoke.done', { reference: target.grant.reference }),
        );
        return done !== undefined;
      }}
    />
  );
}

/** Keeps a grant the rules in force would not allow; the reason is required. */
export function KeepGrantModal(props: { target: GrantTarget | null; onClose: () => void }) {
  const { t } = useT('grants');
  const run = useAction();
  const [keep, { loading }] = useConsoleKeepGrantMutation({ refetchQueries: REFETCH });
  const target = props.target;
  return (
    <ReasonModal
      opened={!!target}
      onClose={props.onClose}
      title={t('keep.title')}
      text={target ? t('keep.text', { recipient: target.recipientName, title: target.title }) : ''}
      label={t('keep.reason')}
      description={t('keep.reasonHint')}
      required
      confirmLabel={t('keep.confirm')}
      color="teal"
      loading={loading}
      onConfirm={async (message) => {
        if (!target) return false;
        const done = await run(
          () => keep({ variables: { grantId: target.grant.id, input: { message } } }),
          t('keep.done', { reference: target.grant.reference }),
        );
        return done !== undefined;
      }}
    />
  );
}

function ReasonModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  text: string;
  label: string;
  description: string;
  required: boolean;
  confirmLabel: string;
  color: string;
  loading: boolean;
  onConfirm: (reason: string) => Promise<boolean>;
}) {
  const { t } = useT('grants');
  const limit = useTextLimit();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    if (props.loading) return;
    setReason('');
    setError(null);
    props.onClose();
  };
  const confirm = async () => {
    if (props.required && !reason.trim()) {
      setError(t('reasonRequired'));
      return;
    }
    if (await props.onConfirm(reason.trim())) close();
  };
  return (
    <Modal opened={props.opened} onClose={close} title={props.title} centered>
      <Stack gap="md">
        <Text size="sm">{props.text}</Text>
        <Textarea
          label={props.label}
          withAsterisk={props.required}
          autosize
          minRows={2}
          {...limit(reason, INPUT_LIMITS.reason, props.description)}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={props.loading}>
            {t('common:actions.cancel')}
          </Button>
          <Button color={props.color} loading={props.loading} onClick={() => void confirm()}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
