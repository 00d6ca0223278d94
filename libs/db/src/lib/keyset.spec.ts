import { AppError } from '@alianza/shared';
import { pageInMemory } from './keyset';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const key = (id: string) => id;

describe('pageInMemory', () => {
  it('pages a list to its end, each page after the last cursor, with its total', () => {
    const list = ids(5);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = pageInMemory(list, { first: 2, after }, key);
      expect(page.totalCount).toBe(5);
      expect(page.cursors).toHaveLength(page.nodes.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(list);
  });

  it('resumes after the node of the cursor, wherever it moved', () => {
    const first = pageInMemory(ids(5), { first: 2 }, key);
    // A node before the cursor left the list: the page still starts after n1.
    const next = pageInMemory(
      ['n0', 'n1', 'n2', 'n3', 'n4'].slice(1),
      { first: 2, after: first.pageInfo.endCursor! },
      key,
    );
    expect(next.nodes).toEqual(['n2', 'n3']);
  });

  it('resumes at the position of a node that left the list', () => {
    const first = pageInMemory(ids(5), { first: 2 }, key);
    const next = pageInMemory(
      ['n0', 'n2', 'n3', 'n4'],
      { first: 2, after: first.pageInfo.endCursor! },
      key,
    );
    expect(next.nodes).toEqual(['n2', 'n3']);
    expect(next.pageInfo.hasNextPage).toBe(true);
  });

  it('answers an empty page past the end, and refuses a cursor it did not hand out', () => {
    const last = pageInMemory(ids(2), { first: 2 }, key);
    expect(pageInMemory(ids(2), { first: 2, after: last.pageInfo.endCursor! }, key)).toMatchObject({
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 2,
    });
    expect(() => pageInMemory(ids(2), { first: 2, after: 'not-a-cursor' }, key)).toThrow(AppError);
  });
});
