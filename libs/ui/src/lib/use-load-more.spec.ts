import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLoadMore, type PagedQuery } from './use-load-more';

interface Data {
  other: string;
  items: {
    nodes: { id: string }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean): Data => ({
  other: 'kept',
  items: {
    nodes: ids.map((id) => ({ id })),
    totalCount: 3,
    pageInfo: { hasNextPage, endCursor },
  },
});

describe('useLoadMore', () => {
  it('fetches the page after the last cursor and appends its nodes', async () => {
    const first = page(['a', 'b'], 'cursor-b', true);
    let merged: Data | undefined;
    const fetchMore = vi.fn(async (options: Parameters<PagedQuery<Data>['fetchMore']>[0]) => {
      merged = options.updateQuery(first, {
        fetchMoreResult: page(['c'], 'cursor-c', false),
      }) as Data;
    });
    const { result } = renderHook(() =>
      useLoadMore<Data, 'items'>({ data: first, fetchMore }, 'items'),
    );
    expect(result.current).toMatchObject({ shown: 2, total: 3, hasNextPage: true, loading: false });
    await act(async () => result.current.onLoadMore());
    expect(fetchMore.mock.calls[0]?.[0].variables).toEqual({ after: 'cursor-b' });
    expect(merged?.items.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(merged?.items.pageInfo).toEqual({ hasNextPage: false, endCursor: 'cursor-c' });
    expect(merged?.other).toBe('kept');
  });

  it('does nothing without a cursor, and says there is nothing before the data', async () => {
    const fetchMore = vi.fn();
    const { result } = renderHook(() =>
      useLoadMore<Data, 'items'>({ data: undefined, fetchMore }, 'items'),
    );
    expect(result.current).toMatchObject({ shown: 0, total: 0, hasNextPage: false });
    await act(async () => result.current.onLoadMore());
    expect(fetchMore).not.toHaveBeenCalled();
  });
});
