import { Module } from '@nestjs/common';
import { CertificatesModule } from '@koko/api/certificates';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule, CertificatesModule, EventsModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
