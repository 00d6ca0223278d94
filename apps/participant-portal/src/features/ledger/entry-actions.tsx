import { useTextLimit } from '@alianza/ui';
import { INPUT_LIMITS } from '@alianza/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { canRespond, type LedgerEntry } from './ledger-helpers';

/**
 * Confirm or dispute an entry declared as given to us. Shown only for pending entries our
 * organization received; a dispute needs a reason.
 */
export function EntryActions(props: {
  entry: Pick<LedgerEntry, 'id' | 'status' | 'receiverOrganizationId' | 'description'>;
  organizationId: string | null;
  busy?: boolean;
  onConfirm: (entryId: string) => Promise<unknown>;
  /** Resolves truthy when the dispute was recorded (the dialog closes then). */
  onDispute: (entryId: string, reason: string) => Promise<unknown>;
}) {
  const { t } = useT('ledger');
  const limit = useTextLimit();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  if (!canRespond(props.entry, props.organizationId)) return null;
  const dispute = async () => {
    const done = await props.onDispute(props.entry.id, reason.trim());
    if (done) setDisputing(false);
  };
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          loading={props.busy && !disputing}
          disabled={props.busy}
          aria-label={t('entries.confirmOf', { description: props.entry.description })}
          onClick={() => void props.onConfirm(props.entry.id)}
        >
          {t('entries.confirm')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={props.busy}
          aria-label={t('entries.disputeOf', { description: props.entry.description })}
          onClick={() => {
            setReason('');
            setDisputing(true);
          }}
        >
          {t('entries.dispute')}
        </Button>
      </Group>
      <Modal
        opened={disputing}
        onClose={() => setDisputing(false)}
        title={t('entries.disputeTitle')}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void dispute();
          }}
        >
          <Stack>
            <Text size="sm">{props.entry.description}</Text>
            <Textarea
              label={t('entries.disputeReason')}
              required
              rows={3}
              {...limit(reason, INPUT_LIMITS.longText, t('entries.disputeReasonHelp'))}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDisputing(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={props.busy} disabled={!reason.trim()}>
                {t('entries.disputeSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
