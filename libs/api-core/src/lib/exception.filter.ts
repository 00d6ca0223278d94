import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ErrorCode } from '@alianza/shared';
import type { Request, Response } from 'express';
import { mapError } from './graphql-errors';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_TRANSITION]: HttpStatus.CONFLICT,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * GraphQL errors go back to Apollo untouched: `formatGraphQLError` words them and the logging
 * plugin logs the unexpected ones once. (Nest's default handler would log every refused
 * login or validation failure as an ERROR with its stack.) On HTTP routes (CSV reports), domain
 * and database errors answer JSON `{ error: { code, message } }` with the same stable codes and
 * messages as GraphQL (unexpected ones generic, logged); Nest's HTTP exceptions keep Nest's handling.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const mapped = mapError(exception);
    if (exception instanceof HttpException && !mapped.unexpected)
      return super.catch(exception, host);
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: unknown }>();
    const res = http.getResponse<Response>();
    if (mapped.unexpected) {
      const original = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        {
          requestId: String(req.id ?? 'unknown'),
          err: { type: original.name, message: original.message, stack: original.stack },
        },
        `Unexpected error in ${req.method} ${req.path}`,
      );
    }
    res
      .status(mapped.httpStatus ?? HTTP_STATUS[mapped.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ error: { code: mapped.code, message: mapped.message } });
    return undefined;
  }
}
