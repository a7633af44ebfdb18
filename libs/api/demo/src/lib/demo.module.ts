import { Module } from '@nestjs/common';
import { CertificatesModule } from '@koko/api/certificates';
import { CounsellingModule } from '@koko/api/counselling';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule, CertificatesModule, EventsModule, CounsellingModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
