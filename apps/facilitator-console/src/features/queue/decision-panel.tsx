import { toApiError } from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { ErrorReason, INPUT_LIMITS } from '@alianza/shared';
import { useErrorText, useTextLimit } from '@alianza/ui';
import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  ConsoleDisclosureReviewDocument,
  useConsoleApproveDisclosureMutation,
  useConsoleRejectDisclosureMutation,
  useConsoleRequestDisclosureChangesMutation,
} from './queue.generated';
import { fileContextOf } from './preview-columns';
import {
  fileLeaksFor,
  hiddenValueLeaksFor,
  recipientsWithFileErrors,
  toPerRecipientInput,
  type ExtraRedactions,
} from './redaction';
import type { ReviewRequest } from './request-summary';
import type { QueueDirectory } from './use-queue-directory';

type Decision = 'approve' | 'changes' | 'reject';

// The queue list refetches when it mounts again (cache-and-network).
const REFETCH = [ConsoleDisclosureReviewDocument];

/**
 * Runs a decision; on success tells so and reports back. A CONFLICT means someone else decided
 * first: say so and refresh, so the screen shows the decision actually taken.
 */
function useDecisionRunner(
  onDecided: () => void,
  refetch: () => void,
  onHiddenValueRefused: () => void,
) {
  const { t } = useT('queue');
  const errorText = useErrorText();
  return async (action: () => Promise<unknown>, success: string): Promise<boolean> => {
    try {
      await action();
      notifications.show({ color: 'teal', message: success, autoClose: 3000 });
      onDecided();
      return true;
    } catch (error) {
      // The server read the files with what the facilitator hid on top, which the screen cannot.
      if (toApiError(error)?.reason === ErrorReason.HIDDEN_VALUE_STILL_VISIBLE)
        onHiddenValueRefused();
      if (toApiError(error)?.code === 'CONFLICT') {
        notifications.show({
          color: 'orange',
          title: t('conflict.title'),
          message: t('conflict.message'),
          autoClose: 8000,
        });
        refetch();
        return false;
      }
      const text = errorText(error);
      notifications.show({
        color: 'red',
        title: text.title,
        message: text.detail ?? '',
        autoClose: 8000,
      });
      return false;
    }
  };
}

/** Approve (with the extra redactions), ask for changes, or reject. */
export function DecisionPanel(props: {
  request: ReviewRequest;
  directory: QueueDirectory;
  extras: ExtraRedactions;
  onDecided: () => void;
  onRefetch: () => void;
}) {
  const { t } = useT('queue');
  const limit = useTextLimit();
  const format = useFormat();
  const { request, directory } = props;
  const needsAck = request.flags.overlap;
  const needsReason = (request.flags.reciprocity ?? []).length > 0;
  const fileContext = fileContextOf(request);
  // The assistant's finder, on what each recipient would get with the extras chosen so far; the
  // server's places in files, as the file choices leave them; or the approval refused for it.
  const [leaksRefused, setLeaksRefused] = useState(false);
  const needsLeakAck =
    leaksRefused ||
    hiddenValueLeaksFor(request, props.extras).length > 0 ||
    fileLeaksFor(request, request.hiddenValueWarnings, props.extras, fileContext).length > 0;
  const restricted = directory.area(request.areaId)?.sensitivity === 'RESTRICTED';
  const proposedDay = request.expiresAt ? dayjs(request.expiresAt).format('YYYY-MM-DD') : null;

  const [acknowledged, setAcknowledged] = useState(false);
  const [leaksAcknowledged, setLeaksAcknowledged] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const [expiry, setExpiry] = useState<string | null>(proposedDay);
  const [errors, setErrors] = useState<{
    ack?: string;
    leaks?: string;
    reason?: string;
    files?: string;
    message?: string;
  }>({});
  const [running, setRunning] = useState<Decision | null>(null);
  const [confirmReject, setConfirmReject] = useState(false);

  const run = useDecisionRunner(props.onDecided, props.onRefetch, () => {
    setLeaksRefused(true);
    setErrors((current) => ({ ...current, leaks: t('decision.leaksRefused') }));
  });
  const [approve] = useConsoleApproveDisclosureMutation({ refetchQueries: REFETCH });
  const [requestChanges] = useConsoleRequestDisclosureChangesMutation({ refetchQueries: REFETCH });
  const [reject] = useConsoleRejectDisclosureMutation({ refetchQueries: REFETCH });
  const perRecipient = toPerRecipientInput(
    props.extras,
    request.recipientOrganizationIds,
    fileContext,
  );
  const fileErrors = recipientsWithFileErrors(
    props.extras,
    request.recipientOrganizationIds,
    fileContext,
  );

  const decide = async (decision: Decision, action: () => Promise<unknown>, success: string) => {
    setRunning(decision);
    try {
      return await run(action, success);
    } finally {
      setRunning(null);
    }
  };

  const onApprove = () => {
    const next: typeof errors = {};
    if (needsAck && !acknowledged) next.ack = t('decision.ackRequired');
    if (needsLeakAck && !leaksAcknowledged) next.leaks = t('decision.leaksRequired');
    if (needsReason && !reason.trim()) next.reason = t('decision.reasonRequired');
    if (fileErrors.length)
      next.files = t('decision.filesInvalid', {
        orgs: fileErrors.map(directory.organizationName).join(', '),
      });
    setErrors(next);
    if (next.ack || next.leaks || next.reason || next.files) return;
    const expiryChanged = expiry !== proposedDay;
    void decide(
      'approve',
      () =>
        approve({
          variables: {
            requestId: request.id,
            input: {
              acknowledgeOverlapIds: needsAck ? request.flags.overlapIds : [],
              perRecipient,
              acknowledgeHiddenValueLeaks: needsLeakAck && leaksAcknowledged,
              message: message.trim(),
              ...(needsReason ? { reciprocityReason: reason.trim() } : {}),
              ...(expiryChanged
                ? { expiresAt: expiry ? dayjs(expiry).endOf('day').toISOString() : null }
                : {}),
            },
          },
        }),
      t('decision.approved'),
    );
  };

  const requireMessage = (): boolean => {
    if (message.trim()) {
      setErrors({});
      return true;
    }
    setErrors({ message: t('decision.messageRequired') });
    return false;
  };

  const onRequestChanges = () => {
    if (!requireMessage()) return;
    void decide(
      'changes',
      () =>
        requestChanges({
          variables: { requestId: request.id, input: { message: message.trim() } },
        }),
      t('decision.changesRequested'),
    );
  };

  const onReject = async () => {
    const done = await decide(
      'reject',
      () => reject({ variables: { requestId: request.id, input: { message: message.trim() } } }),
      t('decision.rejected'),
    );
    if (!done) setConfirmReject(false);
  };

  const busy = running !== null;
  return (
    <Stack gap="sm">
      {needsAck && (
        <Checkbox
          label={t('decision.ackLabel')}
          description={t('decision.ackHint')}
          checked={acknowledged}
          onChange={(e) => setAcknowledged(e.currentTarget.checked)}
          error={errors.ack}
        />
      )}
      {needsLeakAck && (
        <Checkbox
          label={t('decision.leaksLabel')}
          description={t('decision.leaksHint')}
          checked={leaksAcknowledged}
          onChange={(e) => setLeaksAcknowledged(e.currentTarget.checked)}
          error={errors.leaks}
        />
      )}
      {needsReason && (
        <Textarea
          label={t('decision.reasonLabel')}
          withAsterisk
          autosize
          minRows={2}
          {...limit(reason, INPUT_LIMITS.longText, t('decision.reasonHint'))}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
      )}
      <DatePickerInput
        label={t('decision.expiryLabel')}
        description={
          request.expiresAt
            ? t('decision.expiryProposed', { date: format.date(request.expiresAt) })
            : t('decision.expiryNone')
        }
        placeholder={t('decision.expiryPlaceholder')}
        clearable
        valueFormat="D MMM YYYY"
        minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
        value={expiry}
        onChange={(value) => setExpiry(value ? dayjs(value).format('YYYY-MM-DD') : null)}
        clearButtonProps={{ 'aria-label': t('decision.expiryClear') }}
      />
      <Textarea
        label={t('decision.messageLabel')}
        autosize
        minRows={2}
        {...limit(message, INPUT_LIMITS.longText, t('decision.messageHint'))}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={errors.message}
      />
      <Text size="sm" c={perRecipient.length ? 'red' : 'dimmed'}>
        {perRecipient.length
          ? t('decision.extrasSummary', {
              orgs: perRecipient
                .map((p) => directory.organizationName(p.organizationId))
                .join(', '),
            })
          : t('decision.noExtras')}
      </Text>
      {errors.files && fileErrors.length > 0 && (
        <Text size="sm" c="red" role="alert">
          {errors.files}
        </Text>
      )}
      <Group gap="xs">
        <Button
          color="teal"
          onClick={onApprove}
          loading={running === 'approve'}
          disabled={busy || restricted}
        >
          {t('decision.approve')}
        </Button>
        <Button
          variant="default"
          onClick={onRequestChanges}
          loading={running === 'changes'}
          disabled={busy}
        >
          {t('decision.requestChanges')}
        </Button>
        <Button
          variant="outline"
          color="red"
          onClick={() => requireMessage() && setConfirmReject(true)}
          disabled={busy}
        >
          {t('decision.reject')}
        </Button>
      </Group>
      <Modal
        opened={confirmReject}
        onClose={() => !busy && setConfirmReject(false)}
        title={t('decision.rejectConfirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('decision.rejectConfirm', {
              owner: directory.organizationName(request.ownerOrganizationId),
            })}
          </Text>
          <Text size="sm" fs="italic">
            «{message.trim()}»
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirmReject(false)} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void onReject()} loading={running === 'reject'}>
              {t('decision.rejectConfirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
