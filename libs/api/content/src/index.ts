export * from './lib/content.module';
export * from './lib/content.exception';
export { ContentPageVersion } from './lib/pages/content-page-version.entity';
export { ContentPagesService } from './lib/pages/content-pages.service';
export { securityTxt } from './lib/security-txt.controller';
export { BarrierReport, BarrierReportStatus } from './lib/barriers/barrier-report.entity';
