import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { GraphQLContext, Page, requestLocale } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { BarrierReport } from './barrier-report.entity';
import { BarrierReportPage, BarrierReportsArgs, ReportBarrierInput, SetBarrierReportStatusInput } from './barrier-reports.dto';
import { BarrierReportsService } from './barrier-reports.service';

@Resolver(() => BarrierReport)
export class BarrierReportsResolver {
  constructor(private readonly reports: BarrierReportsService) {}

  @Public()
  @Mutation(() => Boolean, { name: 'reportBarrier', description: 'Anyone reports an accessibility barrier; limited per client address and hour.' })
  async report(@Args('input') input: ReportBarrierInput, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.reports.report(input, ctx.req.ip ?? 'unknown', requestLocale(ctx.req));
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => BarrierReportPage, { name: 'barrierReports', description: 'Newest first.' })
  list(@Args() args: BarrierReportsArgs): Promise<Page<BarrierReport>> {
    return this.reports.list(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BarrierReport, { name: 'setBarrierReportStatus' })
  setStatus(@CurrentUser() user: AuthUser, @Args('input') input: SetBarrierReportStatusInput): Promise<BarrierReport> {
    return this.reports.setStatus(user.id, input.id, input.status);
  }
}
