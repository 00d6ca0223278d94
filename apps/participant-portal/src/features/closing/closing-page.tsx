import { EmptyState, PageHeader, QueryState, useAction, useCollaborationId } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Box } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n';
import { ourOrganizationId } from '../ledger/ledger-helpers';
import type { ClosingCollaboration } from './closing-helpers';
import {
  PortalClosingEvaluationDocument,
  usePortalClosingEvaluationQuery,
  usePortalClosingQuery,
  usePortalClosingSettingsQuery,
  usePortalSubmitEvaluationMutation,
} from './closing.generated';
import { EvaluationForm, type SubmittedEvaluation } from './evaluation-form';
import { FinalStatementView } from './final-statement';

export function ClosingPage() {
  const { t } = useT('closing');
  const collaborationId = useCollaborationId();
  const query = usePortalClosingQuery({ variables: { collaborationId } });
  const collaboration = query.data?.collaboration;
  const context = useMemo(() => (collaboration ? contextOf(collaboration) : null), [collaboration]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!collaboration}
        onRetry={() => void query.refetch()}
      >
        {collaboration && context && (
          <>
            {(collaboration.status === 'DRAFT' || collaboration.status === 'ACTIVE') && (
              <Box maw={640} mx="auto">
                <EmptyState text={t('notYet')} />
              </Box>
            )}
            {collaboration.status === 'CLOSING' &&
              (context.evaluatorId ? (
                <EvaluationSection
                  collaborationId={collaborationId}
                  organizationId={context.evaluatorId}
                  peers={context.peers}
                />
              ) : (
                <EmptyState text={t('notParticipant')} />
              ))}
            {collaboration.status === 'CLOSED' &&
              (collaboration.finalStatement ? (
                <ClosedSection
                  collaborationId={collaborationId}
                  statement={collaboration.finalStatement}
                  names={context.names}
                  organizationId={context.organizationId}
                />
              ) : (
                <EmptyState text={t('noStatement')} />
              ))}
          </>
        )}
      </QueryState>
    </>
  );
}

function contextOf(collaboration: ClosingCollaboration) {
  const organizationId = ourOrganizationId(collaboration);
  return {
    organizationId,
    /** Only an active participant evaluates (an organization still invited does not). */
    evaluatorId: collaboration.myParticipations.find((p) => p.active)?.organizationId ?? null,
    names: new Map(
      collaboration.participations.map((p) => [p.organizationId, p.organization.name]),
    ),
    peers: collaboration.participations
      .filter((p) => p.active && p.organizationId !== organizationId)
      .map((p) => ({ organizationId: p.organizationId, name: p.organization.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function EvaluationSection(props: {
  collaborationId: string;
  organizationId: string;
  peers: { organizationId: string; name: string }[];
}) {
  const { t } = useT('closing');
  const run = useAction();
  const query = usePortalClosingEvaluationQuery({
    variables: { collaborationId: props.collaborationId },
  });
  const [submit, { loading }] = usePortalSubmitEvaluationMutation({
    refetchQueries: [PortalClosingEvaluationDocument],
    awaitRefetchQueries: true,
  });
  const data = query.data;
  const previous = data?.collaboration.evaluations.nodes.find(
    (e) => e.organizationId === props.organizationId,
  );
  const onSubmit = useCallback(
    (input: SubmittedEvaluation) =>
      run(
        () => submit({ variables: { collaborationId: props.collaborationId, input } }),
        t('form.sent'),
      ),
    [run, submit, props.collaborationId, t],
  );
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!data}
      onRetry={() => void query.refetch()}
    >
      {data && (
        <EvaluationForm
          // A new submission re-mounts the form from what was saved.
          key={previous?.updatedAt ?? 'new'}
          objectives={[...data.plan.objectives]}
          peers={props.peers}
          previous={previous}
          draftKey={`evaluation:${props.collaborationId}`}
          submitting={loading}
          onSubmit={onSubmit}
        />
      )}
    </QueryState>
  );
}

function ClosedSection(props: {
  collaborationId: string;
  statement: NonNullable<ClosingCollaboration['finalStatement']>;
  names: ReadonlyMap<string, string>;
  organizationId: string | null;
}) {
  const { t } = useT('closing');
  const format = useFormat();
  const settings = usePortalClosingSettingsQuery({
    variables: { collaborationId: props.collaborationId },
  }).data?.ledgerSettings;
  const formatValue = useCallback(
    (value: string) =>
      settings?.valuationScale === 'MONEY' && settings.currency
        ? format.money(value, settings.currency)
        : t('points', { value: format.number(value), count: Number(value) }),
    [settings, format, t],
  );
  return (
    <FinalStatementView
      statement={props.statement}
      names={props.names}
      organizationId={props.organizationId}
      formatValue={formatValue}
    />
  );
}
