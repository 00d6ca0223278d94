import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  APP_CONFIG,
  AppConfig,
  AppExceptionFilter,
  ConfigModule,
  DomainEventsModule,
  InputValidationPipe,
  loadConfig,
  RateLimitModule,
} from '@alianza/api-core';
import { ActivityModule } from '@alianza/activity';
import { AuthzModule } from '@alianza/authz';
import { BenchmarkingModule } from '@alianza/benchmarking';
import { CalendarModule, CALENDAR_FEED_ROUTES, withoutFeedSecret } from '@alianza/calendar';
import { ClosingModule } from '@alianza/closing';
import { CollaborationModule } from '@alianza/collaboration';
import { DbModule } from '@alianza/db';
import { DisclosureModule, SHARED_FILE_STREAM_ROUTES } from '@alianza/disclosure';
import { DocumentsModule, DOCUMENT_STREAM_ROUTES } from '@alianza/documents';
import {
  ApiTokenService,
  IdentityModule,
  SessionMiddleware,
  UnscopedSessionMiddleware,
} from '@alianza/identity';
import { InquiryModule } from '@alianza/inquiry';
import { SearchModule } from '@alianza/search';
import { LedgerModule, LedgerReciprocityModule } from '@alianza/ledger';
import { MailModule } from '@alianza/mail';
import { NotificationModule } from '@alianza/notification';
import { METRICS_ROUTES, ObservabilityModule, traceLogFields } from '@alianza/observability';
import { OrganizationModule } from '@alianza/organization';
import { PlanModule } from '@alianza/plan';
import { ReportingModule } from '@alianza/reporting';
import cookieParser from 'cookie-parser';
import { WebhooksModule } from '@alianza/webhooks';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { graphqlOptions } from './graphql.config';
import { DemoResolver } from './demo.resolver';
import { DrainModule } from './drain';
import { ExecutionBudgetPlugin } from './execution-budget.plugin';
import { HealthController } from './health.controller';
import { LiveSockets } from './live-sockets';
import { LiveSocketsModule } from './live-sockets.module';
import { MutationInterceptor } from './mutation.interceptor';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DomainEventsModule,
        DrainModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The trace a line belongs to, when tracing is on (ADR 0047).
            mixin: traceLogFields,
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id =
                typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming)
                  ? incoming
                  : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            // A calendar feed's address is its credential: never in a log line.
            serializers: {
              req: (req: { url?: string; params?: unknown }) => {
                const url = withoutFeedSecret(req.url ?? '');
                if (url !== req.url) {
                  req.url = url;
                  req.params = {};
                }
                return req;
              },
            },
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            transport:
              config.env === 'development'
                ? { target: 'pino-pretty', options: { singleLine: true } }
                : undefined,
          },
        }),
        DbModule,
        ObservabilityModule.forRoot(config),
        RateLimitModule.forRoot(),
        AuthzModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LiveSocketsModule, IdentityModule],
          inject: [APP_CONFIG, LiveSockets, ApiTokenService],
          useFactory: graphqlOptions,
        }),
        MailModule,
        IdentityModule,
        OrganizationModule,
        CollaborationModule,
        DisclosureModule,
        DocumentsModule,
        NotificationModule,
        PlanModule,
        LedgerModule,
        LedgerReciprocityModule,
        ClosingModule,
        BenchmarkingModule,
        ActivityModule,
        InquiryModule,
        SearchModule,
        ReportingModule,
        CalendarModule,
        WebhooksModule,
      ],
      controllers: [HealthController],
      providers: [
        DemoResolver,
        ExecutionBudgetPlugin,
        { provide: APP_INTERCEPTOR, useClass: MutationInterceptor },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new InputValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
          }),
        },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Documents stream outside a claim scope: no connection waits on a body (docs/adr/0030),
    // nor while a recipient's stamped copy is made (docs/adr/0032). A calendar feed is read by
    // its secret alone, under its user's claim (docs/adr/0039): no session is looked up. Nor for
    // a scrape of /metrics (docs/adr/0047).
    const streaming = [...DOCUMENT_STREAM_ROUTES, ...SHARED_FILE_STREAM_ROUTES];
    consumer
      .apply(cookieParser(), SessionMiddleware)
      .exclude(...streaming, ...CALENDAR_FEED_ROUTES, ...METRICS_ROUTES)
      .forRoutes('*path');
    consumer.apply(cookieParser(), UnscopedSessionMiddleware).forRoutes(...streaming);
  }
}
