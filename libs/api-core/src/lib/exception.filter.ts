import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * GraphQL errors go back to Apollo untouched: `formatGraphQLError` words them and the logging
 * plugin logs the unexpected ones once. (Nest's default handler would log every refused
 * login or validation failure as an ERROR with its stack.) HTTP routes keep Nest's handling.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
