import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@koko/api/identity';
import { BarrierReport } from './barriers/barrier-report.entity';
import { BarrierReportsResolver } from './barriers/barrier-reports.resolver';
import { BarrierReportsService } from './barriers/barrier-reports.service';
import { ContentPageVersion } from './pages/content-page-version.entity';
import { ContentPagesResolver } from './pages/content-pages.resolver';
import { ContentPagesService } from './pages/content-pages.service';
import { SecurityTxtController } from './security-txt.controller';
import { PersonalDataModule } from '@koko/api/core/database';
import { ContentPersonalData } from './content-personal-data';
import { RetentionModule } from '@koko/api/core/jobs';
import { ContentRetention } from './content-retention';

/** The portal's public face: editable public pages (versioned Markdown), reports about barriers, /.well-known/security.txt. */
@Module({
  imports: [TypeOrmModule.forFeature([ContentPageVersion, BarrierReport]), IdentityModule, PersonalDataModule, RetentionModule],
  providers: [ContentPersonalData, ContentRetention, ContentPagesService, ContentPagesResolver, BarrierReportsService, BarrierReportsResolver],
  controllers: [SecurityTxtController],
  exports: [ContentPagesService],
})
export class ContentModule {}
