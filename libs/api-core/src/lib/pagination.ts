import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({
  description:
    'Where a page of a list starts and ends, and whether more follows (the Relay connection spec). Lists page forward only, with `first` and `after`.',
})
export class PageInfo {
  @Field({ description: 'Whether a page follows this one: ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({
    description:
      'Always false: lists page forward only (`first`/`after`), and the Relay spec lets such a list answer false. Do not use it to tell whether you are on the first page.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first node of this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The cursor of the last node of this page: pass it as `after` to get the next page. Null when the page is empty.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many nodes to return: from 1 to ${MAX_PAGE_SIZE}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the nodes after this cursor: the `endCursor` of the previous page, or the `cursor` of an edge. Omit for the first page.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

/** A node of a page with the cursor that pages after it. */
export interface Edge<T> {
  node: T;
  cursor: string;
}

/** A page as a connection type serves it. */
export interface Page<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page as a service reads it: its nodes, and for each node (same index) the cursor that
 * pages after it; `pageInfo.endCursor` is the last of them.
 */
export interface PageSource<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Builds a `<Name>Connection` object type with its `<Name>Edge` (the Relay connection spec):
 * the page's nodes both as `nodes` and as `edges` with their cursors, its page info and total.
 */
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`, { description: `A ${name} of a page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => node, { description: `The ${name}.` })
    node!: T;

    @Field({ description: `Pass as \`after\` to get the nodes that follow this one.` })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} nodes, in the list's order, with what pages on.`,
  })
  class ConnectionType implements Page<T> {
    @Field(() => [node], { description: 'The nodes of this page (the same as `edges.node`).' })
    nodes!: T[];

    @Field(() => [EdgeType], { description: 'The nodes of this page, each with its cursor.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The Relay page info of a forward-only page. */
export function pageInfoOf(source: Pick<PageSource<unknown>, 'cursors' | 'pageInfo'>): PageInfo {
  return {
    hasNextPage: source.pageInfo.hasNextPage,
    hasPreviousPage: false,
    startCursor: source.cursors[0] ?? null,
    endCursor: source.pageInfo.endCursor,
  };
}

/** Each node with its cursor (same index). */
export function edgesOf<T>(nodes: T[], cursors: string[]): Edge<T>[] {
  if (nodes.length !== cursors.length)
    throw new Error(`A page of ${nodes.length} nodes came with ${cursors.length} cursors`);
  return nodes.map((node, i) => ({ node, cursor: cursors[i] as string }));
}

/** The page of a list the caller may read nothing of. */
export function emptyPage<T>(): Page<T> {
  return {
    nodes: [],
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

export function mapPage<A, B>(page: PageSource<A>, map: (item: A) => B): Page<B> {
  const nodes = page.nodes.map(map);
  return {
    nodes,
    edges: edgesOf(nodes, page.cursors),
    pageInfo: pageInfoOf(page),
    totalCount: page.totalCount,
  };
}
