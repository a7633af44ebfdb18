import { byKey, groupByKey, LoaderHost, requestLoader } from '@koko/api/core/graphql';
import { Enrolment } from '@koko/api/enrolment';
import { DataSource, In } from 'typeorm';
import { AssignmentAttempt, AttemptFeedback, AttemptFile } from './attempts/attempt.entity';

/** The assessment domain's per-request loaders: one statement per kind, whatever the page size. */
export const assessmentLoaders = {
  enrolment: (ctx: LoaderHost, db: DataSource) =>
    requestLoader<string, Enrolment | null>(ctx, 'assessment.enrolment', async (ids) => byKey(ids, await db.manager.find(Enrolment, { where: { id: In([...ids]) } }), (e) => e.id)),
  files: (ctx: LoaderHost, db: DataSource) =>
    requestLoader<string, AttemptFile[]>(ctx, 'assessment.files', async (ids) =>
      groupByKey(ids, await db.manager.find(AttemptFile, { where: { attemptId: In([...ids]) }, order: { createdAt: 'ASC' } }), (f) => f.attemptId),
    ),
  feedback: (ctx: LoaderHost, db: DataSource) =>
    requestLoader<string, AttemptFeedback | null>(ctx, 'assessment.feedback', async (ids) =>
      byKey(ids, await db.manager.find(AttemptFeedback, { where: { attemptId: In([...ids]) } }), (f) => f.attemptId),
    ),
  attemptsOf: (ctx: LoaderHost, db: DataSource) =>
    requestLoader<string, AssignmentAttempt[]>(ctx, 'assessment.attemptsOf', async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await db.manager
        .createQueryBuilder(AssignmentAttempt, 'a')
        .where('(a.enrolment_id, a.module_id) IN (SELECT * FROM unnest(:enrolments::uuid[], :modules::uuid[]))', {
          enrolments: pairs.map((p) => p[0]),
          modules: pairs.map((p) => p[1]),
        })
        .orderBy('a.attempt_no', 'DESC')
        .getMany();
      return groupByKey(keys, rows, (a) => `${a.enrolmentId}:${a.moduleId}`);
    }),
};
