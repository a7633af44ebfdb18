import { inject, Injectable } from '@angular/core';
import { type BarrierReportStatus, type ReportBarrierInput } from '@koko/web/shared/data-access-graphql';
import {
  BarrierReportsDocument,
  type BarrierReportsQuery,
  ReportBarrierDocument,
  SetBarrierReportStatusDocument,
} from '@koko/web/shared/data-access-graphql/content';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type BarrierReportPage = BarrierReportsQuery['barrierReports'];
export type BarrierReportItem = BarrierReportPage['items'][number];
export type { BarrierReportStatus, ReportBarrierInput };
export const BARRIER_REPORT_STATUSES: readonly BarrierReportStatus[] = ['NEW', 'IN_PROGRESS', 'ANSWERED'];

function dataOf<T>(result: { data?: T | null; error?: unknown }): T {
  if (!result.data) throw result.error ?? new Error('Empty API response');
  return result.data;
}

/** Reports about barriers: sent by anyone, worked through by admins. */
@Injectable({ providedIn: 'root' })
export class BarrierReportsService {
  private readonly apollo = inject(Apollo);

  async report(input: ReportBarrierInput): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: ReportBarrierDocument, variables: { input } })));
  }

  async list(status: BarrierReportStatus | null, offset: number, limit: number): Promise<BarrierReportPage> {
    const result = await firstValueFrom(
      this.apollo.query({ query: BarrierReportsDocument, variables: { status, offset, limit }, fetchPolicy: 'network-only' }),
    );
    return dataOf(result).barrierReports;
  }

  async setStatus(id: string, status: BarrierReportStatus): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SetBarrierReportStatusDocument, variables: { input: { id, status } } })));
  }
}
