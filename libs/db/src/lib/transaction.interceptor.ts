import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Db } from './db.service';

/** Every GraphQL mutation runs in one transaction: it writes all or nothing. */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: Db) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    return from(
      this.db.transaction(() => lastValueFrom(next.handle(), { defaultValue: undefined })),
    );
  }
}
