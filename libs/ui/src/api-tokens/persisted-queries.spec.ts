import { REPORTING_QUERY_EXAMPLES } from '@alianza/shared';
import { describe, expect, it } from 'vitest';
import { persistedQueryBody, persistedQueryProblem } from './persisted-queries';

describe('persistedQueryProblem', () => {
  it('takes each ready-made reporting query', () => {
    for (const example of REPORTING_QUERY_EXAMPLES)
      expect(persistedQueryProblem(example.document)).toBeNull();
  });

  it('refuses what the API refuses: nothing, bad GraphQL, a mutation, two operations, too long', () => {
    expect(persistedQueryProblem('  \n')).toEqual({ kind: 'empty' });
    expect(persistedQueryProblem('query {\n  me {')).toEqual({
      kind: 'syntax',
      line: 2,
      column: 7,
    });
    expect(persistedQueryProblem('mutation { logout }')).toEqual({ kind: 'notOneQuery' });
    expect(persistedQueryProblem('query A { me { id } } query B { me { id } }')).toEqual({
      kind: 'notOneQuery',
    });
    expect(persistedQueryProblem(`{ me { id } }${' '.repeat(20_000)}#`)).toEqual({
      kind: 'tooLong',
      limit: 20_000,
    });
  });
});

describe('persistedQueryBody', () => {
  it('sends the hash alone, with the variables to fill in', () => {
    expect(
      JSON.parse(
        persistedQueryBody({
          sha256Hash: 'abc',
          document:
            'query R($c: ID!, $first: Int = 5) { collaborationReport(collaborationId: $c) { title } }',
        }),
      ),
    ).toEqual({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
      variables: { c: '…' },
    });
  });
});
