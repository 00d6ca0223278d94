import { INPUT_LIMITS } from '@alianza/shared';
import { toApiError } from '@alianza/graphql-client';
import type { CollaborationStatus } from '@alianza/graphql-client/types';
import { ErrorAlert, useEnumLabel, useTextLimit } from '@alianza/ui';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import {
  ConsoleOverviewDocument,
  useConsoleChangeCollaborationStatusMutation,
} from './overview.generated';
import { ConsoleCollaborationsDocument } from '../collaborations/collaborations.generated';

/** Organization ids the API names as not having evaluated yet (closing refused). */
export function missingEvaluationIds(error: unknown): string[] {
  const ids = toApiError(error)?.details?.['missingOrganizationIds'];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** One button per status the collaboration may move to, each confirmed in a dialog. */
export function StatusActions(props: {
  collaborationId: string;
  nextStatuses: readonly CollaborationStatus[];
  groundRulesPublished: boolean;
  organizationName: (id: string) => string | undefined;
}) {
  const { t } = useT('overview');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const enumLabel = useEnumLabel();
  const [target, setTarget] = useState<CollaborationStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [change, { loading }] = useConsoleChangeCollaborationStatusMutation({
    refetchQueries: [ConsoleOverviewDocument, ConsoleCollaborationsDocument],
  });
  if (props.nextStatuses.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('status.final')}
      </Text>
    );
  const close = () => {
    setTarget(null);
    setReason('');
    setError(null);
  };
  const confirm = async () => {
    if (!target) return;
    setError(null);
    try {
      await change({
        variables: {
          collaborationId: props.collaborationId,
          input: {
            status: target,
            overrideReason: target === 'CLOSED' && reason.trim() ? reason.trim() : null,
          },
        },
      });
      notifications.show({
        color: 'teal',
        message: t('status.done', { status: enumLabel('CollaborationStatus', target) }),
        autoClose: 2500,
      });
      close();
    } catch (caught) {
      setError(caught);
    }
  };
  const missing = missingEvaluationIds(error).map(
    (id) => props.organizationName(id) ?? t('status.unknownOrganization'),
  );
  const action = target ? t(`status.to.${target}`) : '';
  return (
    <>
      <Group gap="xs">
        {props.nextStatuses.map((status) => (
          <Button
            key={status}
            variant={status === 'CLOSED' ? 'filled' : 'light'}
            color={status === 'CLOSED' || status === 'CLOSING' ? 'orange' : undefined}
            onClick={() => setTarget(status)}
          >
            {t(`status.to.${status}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={target !== null}
        onClose={close}
        title={t('status.confirmHeading', { action })}
        size="lg"
      >
        {target && (
          <Stack>
            <Text size="sm">{t(`status.explain.${target}`)}</Text>
            {target === 'ACTIVE' && !props.groundRulesPublished && (
              <Alert color="yellow" variant="light">
                <Stack gap={4}>
                  <Text size="sm">{t('status.noRules')}</Text>
                  <Anchor component={Link} to={`/c/${props.collaborationId}/rules`} size="sm">
                    {t('status.goToRules')}
                  </Anchor>
                </Stack>
              </Alert>
            )}
            {target === 'CLOSED' && (
              <Textarea
                label={t('status.overrideLabel')}
                {...limit(reason, INPUT_LIMITS.reason, t('status.overrideDescription'))}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={2}
              />
            )}
            {error !== null && (
              <Stack gap="xs">
                <ErrorAlert error={error} />
                {missing.length > 0 && (
                  <Text size="sm" fw={500}>
                    {t('status.missing', { names: missing.join(', ') })}
                  </Text>
                )}
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={loading}>
                {tc('actions.cancel')}
              </Button>
              <Button
                color={target === 'CLOSED' || target === 'CLOSING' ? 'orange' : undefined}
                loading={loading}
                disabled={target === 'ACTIVE' && !props.groundRulesPublished}
                onClick={() => void confirm()}
              >
                {t('status.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
