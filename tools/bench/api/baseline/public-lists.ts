/** The public lists: `programmeModules` and `openCohorts`. */
import { localized } from '@koko/shared';
import { berlinDay } from '@koko/api/catalogue/rules';
import { displayLocale, gqlEnum, Handler, SEAT_STATES } from './context';

export const PUBLIC_LIST_HANDLERS: Record<string, Handler> = {
  async programmeModules(ctx) {
    const locale = displayLocale(ctx);
    const { rows } = await ctx.opts.pool.query(
      `SELECT id, position, title, title_en, format, workload_hours, learning_outcomes, learning_outcomes_en FROM programme_modules ORDER BY position`,
    );
    return {
      programmeModules: rows.map((m) => ({
        id: m.id,
        position: m.position,
        title: localized(m.title, m.title_en, locale),
        format: gqlEnum(m.format),
        workloadHours: m.workload_hours,
        learningOutcomes: localized(m.learning_outcomes, m.learning_outcomes_en, locale),
      })),
    };
  },

  async openCohorts(ctx) {
    const locale = displayLocale(ctx);
    const { rows } = await ctx.opts.pool.query(
      `SELECT c.id, c.name, c.name_en, c.starts_on::text, c.ends_on::text, c.applications_close_on::text, c.capacity,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.state = ANY($2)) AS seats_taken
         FROM cohorts c WHERE c.applications_open_on <= $1 AND c.applications_close_on >= $1 ORDER BY c.starts_on`,
      [berlinDay(new Date()), SEAT_STATES],
    );
    return {
      openCohorts: rows.map((c) => ({
        id: c.id,
        name: localized(c.name, c.name_en, locale),
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        applicationsCloseOn: c.applications_close_on,
        capacity: c.capacity,
        seatsTaken: c.seats_taken,
      })),
    };
  },
};
