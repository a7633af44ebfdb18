import { Module } from '@nestjs/common';
import { CertificatesModule } from '@koko/api/certificates';
import { CounsellingModule } from '@koko/api/counselling';
import { AccompanimentModule } from '@koko/api/accompaniment';
import { EvaluationModule } from '@koko/api/evaluation';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule, CertificatesModule, EventsModule, EvaluationModule, CounsellingModule, AccompanimentModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
