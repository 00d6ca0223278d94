import { createAlianzaCache } from '@alianza/graphql-client';
import { ApolloClient, ApolloLink, gql, Observable, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useLoadMore } from './use-load-more';

interface Data {
  items: {
    nodes: { id: string }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface Variables {
  collaborationId: string;
  first: number;
  after?: string | null;
}

const ITEMS: TypedDocumentNode<Data, Variables> = gql`
  query Items($collaborationId: ID!, $first: Int!, $after: String) {
    items(collaborationId: $collaborationId, first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

/** A client with the apps' cache over an API that pages through `rows` by id. */
function client(rows: string[]) {
  const requests: Variables[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const variables = operation.variables as Variables;
        requests.push(variables);
        const start = variables.after ? rows.indexOf(variables.after) + 1 : 0;
        const ids = rows.slice(start, start + variables.first);
        observer.next({
          data: {
            items: {
              __typename: 'ItemConnection',
              nodes: ids.map((id) => ({ __typename: 'Item', id })),
              pageInfo: {
                __typename: 'PageInfo',
                endCursor: ids.at(-1) ?? null,
                hasNextPage: start + ids.length < rows.length,
              },
              totalCount: rows.length,
            },
          },
        });
        observer.complete();
      }),
  );
  const apollo = new ApolloClient({ link, cache: createAlianzaCache() });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={apollo}>{children}</ApolloProvider>
  );
  return { requests, wrapper };
}

describe('useLoadMore', () => {
  it('fetches the page after the last cursor, which the cache appends to the list', async () => {
    const api = client(['a', 'b', 'c', 'd', 'e']);
    const { result } = renderHook(
      () => {
        const query = useQuery(ITEMS, { variables: { collaborationId: 'c1', first: 2 } });
        return { query, more: useLoadMore(query, 'items') };
      },
      { wrapper: api.wrapper },
    );
    await waitFor(() => expect(result.current.more.shown).toBe(2));
    expect(result.current.more).toMatchObject({ total: 5, hasNextPage: true, loading: false });

    await act(async () => result.current.more.onLoadMore());
    await waitFor(() => expect(result.current.more.shown).toBe(4));
    expect(api.requests.at(-1)).toEqual({ collaborationId: 'c1', first: 2, after: 'b' });

    await act(async () => result.current.more.onLoadMore());
    await waitFor(() => expect(result.current.more.hasNextPage).toBe(false));
    expect(result.current.query.data?.items.nodes.map((n) => n.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);

    // A refetch (after a mutation) starts the list again from its first page.
    await act(async () => void (await result.current.query.refetch()));
    await waitFor(() => expect(result.current.more.shown).toBe(2));
  });

  it('does nothing without a cursor, and says there is nothing before the data', async () => {
    let fetched = false;
    const { result } = renderHook(() =>
      useLoadMore<Data, 'items'>(
        {
          data: undefined,
          fetchMore: async () => {
            fetched = true;
          },
        },
        'items',
      ),
    );
    expect(result.current).toMatchObject({ shown: 0, total: 0, hasNextPage: false });
    await act(async () => result.current.onLoadMore());
    expect(fetched).toBe(false);
  });
});
