import { AppError } from '@alianza/shared';
import { buildSchema, GraphQLError, OperationDefinitionNode, parse } from 'graphql';
import {
  dateTimeProblem,
  inputIssueError,
  numberProblem,
  operationInputIssue,
  textProblem,
} from './input-rules';

const schema = buildSchema(`
  scalar DateTime
  enum Kind { A B }
  input FieldInput { key: String! label: String }
  input ItemInput { title: String! amount: Float when: DateTime fields: [FieldInput!] kind: Kind }
  type Query { item(id: ID!): String }
  type Mutation { save(input: ItemInput!, tags: [String!], at: DateTime): String }
`);

function issue(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return operationInputIssue(schema, document, operation, variables);
}

describe('textProblem', () => {
  it('refuses NUL characters and lone surrogates, not other odd text', () => {
    expect(textProblem('a\u0000b')).toBe('must not contain a NUL character');
    expect(textProblem('\ud800')).toMatch(/lone surrogate/);
    expect(textProblem('x\udc00y')).toMatch(/lone surrogate/);
    expect(textProblem('\udc00\ud800')).toMatch(/lone surrogate/);
    expect(textProblem('💥 \u202e\ufeff é')).toBeUndefined();
  });
});

describe('numberProblem', () => {
  it('refuses non-finite numbers and magnitudes beyond the bound', () => {
    expect(numberProblem(Infinity)).toBe('must be a finite number');
    expect(numberProblem(NaN)).toBe('must be a finite number');
    expect(numberProblem(1e308)).toBe('must be between -1000000000000000 and 1000000000000000');
    expect(numberProblem(-1e16)).toBeDefined();
    expect(numberProblem(-0)).toBeUndefined();
    expect(numberProblem(1e15)).toBeUndefined();
  });
});

describe('dateTimeProblem', () => {
  it.each([
    '2026-02-30T00:00:00Z',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    '2026-01-01T25:00:00Z',
    '2026-01-01T10:60:00Z',
    '0000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '+275760-09-13T00:00:01Z',
    '2025-02-29T00:00:00Z',
    'tomorrow',
    '',
  ])('refuses %p instead of rolling it over', (text) => {
    expect(dateTimeProblem(text)).toBeDefined();
  });

  it.each([
    '2026-03-01T09:30:00Z',
    '2026-03-01T09:30:00.123Z',
    '2026-03-01T09:30:00+02:00',
    '2028-02-29T23:59:59.999Z',
    '2026-03-01',
    '9999-12-31T23:59:59Z',
  ])('takes %p', (text) => {
    expect(dateTimeProblem(text)).toBeUndefined();
  });
});

describe('operationInputIssue', () => {
  it('names the field of a variable', () => {
    expect(
      issue(`mutation($input: ItemInput!) { save(input: $input) }`, {
        input: { title: 'ok', fields: [{ key: 'k' }, { key: 'a\u0000' }] },
      }),
    ).toEqual({ field: 'input.fields[1].key', message: 'must not contain a NUL character' });
  });

  it('checks literals, and variables nested in literals by their position', () => {
    expect(issue(`mutation { save(input: { title: "t", amount: 1e308 }) }`)).toEqual({
      field: 'input.amount',
      message: 'must be between -1000000000000000 and 1000000000000000',
    });
    expect(
      issue(`mutation($w: DateTime) { save(input: { title: "t", when: $w }) }`, {
        w: '2026-02-30T00:00:00Z',
      }),
    ).toEqual({ field: 'input.when', message: 'must be a date that exists' });
  });

  it('checks a variable left out by its default value', () => {
    expect(
      issue(`mutation($at: DateTime = "2026-02-30") { save(input: { title: "t" }, at: $at) }`),
    ).toMatchObject({ field: 'at' });
  });

  it('refuses a date-time that is not a string (the stock scalar takes numbers)', () => {
    expect(
      issue(`mutation($at: DateTime) { save(input: { title: "t" }, at: $at) }`, { at: 0 }),
    ).toEqual({ field: 'at', message: 'must be an ISO 8601 date-time string' });
  });

  it('checks arguments inside fragments, and lets good input and wrong shapes through', () => {
    expect(issue(`query { ...F } fragment F on Query { item(id: "\\u0000") }`)).toMatchObject({
      field: 'id',
    });
    expect(
      issue(`mutation($t: [String!]) { save(input: { title: "💥", kind: A }, tags: $t) }`, {
        t: ['a', 'b'],
      }),
    ).toBeUndefined();
    // Wrong shapes are GraphQL's to refuse, with its own message.
    expect(
      issue(`mutation($t: [String!]) { save(input: { title: "t" }, tags: $t) }`, { t: { x: 1 } }),
    ).toBeUndefined();
  });
});

describe('inputIssueError', () => {
  it('carries BAD_USER_INPUT with the field in details, and HTTP 400', () => {
    const error = inputIssueError({
      field: 'input.title',
      message: 'must not contain a NUL character',
    });
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('"input.title" must not contain a NUL character.');
    expect(error.extensions['http']).toEqual({ status: 400 });
    expect(error.originalError).toBeInstanceOf(AppError);
    expect((error.originalError as AppError).details).toEqual({ field: 'input.title' });
  });
});
