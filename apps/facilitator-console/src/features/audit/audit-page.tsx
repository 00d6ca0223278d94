import { AuditActionValues } from '@alianza/graphql-client';
import { LoadMore, PageHeader, QueryState, useCollaborationId, useLoadMore } from '@alianza/ui';
import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { useConsoleAuditContextQuery, useConsoleAuditLogQuery } from './audit.generated';
import { isUuid, parseAuditAction, shortId } from './audit-format';
import { AuditTable, type AuditNames } from './audit-table';
import { VerifyChain } from './verify-chain';

const PAGE = 50;

/** The tamper-evident log of the collaboration: filters, records, chain verification. */
export function AuditPage() {
  const { t } = useT('audit');
  const collaborationId = useCollaborationId();
  const [params, setParams] = useSearchParams();
  const action = parseAuditAction(params.get('action'));
  const subjectId = params.get('subject');
  const [subjectDraft, setSubjectDraft] = useState(subjectId ?? '');
  const [subjectError, setSubjectError] = useState<string | null>(null);
  const context = useConsoleAuditContextQuery({ variables: { collaborationId } });
  const query = useConsoleAuditLogQuery({
    variables: {
      collaborationId,
      first: PAGE,
      action: action ?? undefined,
      subjectId: subjectId ?? undefined,
    },
  });
  const connection = query.data?.auditLog;

  const setFilter = (key: 'action' | 'subject', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const names = useMemo<AuditNames>(() => {
    const facilitators = new Map(
      (context.data?.collaboration.facilitators ?? []).map((f) => [f.id, f.displayName]),
    );
    const organizations = new Map(
      (context.data?.collaboration.participations ?? []).map((p) => [
        p.organizationId,
        p.organization.name,
      ]),
    );
    return {
      actor: (id) => {
        if (id === null) return { name: t('actor.system') };
        const facilitator = facilitators.get(id);
        if (facilitator) return { name: facilitator, role: t('actor.facilitator') };
        // The API names facilitators only: a participant's person shows as a short reference.
        return {
          name: t('actor.participant'),
          role: t('actor.participantRef', { id: shortId(id) }),
        };
      },
      organization: (id) => (id && organizations.get(id)) || t('unknownOrganization'),
      action: (value) => t(`actions.${value}`),
      subjectType: (type) => t(`subjects.${type}`),
    };
  }, [context.data, t]);
  // Every action the API records (the generated enum), whether this log holds one yet or not.
  const actionOptions = useMemo(
    () => AuditActionValues.map((value) => ({ value, label: names.action(value) })),
    [names],
  );

  const applySubject = () => {
    const value = subjectDraft.trim();
    if (value && !isUuid(value)) {
      setSubjectError(t('filters.subjectInvalid'));
      return;
    }
    setSubjectError(null);
    setFilter('subject', value || null);
  };
  // Stable, so that the rows already shown do not render again when a page is added.
  const filterBySubject = useCallback(
    (id: string) => {
      setSubjectDraft(id);
      setSubjectError(null);
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('subject', id);
        return next;
      });
    },
    [setParams],
  );

  const loadMoreState = useLoadMore(query, 'auditLog');

  const filtered = !!action || !!subjectId;
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <VerifyChain collaborationId={collaborationId} />
      <Stack gap="sm" component="section" aria-labelledby="records-title">
        <Title order={2} fz="h4" id="records-title">
          {t('records')}
        </Title>
        <Group align="flex-start" gap="sm">
          <Select
            label={t('filters.action')}
            placeholder={t('filters.anyAction')}
            searchable
            clearable
            w={300}
            value={action}
            onChange={(value) => setFilter('action', value)}
            data={actionOptions}
            nothingFoundMessage={t('filters.noAction')}
          />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              applySubject();
            }}
          >
            <Group align="flex-start" gap="xs">
              <TextInput
                label={t('filters.subject')}
                placeholder={t('filters.subjectPlaceholder')}
                w={340}
                value={subjectDraft}
                onChange={(e) => setSubjectDraft(e.currentTarget.value)}
                error={subjectError}
              />
              <Button type="submit" variant="default" mt={25}>
                {t('filters.apply')}
              </Button>
            </Group>
          </form>
          {filtered && (
            <Button
              variant="subtle"
              mt={25}
              onClick={() => {
                setSubjectDraft('');
                setSubjectError(null);
                setParams(new URLSearchParams());
              }}
            >
              {t('filters.clear')}
            </Button>
          )}
        </Group>
        <QueryState
          loading={query.loading}
          error={query.error}
          hasData={!!connection}
          empty={connection?.nodes.length === 0}
          emptyText={filtered ? t('emptyFiltered') : t('empty')}
          onRetry={() => void query.refetch()}
        >
          <AuditTable
            records={connection?.nodes ?? []}
            names={names}
            onFilterSubject={filterBySubject}
          />
          <LoadMore {...loadMoreState} />
        </QueryState>
      </Stack>
    </Stack>
  );
}
