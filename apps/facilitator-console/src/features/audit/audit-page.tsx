import { AuditActionValues } from '@alianza/graphql-client';
import {
  DownloadButtons,
  LoadMore,
  PageHeader,
  QueryState,
  useCollaborationId,
  useLoadMore,
} from '@alianza/ui';
import { Group, Stack, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import {
  useConsoleAuditContextQuery,
  useConsoleAuditLogQuery,
  useConsoleAuditPeopleQuery,
} from './audit.generated';
import { AuditFilters, type AuditFilterKey, type AuditFilterValues } from './audit-filters';
import { auditPeriod, isUuid, parseAuditAction } from './audit-format';
import { AuditTable, type AuditNames } from './audit-table';
import { VerifyChain } from './verify-chain';

const PAGE = 50;
const FILTER_KEYS: AuditFilterKey[] = ['action', 'subject', 'person', 'organization', 'from', 'to'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where the API serves the collaboration's log as a file (`.xlsx`, `.csv`). */
const auditLogPath = (collaborationId: string) =>
  `/collaborations/${encodeURIComponent(collaborationId)}/audit-log`;

/** The tamper-evident log of the collaboration: filters, records, chain verification. */
export function AuditPage() {
  const { t } = useT('audit');
  const collaborationId = useCollaborationId();
  const [params, setParams] = useSearchParams();
  // What the address says, kept only where it is well formed.
  const id = (key: string) => {
    const value = params.get(key);
    return value && isUuid(value) ? value : null;
  };
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : null;
  };
  const values: AuditFilterValues = {
    action: parseAuditAction(params.get('action')),
    subject: id('subject'),
    person: id('person'),
    organization: id('organization'),
    from: day('from'),
    to: day('to'),
  };
  const period = auditPeriod(values.from, values.to);
  const context = useConsoleAuditContextQuery({ variables: { collaborationId } });
  const people = useConsoleAuditPeopleQuery({ variables: { collaborationId } });
  const query = useConsoleAuditLogQuery({
    variables: {
      collaborationId,
      first: PAGE,
      action: parseAuditAction(values.action) ?? undefined,
      subjectId: values.subject ?? undefined,
      actorUserId: values.person ?? undefined,
      organizationId: values.organization ?? undefined,
      since: period?.since,
      until: period?.until,
    },
    skip: period === null,
  });
  const connection = query.data?.auditLog;

  const setFilter = useCallback(
    (key: AuditFilterKey, value: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );

  // Stable, so that the rows already shown do not render again when a page is added.
  const filterBySubject = useCallback(
    (subject: string) => setFilter('subject', subject),
    [setFilter],
  );

  const names = useMemo<AuditNames>(() => {
    const facilitators = new Set((context.data?.collaboration.facilitators ?? []).map((f) => f.id));
    return {
      actor: ({ actorUserId, actorName }) => {
        if (actorUserId === null) return { name: t('actor.system') };
        const role = facilitators.has(actorUserId)
          ? t('actor.facilitator')
          : t('actor.participant');
        // The API names everyone who acted to the facilitator; no name: an account gone.
        return actorName ? { name: actorName, role } : { name: t('actor.former') };
      },
      organization: (_id, name) => name ?? t('unknownOrganization'),
      action: (value) => t(`actions.${value}`),
      subjectType: (type) => t(`subjects.${type}`),
    };
  }, [context.data, t]);
  // Every action the API records (the generated enum), whether this log holds one yet or not.
  const actionOptions = useMemo(
    () => AuditActionValues.map((value) => ({ value, label: names.action(value) })),
    [names],
  );
  const personOptions = useMemo(
    () =>
      (people.data?.auditLogPeople ?? []).map((person) => ({
        value: person.id,
        label: person.displayName,
      })),
    [people.data],
  );
  const organizationOptions = useMemo(
    () =>
      (context.data?.collaboration.participations ?? [])
        .map((p) => ({ value: p.organizationId, label: p.organization.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [context.data],
  );

  const loadMoreState = useLoadMore(query, 'auditLog');
  const filtered = FILTER_KEYS.some((key) => !!values[key]);
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <VerifyChain collaborationId={collaborationId} />
      <Stack gap="sm" component="section" aria-labelledby="records-title">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h4" id="records-title">
            {t('records')}
          </Title>
          {period !== null && (
            <DownloadButtons
              path={auditLogPath(collaborationId)}
              formats={['xlsx', 'csv']}
              what={filtered ? t('downloadWhatFiltered') : t('downloadWhat')}
              // The file holds the rows the screen shows: the same filters, by the API's names.
              filter={{
                action: values.action,
                subjectId: values.subject,
                actorUserId: values.person,
                organizationId: values.organization,
                since: period.since,
                until: period.until,
              }}
            />
          )}
        </Group>
        <AuditFilters
          // A subject chosen from a row shows in the subject's box.
          key={values.subject ?? ''}
          values={values}
          actions={actionOptions}
          people={personOptions}
          organizations={organizationOptions}
          periodInvalid={period === null}
          onChange={setFilter}
          onClear={() => setParams(new URLSearchParams())}
        />
        <QueryState
          loading={query.loading}
          error={query.error}
          hasData={!!connection || period === null}
          empty={period === null || connection?.nodes.length === 0}
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
