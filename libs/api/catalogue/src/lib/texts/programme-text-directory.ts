import { Injectable } from '@nestjs/common';
import { LocalizedText } from '@koko/shared';
import { EntityManager, In } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';
import { ProgrammeModule } from '../programme/programme-module.entity';

/**
 * What cohorts and modules are called, in German and English, by id: the catalogue's read interface
 * for mail (provided to notifications as its `MAIL_PROGRAMME_TEXTS` source), so events carry ids and
 * each mail names the content in its recipient's language. Two statements at most, whatever the count.
 */
@Injectable()
export class ProgrammeTextDirectory {
  async programmeTexts(
    ids: { cohortIds?: readonly string[]; moduleIds?: readonly string[] },
    manager: EntityManager,
  ): Promise<{ cohorts: Map<string, LocalizedText>; modules: Map<string, LocalizedText> }> {
    const cohortIds = [...new Set(ids.cohortIds ?? [])];
    const moduleIds = [...new Set(ids.moduleIds ?? [])];
    const [cohorts, modules] = await Promise.all([
      cohortIds.length ? manager.getRepository(Cohort).find({ select: { id: true, name: true, nameEn: true }, where: { id: In(cohortIds) } }) : [],
      moduleIds.length ? manager.getRepository(ProgrammeModule).find({ select: { id: true, title: true, titleEn: true }, where: { id: In(moduleIds) } }) : [],
    ]);
    return {
      cohorts: new Map(cohorts.map((c) => [c.id, { de: c.name, en: c.nameEn }])),
      modules: new Map(modules.map((m) => [m.id, { de: m.title, en: m.titleEn }])),
    };
  }
}
