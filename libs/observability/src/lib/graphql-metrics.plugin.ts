import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { metricsRegistry } from '@alianza/api-core';
import { getOperationAST } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import { OperationNames } from './operation-names';

type Labels = 'operation' | 'type';

function metric<T>(name: string, make: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? make();
}

/** A GraphQL error code as a label: the API's stable codes (`extensions.code`), nothing else. */
function codeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
}

/**
 * GraphQL operations over HTTP, by operation name (bounded: see OperationNames) and type
 * (query, mutation; `unknown` when the document did not parse): how long each took,
 * from the request's start to its response, and the errors its response carried, by code.
 * Subscriptions' events go over the websocket, outside Apollo's request pipeline.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  private readonly names = new OperationNames();
  private readonly durations = metric(
    'alianza_graphql_operation_duration_seconds',
    () =>
      new Histogram<Labels>({
        name: 'alianza_graphql_operation_duration_seconds',
        help: 'Duration of GraphQL operations, by operation name and type.',
        labelNames: ['operation', 'type'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [metricsRegistry],
      }),
  );
  private readonly errors = metric(
    'alianza_graphql_operation_errors_total',
    () =>
      new Counter<Labels | 'code'>({
        name: 'alianza_graphql_operation_errors_total',
        help: 'Errors in GraphQL responses, by operation name, type and error code.',
        labelNames: ['operation', 'type', 'code'],
        registers: [metricsRegistry],
      }),
  );

  async requestDidStart({
    request,
  }: GraphQLRequestContext<Record<string, unknown>>): Promise<
    GraphQLRequestListener<Record<string, unknown>>
  > {
    const { names, durations, errors } = this;
    const end = durations.startTimer();
    return {
      async willSendResponse({ response, document }) {
        // The operation as the document names it, when it parsed (validated or not).
        const ast = document ? getOperationAST(document, request.operationName) : undefined;
        const operation = names.label(ast?.name?.value ?? request.operationName);
        const type = ast?.operation ?? 'unknown';
        end({ operation, type });
        const body = response.body;
        const sent = body.kind === 'single' ? body.singleResult.errors : undefined;
        for (const error of sent ?? [])
          errors.inc({ operation, type, code: codeLabel(error.extensions?.['code']) });
      },
    };
  }
}
