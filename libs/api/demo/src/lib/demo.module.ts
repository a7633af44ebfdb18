import { Module } from '@nestjs/common';
import { IdentityModule } from '@koko/api/identity';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [IdentityModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
