import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { DataExport } from './data-export.entity';
import { DataExportService } from './data-export.service';

/** Meine Daten: a signed-in person's own exports; nobody else's are reachable. */
@Resolver(() => DataExport)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Query(() => [DataExport], { name: 'myDataExports', description: 'The caller’s data exports, newest first (at most five).' })
  myDataExports(@CurrentUser() user: AuthUser): Promise<DataExport[]> {
    return this.exports.mine(user.id);
  }

  @Mutation(() => DataExport, {
    name: 'requestDataExport',
    description: 'Starts building a ZIP of all the caller’s data in the background (answers the running one if there is one); a mail says when it is ready.',
  })
  requestDataExport(@CurrentUser() user: AuthUser): Promise<DataExport> {
    return this.exports.request(user.id);
  }
}
