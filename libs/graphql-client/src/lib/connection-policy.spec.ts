import { gql, type InMemoryCache } from '@apollo/client';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAlianzaCache } from './connection-policy';

/** The API's schema, committed and checked for drift. */
const SCHEMA = '../../../../apps/api/schema.graphql';

const ITEMS = gql`
  query Items($collaborationId: ID!, $areaId: ID, $first: Int, $after: String) {
    items(collaborationId: $collaborationId, areaId: $areaId, first: $first, after: $after) {
      nodes {
        id
        title
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

interface ItemsVariables {
  collaborationId: string;
  areaId?: string | null;
  first?: number;
  after?: string;
}

/** A page of `items`: nodes `ids`, ending at the last id's cursor. */
function page(ids: string[], hasNextPage: boolean, totalCount = 5) {
  return {
    items: {
      __typename: 'ItemConnection',
      nodes: ids.map((id) => ({ __typename: 'Item', id, title: `Item ${id}` })),
      pageInfo: { __typename: 'PageInfo', endCursor: ids.at(-1) ?? null, hasNextPage },
      totalCount,
    },
  };
}

function write(cache: InMemoryCache, variables: ItemsVariables, data: ReturnType<typeof page>) {
  cache.writeQuery({ query: ITEMS, variables, data });
}

function read(cache: InMemoryCache, variables: ItemsVariables) {
  const data = cache.readQuery<ReturnType<typeof page>>({ query: ITEMS, variables });
  return data && { ids: data.items.nodes.map((n) => n.id), ...data.items.pageInfo };
}

const c1 = { collaborationId: 'c1', first: 2 };

describe('connection cache policy', () => {
  it('appends the page after the end cursor and takes its page info and total', () => {
    const cache = createAlianzaCache();
    write(cache, c1, page(['a', 'b'], true, 5));
    write(cache, { ...c1, after: 'b' }, page(['c', 'd'], true, 6));
    write(cache, { ...c1, after: 'd' }, page(['e'], false, 6));

    expect(read(cache, c1)).toEqual({
      ids: ['a', 'b', 'c', 'd', 'e'],
      endCursor: 'e',
      hasNextPage: false,
      __typename: 'PageInfo',
    });
    // The cursor is not part of the list's name: reading with it gives the same list.
    expect(read(cache, { ...c1, after: 'b' })?.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    const { totalCount } = cache.readQuery<ReturnType<typeof page>>({
      query: ITEMS,
      variables: c1,
    })!.items;
    expect(totalCount).toBe(6);
  });

  it('keeps one list per value of the other arguments', () => {
    const cache = createAlianzaCache();
    write(cache, c1, page(['a', 'b'], true));
    write(cache, { ...c1, collaborationId: 'c2' }, page(['x'], false));
    write(cache, { ...c1, areaId: 'area' }, page(['y'], false));
    write(cache, { ...c1, first: 50 }, page(['a', 'b', 'z'], false));
    write(cache, { ...c1, after: 'b' }, page(['c'], false));

    expect(read(cache, c1)?.ids).toEqual(['a', 'b', 'c']);
    expect(read(cache, { ...c1, collaborationId: 'c2' })?.ids).toEqual(['x']);
    expect(read(cache, { ...c1, areaId: 'area' })?.ids).toEqual(['y']);
    expect(read(cache, { ...c1, first: 50 })?.ids).toEqual(['a', 'b', 'z']);
    expect(read(cache, { collaborationId: 'c3' })).toBeNull();
  });

  it('replaces the list with a first page (a refetch)', () => {
    const cache = createAlianzaCache();
    write(cache, c1, page(['a', 'b'], true));
    write(cache, { ...c1, after: 'b' }, page(['c', 'd'], true));
    write(cache, c1, page(['new', 'a'], true));

    expect(read(cache, c1)).toMatchObject({ ids: ['new', 'a'], endCursor: 'a' });
  });

  it('drops a page that does not follow the list, and does not repeat a node', () => {
    const cache = createAlianzaCache();
    write(cache, c1, page(['a', 'b'], true));
    write(cache, { ...c1, after: 'b' }, page(['c', 'd'], true));
    // Asked for after `b` a second time (a double click): it does not follow `d`.
    write(cache, { ...c1, after: 'b' }, page(['c', 'd'], true));
    expect(read(cache, c1)?.ids).toEqual(['a', 'b', 'c', 'd']);

    // A row moved between two requests comes once.
    write(cache, { ...c1, after: 'd' }, page(['b', 'e'], false));
    expect(read(cache, c1)).toMatchObject({ ids: ['a', 'b', 'c', 'd', 'e'], hasNextPage: false });
  });

  it('pages every connection of the schema', () => {
    const sdl = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), SCHEMA), 'utf8');
    const schema = buildSchema(sdl);
    const connections: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        const fields = isObjectType(target) ? target.getFields() : {};
        const nodes = fields['nodes'];
        if (fields['pageInfo'] && nodes && isListType(getNullableType(nodes.type))) {
          connections.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(connections.length).toBeGreaterThan(10);
    expect(connections.filter((connection) => pagedLength(connection) !== 3)).toEqual([]);
  });
});

/** Writes two pages of `Type.field` to a new cache and counts the nodes read back. */
function pagedLength(connection: string): number | undefined {
  const [parent = '', field = ''] = connection.split('.');
  const cache = createAlianzaCache();
  const selection = `${field}(after: $after) {
    nodes { id }
    pageInfo { endCursor hasNextPage }
    totalCount
  }`;
  const pageOf = (ids: string[]) => ({
    [field]: {
      nodes: ids.map((id) => ({ __typename: 'Node', id })),
      pageInfo: { endCursor: ids.at(-1), hasNextPage: true },
      totalCount: 3,
    },
  });
  type Data = Record<string, { nodes: unknown[] } | undefined>;
  if (parent === 'Query') {
    const query = gql`query Page($after: String) { ${selection} }`;
    cache.writeQuery({ query, data: pageOf(['1', '2']) });
    cache.writeQuery({ query, variables: { after: '2' }, data: pageOf(['3']) });
    return cache.readQuery<Data>({ query })?.[field]?.nodes.length;
  }
  const fragment = gql`fragment Page on ${parent} { ${selection} }`;
  const id = cache.identify({ __typename: parent, id: 'parent' });
  const data = (ids: string[]) => ({ __typename: parent, id: 'parent', ...pageOf(ids) });
  cache.writeFragment({ id, fragment, data: data(['1', '2']) });
  cache.writeFragment({ id, fragment, variables: { after: '2' }, data: data(['3']) });
  return cache.readFragment<Data>({ id, fragment })?.[field]?.nodes.length;
}
