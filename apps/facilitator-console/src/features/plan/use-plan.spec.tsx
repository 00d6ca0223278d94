import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { renderWithProviders } from '@alianza/ui/testing';
import { act, screen } from '@testing-library/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { describe, expect, it } from 'vitest';
import { planMessages } from './messages';
import { ConsolePlanDocument } from './plan.generated';
import { usePlan } from './use-plan';

const plan = (percentDone: number) => ({
  request: { query: ConsolePlanDocument, variables: { collaborationId: 'c1' } },
  result: {
    data: {
      collaboration: {
        __typename: 'Collaboration',
        id: 'c1',
        status: 'ACTIVE',
        facilitators: [],
        participations: [],
      },
      plan: {
        __typename: 'Plan',
        collaborationId: 'c1',
        percentDone,
        overdueMilestoneCount: 0,
        overdueTaskCount: 0,
        objectives: [],
        milestones: [],
      },
    },
  },
});

const change = (elementId: string) => ({
  result: {
    data: {
      planChanged: { __typename: 'PlanChange', collaborationId: 'c1', kind: 'TASK', elementId },
    },
  },
});

function Probe() {
  const { model } = usePlan('c1');
  return <p>{model ? `${model.percentDone} % hecho` : 'Cargando'}</p>;
}

describe('usePlan', () => {
  it('reads the plan again, once, after a burst of live changes', async () => {
    // The plan's query answered by mocks (first as loaded, then as changed), its live changes
    // simulated; every read of the plan counted on its way to the mocks.
    const live = new MockSubscriptionLink();
    let reads = 0;
    const counted = new ApolloLink((operation, forward) => {
      if (operation.operationName === 'ConsolePlan') reads++;
      return forward(operation);
    });
    const link = ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return 'operation' in definition && definition.operation === 'subscription';
      },
      live,
      counted.concat(new MockLink([plan(10), plan(60)])),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    renderWithProviders(
      <ApolloProvider client={client}>
        <Probe />
      </ApolloProvider>,
      { messages: { plan: planMessages } },
    );
    expect(await screen.findByText('10 % hecho')).toBeInTheDocument();
    expect(live.operation?.operationName).toBe('PlanChanged');
    expect(live.operation?.variables).toEqual({ collaborationId: 'c1' });

    act(() => {
      live.simulateResult(change('t1'));
      live.simulateResult(change('t2'));
      live.simulateResult(change('t3'));
    });
    expect(await screen.findByText('60 % hecho')).toBeInTheDocument();
    expect(reads).toBe(2);
  });
});
