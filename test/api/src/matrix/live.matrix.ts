import { TestUser } from '../../support/api';
import { subscribeLive, writeUntilHeard } from '../../support/live-subscription';
import { ACTIVE_OF_C, Operation, Outcome } from '../../support/matrix';

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * The subscriptions, over a real socket: allowed when the role hears of a write, refused when
 * the subscription ends with an access error (or, anonymous, the socket is refused).
 */
export const LIVE_MATRIX: Record<string, Operation> = {
  planChanged: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: true,
    run: async (t, w, as): Promise<Outcome> => {
      const live = subscribeLive<{ elementId: string }>(
        t.baseUrl,
        as,
        'planChanged',
        `subscription($c: ID!) { planChanged(collaborationId: $c) { elementId } }`,
        { c: w.collaborationId },
      );
      const facilitator = w.users.facilitator as TestUser;
      try {
        const rename = () =>
          t.ok(
            `mutation($id: ID!, $t: String!) { updateTask(taskId: $id, input: { title: $t }) { id } }`,
            { id: w.taskA, t: `Renamed ${Date.now()}` },
            facilitator,
          );
        if (await writeUntilHeard(live, rename, 10)) return 'allowed';
        const refused = as === null ? ['SOCKET_CLOSED'] : [];
        if (
          live.errors.length > 0 &&
          live.errors.every((c) => REFUSALS.has(c) || refused.includes(c))
        )
          return 'refused';
        throw new Error(`planChanged: neither heard nor refused (${live.errors.join(', ')})`);
      } finally {
        await live.client.dispose();
      }
    },
  },
};
