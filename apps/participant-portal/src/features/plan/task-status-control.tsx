import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { PlanTask } from './plan-helpers';
import {
  PortalPlanDocument,
  type TaskStatus,
  usePortalSetTaskStatusMutation,
} from './plan.generated';

const STATUSES: readonly TaskStatus[] = ['TODO', 'DOING', 'BLOCKED', 'DONE'];

/** Moves one of our tasks along; blocking asks why. */
export function TaskStatusControl(props: { task: PlanTask }) {
  const { t } = useT('plan');
  const enumOptions = useEnumOptions();
  const run = useAction();
  const limit = useTextLimit();
  const [setStatus, { loading }] = usePortalSetTaskStatusMutation({
    refetchQueries: [PortalPlanDocument],
  });
  const [blocking, setBlocking] = useState(false);
  const [reason, setReason] = useState('');

  const change = async (status: TaskStatus, blockedReason?: string) =>
    run(
      () =>
        setStatus({
          variables: { taskId: props.task.id, input: { status, blockedReason } },
        }),
      t('tasks.statusChanged'),
    );

  const onSelect = (value: string) => {
    const status = value as TaskStatus;
    if (status === props.task.status) return;
    if (status === 'BLOCKED') {
      setReason('');
      setBlocking(true);
      return;
    }
    void change(status);
  };

  const confirmBlocked = async () => {
    const done = await change('BLOCKED', reason.trim());
    if (done) setBlocking(false);
  };

  return (
    <>
      <NativeSelect
        size="xs"
        w={150}
        aria-label={t('tasks.statusOf', { title: props.task.title })}
        data={enumOptions('TaskStatus', STATUSES)}
        value={props.task.status}
        disabled={loading}
        onChange={(e) => onSelect(e.currentTarget.value)}
      />
      <Modal
        opened={blocking}
        onClose={() => setBlocking(false)}
        title={t('tasks.blockTitle', { title: props.task.title })}
      >
        <Stack>
          <Textarea
            label={t('tasks.blockedReason')}
            required
            autosize
            minRows={3}
            {...limit(reason, INPUT_LIMITS.shortText, t('tasks.blockedReasonHelp'))}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setBlocking(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={loading}
              disabled={!reason.trim()}
              onClick={() => void confirmBlocked()}
            >
              {t('tasks.markBlocked')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
