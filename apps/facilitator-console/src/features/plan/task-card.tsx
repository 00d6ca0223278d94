import { INPUT_LIMITS } from '@alianza/shared';
import { AddToCalendar, useAction, useEnumLabel, useTextLimit } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Badge, Button, Card, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { TaskStatus } from '@alianza/graphql-client/types';
import { ConfirmRemoveModal } from './confirm-remove-modal';
import {
  ConsolePlanDocument,
  useConsoleRemoveTaskMutation,
  useConsoleSetTaskStatusMutation,
} from './plan.generated';
import { TaskFormModal } from './task-form-modal';
import { TASK_COLUMNS } from './task-grouping';
import type { PlanModel, PlanTask } from './use-plan';

/** A task on the board, with a menu to move it to another status, change it or remove it. */
export function TaskCard(props: { task: PlanTask; model: PlanModel }) {
  const { t } = useT('plan');
  const format = useFormat();
  const label = useEnumLabel();
  const run = useAction();
  const { task, model } = props;
  const [blocking, setBlocking] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'remove' | null>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const closeDialog = () => {
    setDialog(null);
    setTimeout(() => moveButton.current?.focus(), 0);
  };
  const [remove] = useConsoleRemoveTaskMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const stopBlocking = () => {
    setBlocking(false);
    // The menu item that opened the dialog is gone: give the focus back to the menu button.
    setTimeout(() => moveButton.current?.focus(), 0);
  };
  const [setStatus, { loading }] = useConsoleSetTaskStatusMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const move = (status: TaskStatus) => {
    if (status === 'BLOCKED') {
      setBlocking(true);
      return;
    }
    void run(
      () => setStatus({ variables: { taskId: task.id, input: { status } } }),
      t('board.moved', { status: label('TaskStatus', status) }),
    );
  };
  return (
    <Card withBorder padding="xs" radius="sm" component="article" aria-label={task.title}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {task.title}
        </Text>
        {task.description && (
          <Text size="xs" c="dimmed" lineClamp={3}>
            {task.description}
          </Text>
        )}
        <Group gap={4}>
          <Badge variant="outline" size="xs" color="gray" tt="none">
            {model.organizationName(task.responsibleOrganizationId)}
          </Badge>
          {task.overdue && (
            <Badge color="red" size="xs" variant="filled">
              {t('overdue')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('board.milestone', { title: task.milestoneTitle })}
        </Text>
        {task.dueDate && (
          <Group gap={4} justify="space-between" wrap="nowrap">
            <Text size="xs" c={task.overdue ? 'red' : 'dimmed'}>
              {t('board.due', { date: format.date(task.dueDate) })}
            </Text>
            <AddToCalendar kind="task" id={task.id} title={task.title} compact />
          </Group>
        )}
        {task.status === 'BLOCKED' && task.blockedReason && (
          <Text size="xs" c="red">
            {t('board.blockedBecause', { reason: task.blockedReason })}
          </Text>
        )}
        {!model.readOnly && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                ref={moveButton}
                size="compact-xs"
                variant="light"
                rightSection={<IconChevronDown size={12} />}
                loading={loading}
                aria-label={t('board.moveTask', { title: task.title })}
                mt={4}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('board.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('board.moveTo')}</Menu.Label>
              {TASK_COLUMNS.filter((s) => s !== task.status).map((status) => (
                <Menu.Item key={status} onClick={() => move(status)}>
                  {label('TaskStatus', status)}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item onClick={() => setDialog('edit')}>{t('board.edit')}</Menu.Item>
              <Menu.Item color="red" onClick={() => setDialog('remove')}>
                {t('board.remove')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
      {dialog === 'edit' && (
        <TaskFormModal model={model} task={task} opened onClose={closeDialog} />
      )}
      {dialog === 'remove' && (
        <ConfirmRemoveModal
          title={t('remove.taskTitle', { title: task.title })}
          message={t('remove.taskMessage')}
          onClose={closeDialog}
          onConfirm={async () =>
            !!(await run(() => remove({ variables: { taskId: task.id } }), t('remove.taskDone')))
          }
        />
      )}
      {blocking && (
        <BlockTaskModal
          task={task}
          onClose={stopBlocking}
          onBlock={async (reason) => {
            const done = await run(
              () =>
                setStatus({
                  variables: {
                    taskId: task.id,
                    input: { status: 'BLOCKED', blockedReason: reason },
                  },
                }),
              t('board.moved', { status: label('TaskStatus', 'BLOCKED') }),
            );
            if (done) stopBlocking();
          }}
        />
      )}
    </Card>
  );
}

/** Blocking a task needs a reason. */
function BlockTaskModal(props: {
  task: PlanTask;
  onClose: () => void;
  onBlock: (reason: string) => Promise<void>;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const limit = useTextLimit();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('board.blockTitle', { title: props.task.title })}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError(t('board.blockReasonRequired'));
            return;
          }
          setBusy(true);
          void props.onBlock(reason.trim()).finally(() => setBusy(false));
        }}
      >
        <Stack>
          <Textarea
            label={t('board.blockReason')}
            required
            data-autofocus
            autosize
            minRows={2}
            {...limit(reason, INPUT_LIMITS.shortText, t('board.blockReasonHelp'))}
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
            <Button type="submit" color="red" loading={busy}>
              {t('board.block')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
