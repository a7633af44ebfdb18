import { DynamicModule, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { DataSource } from 'typeorm';
import { AssessmentMailListener } from './assessment-mail.listener';
import { BarrierMailListener } from './barrier-mail.listener';
import { CounsellingMailListener } from './counselling-mail.listener';
import { CertificateMailListener } from './certificate-mail.listener';
import { DevMailController } from './dev-mail.controller';
import { EnrolmentMailListener } from './enrolment-mail.listener';
import { EvaluationMailListener } from './evaluation-mail.listener';
import { IdentityMailListener } from './identity-mail.listener';
import { ShortFormatMailListener } from './short-format-mail.listener';
import { CapturedMail, MailOutbox } from './mail-outbox.entity';
import { CaptureMailTransport, SmtpMailTransport } from './mail-transport';
import { MAIL_TRANSPORT } from './mail-transport.token';
import { MailWorker } from './mail-worker';
import { OutboxService } from './outbox.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { NotificationsPersonalData } from './notifications-personal-data';
import { RetentionModule } from '@koko/api/core/jobs';
import { NotificationsRetention } from './notifications-retention';

/** Mail: listens to domain events, queues mails in the outbox, delivers them in the background. */
@Module({})
export class NotificationsModule {
  /**
   * The app hands in whom mail writes to (`MAIL_RECIPIENTS`, provided by the identity domain) and what
   * programme content is called (`MAIL_PROGRAMME_TEXTS`, provided by the catalogue domain).
   */
  static forRoot(config: AppConfig, options: { imports: ModuleMetadata['imports']; recipients: Provider; programmeTexts: Provider }): DynamicModule {
    const capture = config.mail.transport === 'capture';
    return {
      module: NotificationsModule,
      imports: [TypeOrmModule.forFeature([MailOutbox, CapturedMail]), PersonalDataModule, RetentionModule, ...(options.imports ?? [])],
      controllers: capture && !config.isProduction ? [DevMailController] : [],
      providers: [
        OutboxService,
        NotificationsPersonalData,
        NotificationsRetention,
        IdentityMailListener,
        EnrolmentMailListener,
        AssessmentMailListener,
        CertificateMailListener,
        ShortFormatMailListener,
        BarrierMailListener,
        EvaluationMailListener,
        CounsellingMailListener,
        MailWorker,
        options.recipients,
        options.programmeTexts,
        {
          provide: MAIL_TRANSPORT,
          inject: [APP_CONFIG, getDataSourceToken()],
          useFactory: (c: AppConfig, db: DataSource) => (capture ? new CaptureMailTransport(c, db) : new SmtpMailTransport(c)),
        },
      ],
      exports: [OutboxService, MailWorker],
    };
  }
}
