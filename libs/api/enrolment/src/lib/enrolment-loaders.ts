import { byKey, LoaderHost, requestLoader } from '@koko/api/core/graphql';
import { Municipality } from '@koko/api/catalogue';
import { CohortFill, EnrolmentQueryService } from './enrolment-query.service';

export const enrolmentLoaders = {
  municipality: (ctx: LoaderHost, q: EnrolmentQueryService) =>
    requestLoader<string, Municipality | null>(ctx, 'enrolment.municipality', async (ids) => byKey(ids, await q.municipalitiesByIds(ids), (m) => m.id)),
  fill: (ctx: LoaderHost, q: EnrolmentQueryService) => requestLoader<string, CohortFill>(ctx, 'enrolment.fill', (ids) => q.fillOf(ids)),
};
