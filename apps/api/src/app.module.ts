import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Request, Response } from 'express';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AuthModule } from './core/auth/auth.module';
import { ProConnectModule } from './core/auth/proconnect/proconnect.module';
import type { AuthenticatedRequest, GqlContext } from './core/auth/auth.types';
import { LoadersFactory } from './core/graphql/data-loaders';
import { logUrl } from './core/http/log-url';
import { AppErrorFilter } from './core/graphql/app-error.filter';
import { createFormatError } from './core/graphql/format-error';
import { graphqlLimitsPlugin } from './core/graphql/request-limits';
import { GraphqlCoreModule } from './core/graphql/graphql-core.module';
import { createValidationPipe } from './core/graphql/validation.pipe';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { detectOwnSessions, markOwnSessions } from './database/prepared';
import { QueryCounter } from './database/query-counter';
import { retryStatementsOnLostConnections } from './database/statement-retry';
import { HealthController, Lifecycle } from './health/health.controller';
import { HealthRepository } from './health/health.repository';
import { PersonsModule } from './modules/persons';
import { UsersModule } from './modules/users';
import { CertificationsModule } from './modules/certifications';
import { IntakeModule } from './modules/intake';
import { StagesModule } from './modules/stages';
import { ActivitiesModule } from './modules/activities';
import { OutcomesModule } from './modules/outcomes';
import { FundingModule } from './modules/funding';
import { ContractsModule } from './modules/contracts';
import { AuditModule } from './core/audit/audit.module';
import { NotificationsModule } from './modules/notifications';
import { PartnersModule } from './modules/partners';
import { JobBoardModule } from './modules/job-board';
import { ProposalsModule } from './modules/proposals';
import { ReplacementsModule } from './modules/replacements';
import { DashboardModule } from './modules/reports';
import { ReportsModule } from './modules/reports';
import { ImportsModule } from './modules/imports';
import { ClockModule } from './core/clock/clock';
import { RightsModule } from './modules/rights';
import { AccountsModule } from './modules/accounts';
import { CoachingModule } from './modules/coaching';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database actually used (DATABASE_URL, or the embedded one started for this process). */
  databaseUrl: string;
  /** Counts SQL statements (tests, benchmarks). */
  queryCounter?: QueryCounter;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, queryCounter = new QueryCounter() }: AppModuleOptions): DynamicModule {
    const configProvider = { provide: APP_CONFIG, useValue: config };
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            customProps: (req) => ({ userId: (req as AuthenticatedRequest).auth?.id }),
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: logUrl(req.url),
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(databaseUrl, config.dbPoolSize, queryCounter),
          dataSourceFactory: async (options) => {
            // Asked of the server, not of who started it: the embedded PGlite may have been started by another process.
            const ownSessions = await detectOwnSessions(databaseUrl);
            const db = new DataSource(options as DataSourceOptions);
            retryStatementsOnLostConnections(db);
            await db.initialize();
            if (ownSessions) markOwnSessions(db);
            return db;
          },
        }),
        GraphqlCoreModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoadersFactory],
          useFactory: (loaders: LoadersFactory) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: !production,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            // Limits of one request (docs/security.md): the parser stops past the token limit; the plugin measures
            // the parsed document (depth, aliases, directives, cost) before Apollo validates it.
            parseOptions: { maxLexicalTokens: config.graphqlMaxTokens },
            // No HTTP caching of GraphQL answers (every one is per user, `Cache-Control: no-store` is set in
            // bootstrap.ts): without the cache-control plugin, Apollo does not wrap every field resolver to collect hints.
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              ApolloServerPluginCacheControlDisabled(),
              graphqlLimitsPlugin({
                maxDepth: config.graphqlMaxDepth,
                maxAliases: config.graphqlMaxAliases,
                maxDirectives: config.graphqlMaxDirectives,
                maxTokens: config.graphqlMaxTokens,
                maxCost: config.graphqlMaxCost,
                introspection: !production,
              }),
            ],
            // Production: no « Did you mean … » in validation errors (Apollo's own option), and formatError hides
            // the rest of the schema's names.
            hideSchemaDetailsFromClientErrors: production,
            formatError: createFormatError({ hideSchemaDetails: production }),
            context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
              req: req as AuthenticatedRequest,
              res,
              loaders: loaders.create(),
            }),
          }),
        }),
        AuthModule,
        ProConnectModule,
        AuditModule,
        NotificationsModule,
        UsersModule,
        PersonsModule,
        CertificationsModule,
        IntakeModule,
        StagesModule,
        ActivitiesModule,
        CoachingModule,
        OutcomesModule,
        FundingModule,
        ContractsModule,
        PartnersModule,
        ProposalsModule,
        JobBoardModule,
        ReplacementsModule,
        DashboardModule,
        ReportsModule,
        ImportsModule,
        ClockModule,
        RightsModule,
        AccountsModule,
      ],
      controllers: [HealthController],
      providers: [
        configProvider,
        Lifecycle,
        HealthRepository,
        { provide: QueryCounter, useValue: queryCounter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [configProvider, Lifecycle, QueryCounter],
    };
  }
}
