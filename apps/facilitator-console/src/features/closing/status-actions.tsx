import { INPUT_LIMITS } from '@alianza/shared';
import { EnumBadge, useAction, useTextLimit } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useDialog } from '../plan/use-dialog';
import {
  ConsoleClosingDocument,
  useConsoleChangeCollaborationStatusMutation,
} from './closing.generated';
import type { ClosingModel } from './use-closing';

/** Where the collaboration is in its closing, and the next step the facilitator can take. */
export function StatusCard(props: { model: ClosingModel }) {
  const { t } = useT('closing');
  const { collaboration, summary } = props.model;
  const [dialog, setDialog, closeDialog] = useDialog<'start' | 'close'>();
  const canStart = collaboration.nextStatuses.includes('CLOSING');
  const canClose = collaboration.nextStatuses.includes('CLOSED');
  const evaluated = summary.participants.filter((p) => p.evaluated).length;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h4">
              {t('status.title')}
            </Title>
            <EnumBadge enum="CollaborationStatus" value={collaboration.status} />
          </Group>
          <Text size="sm" c="dimmed" maw={720}>
            {t(`status.explain.${collaboration.status}`)}
          </Text>
          {collaboration.status === 'CLOSING' && (
            <Text size="sm" fw={500}>
              {t('status.progress', { evaluated, total: summary.participants.length })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {canStart && (
            <Button color="orange" onClick={() => setDialog('start')}>
              {t('status.start')}
            </Button>
          )}
          {canClose && (
            <Button color="red" onClick={() => setDialog('close')}>
              {t('status.close')}
            </Button>
          )}
        </Group>
      </Group>
      {dialog === 'start' && <StartClosingModal model={props.model} onClose={closeDialog} />}
      {dialog === 'close' && <CloseModal model={props.model} onClose={closeDialog} />}
    </Paper>
  );
}

function StartClosingModal(props: { model: ClosingModel; onClose: () => void }) {
  const { t } = useT('closing');
  const tc = useT('common').t;
  const run = useAction();
  const [change, { loading }] = useConsoleChangeCollaborationStatusMutation({
    refetchQueries: [ConsoleClosingDocument],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('start.title')}
    >
      <Stack>
        <Text size="sm">{t('start.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="orange"
            loading={loading}
            onClick={async () => {
              const done = await run(
                () =>
                  change({
                    variables: {
                      collaborationId: props.model.collaboration.id,
                      input: { status: 'CLOSING' },
                    },
                  }),
                t('start.done'),
              );
              if (done) props.onClose();
            }}
          >
            {t('start.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Closing for good: freezes the final statement. Missing evaluations need a reason. */
function CloseModal(props: { model: ClosingModel; onClose: () => void }) {
  const { t } = useT('closing');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const run = useAction();
  const missing = props.model.summary.missing;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [change, { loading }] = useConsoleChangeCollaborationStatusMutation({
    refetchQueries: [ConsoleClosingDocument],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('close.title')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (missing.length > 0 && !reason.trim()) {
            setError(t('close.reasonRequired'));
            return;
          }
          const done = await run(
            () =>
              change({
                variables: {
                  collaborationId: props.model.collaboration.id,
                  input: {
                    status: 'CLOSED',
                    overrideReason: missing.length > 0 ? reason.trim() : null,
                  },
                },
              }),
            t('close.done'),
          );
          if (done) props.onClose();
        }}
      >
        <Stack>
          <Text size="sm">{t('close.text')}</Text>
          {missing.length > 0 ? (
            <>
              <Alert color="orange" title={t('close.missingTitle', { count: missing.length })}>
                <List size="sm">
                  {missing.map((m) => (
                    <List.Item key={m.organizationId}>{m.name}</List.Item>
                  ))}
                </List>
              </Alert>
              <Textarea
                label={t('close.reason')}
                required
                data-autofocus
                autosize
                minRows={2}
                {...limit(reason, INPUT_LIMITS.reason, t('close.reasonHelp'))}
                value={reason}
                error={error}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setError(null);
                }}
              />
            </>
          ) : (
            <Alert color="teal">{t('close.allEvaluated')}</Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('close.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
