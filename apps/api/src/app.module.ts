import { DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule, SESSION_STORE, SessionTokenModule } from '@koko/api/core/auth';
import { AppConfig, AppConfigModule } from '@koko/api/core/config';
import { DatabaseModule } from '@koko/api/core/database';
import { ApiGraphQLModule } from '@koko/api/core/graphql';
import { StorageModule } from '@koko/api/core/storage';
import { AssessmentModule, AttemptAssignmentStates } from '@koko/api/assessment';
import { ACTOR_NAMES, AuditModule } from '@koko/api/audit';
import { CatalogueModule, ProgrammeTextDirectory } from '@koko/api/catalogue';
import { CertificatesModule } from '@koko/api/certificates';
import { ContentModule } from '@koko/api/content';
import { DemoModule } from '@koko/api/demo';
import { EnrolmentModule } from '@koko/api/enrolment';
import { EventsModule } from '@koko/api/events';
import { EvaluationModule } from '@koko/api/evaluation';
import { CounsellingModule } from '@koko/api/counselling';
import { AccompanimentModule } from '@koko/api/accompaniment';
import { IdentityModule, SessionService, UserDirectory } from '@koko/api/identity';
import { MAIL_PROGRAMME_TEXTS, MAIL_RECIPIENTS, NotificationsModule } from '@koko/api/notifications';
import { ASSIGNMENT_STATES, ProgressModule } from '@koko/api/progress';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { JobsModule } from '@koko/api/core/jobs';
import { MetricsModule } from '@koko/api/core/metrics';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';

/** Levels at which pino-http's line per request (written at info) reaches the log. */
const REQUEST_LINE_LEVELS: readonly string[] = ['info', 'debug', 'trace'];

/** Composes the API from its libraries. Nothing here but wiring. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
              // Echoed so callers (and the load balancer) can quote it when reporting a problem.
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'req.headers.authorization'],
            // A line per answered request, at info: below that level nothing would be written, so the
            // per-request work for it (listeners, log objects, messages) is not done at all. Probes
            // and scrapes come every few seconds: not worth a line each.
            autoLogging: REQUEST_LINE_LEVELS.includes(config.logLevel) ? { ignore: (req: IncomingMessage) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '') } : false,
            // Bound once on the root logger rather than as customProps (a child logger per request).
            base: { pid: process.pid, hostname: hostname(), service: 'koko-api' },
            serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
          },
        }),
        EventEmitterModule.forRoot({ wildcard: false }),
        DatabaseModule.forRoot(config, databaseUrl),
        MetricsModule,
        ApiGraphQLModule.forRoot(config),
        StorageModule.forRoot(config),
        SessionTokenModule.forRoot(config),
        AuthModule.forRoot({ imports: [IdentityModule], sessionStore: { provide: SESSION_STORE, useExisting: SessionService } }),
        IdentityModule,
        CatalogueModule,
        EnrolmentModule,
        AssessmentModule,
        ProgressModule.forRoot({ imports: [AssessmentModule], assignmentStates: { provide: ASSIGNMENT_STATES, useExisting: AttemptAssignmentStates } }),
        CertificatesModule,
        EventsModule,
        EvaluationModule,
        CounsellingModule,
        AccompanimentModule,
        ContentModule,
        AuditModule.forRoot({ imports: [IdentityModule], actorNames: { provide: ACTOR_NAMES, useExisting: UserDirectory } }),
        NotificationsModule.forRoot(config, {
          imports: [IdentityModule, CatalogueModule],
          recipients: { provide: MAIL_RECIPIENTS, useExisting: UserDirectory },
          programmeTexts: { provide: MAIL_PROGRAMME_TEXTS, useExisting: ProgrammeTextDirectory },
        }),
        DemoModule,
        TerminusModule,
        JobsModule,
      ],
      controllers: [HealthController],
      providers: [Readiness],
    };
  }
}
