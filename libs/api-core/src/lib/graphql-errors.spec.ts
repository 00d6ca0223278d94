import { BadRequestException } from '@nestjs/common';
import { AppError, ErrorCode, ErrorReason } from '@alianza/shared';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import {
  errorRequestIds,
  formatGraphQLError,
  isDatabaseUnavailable,
  mapError,
} from './graphql-errors';

const dbError = (code: string) =>
  new QueryFailedError(
    'INSERT INTO secret_table VALUES ($1)',
    ['x'],
    Object.assign(new Error('duplicate key'), { code }),
  );

describe('mapError', () => {
  it('keeps the code, message and details of domain errors', () => {
    expect(mapError(AppError.conflict('Already there.', { id: 'x' }))).toEqual({
      code: ErrorCode.CONFLICT,
      message: 'Already there.',
      details: { id: 'x' },
      unexpected: false,
    });
  });

  it('says when a rate-limited caller may try again', () => {
    expect(mapError(AppError.rateLimited(89.2, 'Too many sign-in attempts'))).toEqual({
      code: ErrorCode.RATE_LIMITED,
      message: 'Too many sign-in attempts. Please try again in 90 seconds.',
      details: { retryAfterSeconds: 90 },
      unexpected: false,
    });
    expect(mapError(AppError.rateLimited(0)).message).toBe(
      'Too many requests. Please try again in 1 second.',
    );
  });

  it('turns validation failures into BAD_USER_INPUT with every message', () => {
    const mapped = mapError(
      new BadRequestException(['title should not be empty', 'kind must be an enum']),
    );
    expect(mapped).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'title should not be empty; kind must be an enum',
    });
  });

  it('maps constraint violations without showing SQL', () => {
    expect(mapError(dbError('23505'))).toMatchObject({
      code: 'CONFLICT',
      message: 'This already exists.',
    });
    expect(mapError(dbError('40001'))).toMatchObject({ code: 'CONFLICT' });
    expect(mapError(dbError('22P02'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    for (const code of ['22021', '22P05', '22003', '22007', '22008']) {
      expect(mapError(dbError(code))).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'The input is not valid.',
        unexpected: false,
      });
    }
    expect(mapError(dbError('42P01'))).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      unexpected: true,
    });
  });

  it('answers unknown errors generically', () => {
    expect(mapError(new TypeError('x is undefined at foo.ts:12'))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side. Please try again later.',
      unexpected: true,
    });
  });
});

describe('formatGraphQLError', () => {
  it("tells the domain's reason next to the code, for the web apps to translate", () => {
    const error = new GraphQLError('closed', {
      originalError: AppError.conflict('This collaboration is closed.', {
        status: 'closed',
      }).because(ErrorReason.COLLABORATION_NOT_OPEN),
    });
    expect(formatGraphQLError({ message: 'closed' }, error).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'COLLABORATION_NOT_OPEN',
      details: { status: 'closed' },
    });
    const plain = new GraphQLError('x', { originalError: AppError.conflict('Already there.') });
    expect(formatGraphQLError({ message: 'x' }, plain).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('drops stack traces and adds the request id to unexpected errors only', () => {
    const error = new GraphQLError('boom', {
      originalError: new Error('SELECT * FROM users failed'),
    });
    errorRequestIds.set(error, 'req-42');
    const formatted = formatGraphQLError(
      {
        message: 'SELECT * FROM users failed',
        extensions: { code: 'X', stacktrace: ['at db.ts:1'] },
        path: ['me'],
      },
      error,
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Please try again later.',
      locations: undefined,
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
    });
  });
});

describe('an unreachable database', () => {
  const unavailable = {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The service is briefly unavailable. Please try again in a few seconds.',
    unexpected: false,
    httpStatus: 503,
  };

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a cut connection', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['a server shutting down (57P01)', dbError('57P01')],
    ['a server starting up (57P03)', dbError('57P03')],
    ['a connection failure (08006)', dbError('08006')],
    ['too many connections (53300)', dbError('53300')],
  ])('answers SERVICE_UNAVAILABLE for %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(mapError(new GraphQLError('x', { originalError: error }))).toEqual(unavailable);
  });

  it('leaves failed statements alone', () => {
    expect(isDatabaseUnavailable(dbError('23505'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('x is undefined'))).toBe(false);
  });
});
