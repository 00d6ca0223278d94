import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GqlContext } from '@alianza/api-core';
import { ActorService } from '@alianza/authz';
import { Db } from '@alianza/db';
import { from, lastValueFrom, Observable } from 'rxjs';

/**
 * Every GraphQL mutation runs in one transaction: it writes all or nothing. The first mutation
 * of a request continues the transaction that entered the request's claim (`writeWithReads`:
 * no second one to begin and enter); a later one gets its own. At its end the request's actor
 * is rebuilt from the facts as the mutation leaves them, so the fields of the mutation's result
 * are resolved with the access it just created (e.g. the owner of an organization founded a
 * moment ago).
 */
@Injectable()
export class MutationInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly actors: ActorService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation')
      return next.handle();
    const { req } = gql.getContext<GqlContext>();
    return from(
      this.db.writeWithReads(async () => {
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        // The access as the mutation leaves it, read in its transaction before it commits.
        await this.actors.refresh(req);
        return result;
      }),
    );
  }
}
