import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/**
 * Scheduled and queued background work (pg-boss on the app's PostgreSQL). Import it where jobs are
 * registered; the module is a singleton, so there is one queue per API instance however many
 * modules import it.
 */
@Module({
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
