import { formatLedgerAmount } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n';
import type { FinalStatementFieldsFragment } from '@alianza/graphql-client';
import { useConsoleClosingQuery, type ConsoleClosingQuery } from './closing.generated';
import { summarizeEvaluations, type EvaluationSummary } from './evaluation-summary';

export interface ClosingModel {
  readonly collaboration: ConsoleClosingQuery['collaboration'];
  readonly objectives: { id: string; title: string }[];
  /** Active participants: the ones expected to evaluate. */
  readonly participants: { id: string; name: string }[];
  /** Organizations that took part (accepted): candidates for a follow-up. */
  readonly former: { id: string; name: string }[];
  readonly summary: EvaluationSummary;
  readonly statement: FinalStatementFieldsFragment | null;
  organizationName(id: string | null | undefined): string;
  amount(value: string): string;
}

export function useClosing(collaborationId: string) {
  const { t } = useT('closing');
  const format = useFormat();
  const query = useConsoleClosingQuery({ variables: { collaborationId }, skip: !collaborationId });
  const data = query.data;
  const points = useCallback((n: string) => t('points', { value: n }), [t]);
  const model = useMemo<ClosingModel | null>(() => {
    if (!data) return null;
    const participations = data.collaboration.participations;
    const names = new Map(participations.map((p) => [p.organization.id, p.organization.name]));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const participants = participations
      .filter((p) => p.active)
      .map((p) => p.organization)
      .sort(byName);
    const former = participations
      .filter((p) => p.status === 'ACCEPTED')
      .map((p) => p.organization)
      .sort(byName);
    const objectives = data.plan.objectives;
    return {
      collaboration: data.collaboration,
      objectives,
      participants,
      former,
      summary: summarizeEvaluations(data.collaboration.evaluations.nodes, participants, objectives),
      statement: data.collaboration.finalStatement,
      organizationName: (id) =>
        id ? (names.get(id) ?? t('unknownOrganization')) : t('facilitator'),
      amount: (value) => formatLedgerAmount(value, data.ledgerSettings, format, points),
    };
  }, [data, format, points, t]);
  return { query, model };
}
