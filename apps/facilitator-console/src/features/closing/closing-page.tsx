import { PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Button, Stack } from '@mantine/core';
import { IconArrowForwardUp } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { useDialog } from '../plan/use-dialog';
import { AssessmentForm } from './assessment-form';
import { EvaluationsPanel } from './evaluations-panel';
import { FinalStatementView } from './final-statement-view';
import { FollowUpModal } from './follow-up-modal';
import { StatusCard } from './status-actions';
import { useClosing, type ClosingModel } from './use-closing';

export function ClosingPage() {
  const { t } = useT('closing');
  const collaborationId = useCollaborationId();
  const { query, model } = useClosing(collaborationId);
  const [followUp, openFollowUp, closeFollowUp] = useDialog<true>();
  const closed = model?.collaboration.status === 'CLOSED';
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          closed ? (
            <Button
              leftSection={<IconArrowForwardUp size={16} />}
              onClick={() => openFollowUp(true)}
            >
              {t('followUp.open')}
            </Button>
          ) : undefined
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!model}
        onRetry={() => void query.refetch()}
      >
        {model && <ClosingContent model={model} />}
      </QueryState>
      {followUp && model && <FollowUpModal model={model} onClose={closeFollowUp} />}
    </>
  );
}

function ClosingContent(props: { model: ClosingModel }) {
  const { t } = useT('closing');
  const { model } = props;
  const status = model.collaboration.status;
  return (
    <Stack>
      <StatusCard model={model} />
      {status === 'CLOSING' && (
        <>
          <EvaluationsPanel summary={model.summary} organizationName={model.organizationName} />
          <AssessmentForm model={model} />
        </>
      )}
      {status === 'CLOSED' &&
        (model.collaboration.finalStatement ? (
          <FinalStatementView model={model} />
        ) : (
          <Alert color="gray">{t('statement.notVisible')}</Alert>
        ))}
    </Stack>
  );
}
