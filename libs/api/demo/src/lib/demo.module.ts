import { Module } from '@nestjs/common';
import { CertificatesModule } from '@koko/api/certificates';
import { IdentityModule } from '@koko/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule, CertificatesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
