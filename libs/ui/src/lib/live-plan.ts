import { usePlanChangedSubscription } from '@alianza/graphql-client';
import { useEffect, useRef } from 'react';

/** How long the plan screens gather live changes before reading the plan again. */
export const PLAN_REFETCH_DELAY_MS = 300;

/**
 * Reads the plan again (`refetch`) whenever it changes, whoever changed it: the collaboration's
 * live `planChanged` events, gathered until none has come for `delayMs`, so that a burst of
 * edits reads it once. Without a collaboration, nothing is listened to.
 */
export function useLivePlan(
  collaborationId: string | null | undefined,
  refetch: () => unknown,
  delayMs: number = PLAN_REFETCH_DELAY_MS,
): void {
  const latest = useRef(refetch);
  latest.current = refetch;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  usePlanChangedSubscription({
    variables: { collaborationId: collaborationId ?? '' },
    skip: !collaborationId,
    onData: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void latest.current();
      }, delayMs);
    },
  });
}
