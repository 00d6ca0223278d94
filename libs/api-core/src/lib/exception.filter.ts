import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { ErrorCode } from '@alianza/shared';
import type { Request, Response } from 'express';
import { MappedError, mapError } from './graphql-errors';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.SECOND_FACTOR_REQUIRED]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_TRANSITION]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

function retryAfterOf(mapped: MappedError): string | undefined {
  const seconds = mapped.details?.['retryAfterSeconds'];
  return typeof seconds === 'number' ? String(seconds) : undefined;
}

/**
 * GraphQL errors go back to Apollo untouched (a RATE_LIMITED one adds its `Retry-After` header):
 * `formatGraphQLError` words them and the logging plugin logs the unexpected ones once. (Nest's default handler would log every refused
 * login or validation failure as an ERROR with its stack.) On HTTP routes (CSV reports), domain
 * and database errors answer JSON `{ error: { code, message } }` with the same stable codes and
 * messages as GraphQL (unexpected ones generic, logged); Nest's HTTP exceptions keep Nest's handling.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const mapped = mapError(exception);
    if (host.getType<string>() === 'graphql') {
      // GraphQL over HTTP answers 200, but says when to come back as HTTP clients expect.
      const res = GqlArgumentsHost.create(host).getContext<{ res?: Response }>().res;
      const retryAfter = retryAfterOf(mapped);
      if (retryAfter && res && !res.headersSent) res.setHeader('retry-after', retryAfter);
      return exception;
    }
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
    const retryAfter = retryAfterOf(mapped);
    if (retryAfter) res.setHeader('retry-after', retryAfter);
    res
      .status(mapped.httpStatus ?? HTTP_STATUS[mapped.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
      .json({
        error: {
          code: mapped.code,
          message: mapped.message,
          ...(mapped.reason ? { reason: mapped.reason } : {}),
          ...(mapped.details ? { details: mapped.details } : {}),
        },
      });
    return undefined;
  }
}
