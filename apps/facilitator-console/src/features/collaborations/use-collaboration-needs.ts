import { useLiveNotifications } from '@alianza/ui';
import { useMemo } from 'react';
import { useConsoleCollaborationNeedsQuery } from './collaborations.generated';
import { needsFrom, type CollaborationNeeds } from './needs';

const LIVE_KINDS = [
  'DISCLOSURE_PENDING',
  'LEDGER_DISPUTED',
  'PLAN_OVERDUE',
  'PLAN_PROPOSAL',
] as const;

/** The "needs me" counts of one collaboration, refreshed when a related notice arrives. */
export function useCollaborationNeeds(collaborationId: string): {
  needs: CollaborationNeeds | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useConsoleCollaborationNeedsQuery({
    variables: { collaborationId },
    skip: !collaborationId,
  });
  useLiveNotifications(LIVE_KINDS, (notification) => {
    if (notification.collaborationId === collaborationId) void refetch();
  });
  const needs = useMemo(() => (data ? needsFrom(data) : undefined), [data]);
  return { needs, loading, error, refetch: () => void refetch() };
}
