import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from '../catalogue.exception';
import { UpdateProgrammeModuleInput } from './programme.dto';
import { MODULE_COUNT, ProgrammeModule } from './programme-module.entity';

@Injectable()
export class ProgrammeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The five modules in order. */
  async modules(): Promise<ProgrammeModule[]> {
    const modules = await this.db.manager.find(ProgrammeModule, { order: { position: 'ASC' } });
    if (modules.length !== MODULE_COUNT) throw new CatalogueException(CatalogueErrorCode.PROGRAMME_INCOMPLETE);
    return modules;
  }

  /** One module; a missing id is an error (ids come from rows that reference a module). `manager` to read inside a transaction. */
  module(id: string, manager: EntityManager = this.db.manager): Promise<ProgrammeModule> {
    return manager.findOneByOrFail(ProgrammeModule, { id });
  }

  async update(input: UpdateProgrammeModuleInput): Promise<ProgrammeModule> {
    if (!Number.isInteger(input.position) || input.position < 1 || input.position > MODULE_COUNT) {
      throw new CatalogueException(CatalogueErrorCode.MODULE_POSITION_INVALID, { count: MODULE_COUNT });
    }
    return this.db.transaction(async (m) => {
      const row = await m.findOne(ProgrammeModule, { where: { position: input.position }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new CatalogueException(CatalogueErrorCode.PROGRAMME_INCOMPLETE);
      Object.assign(row, {
        title: input.title,
        learningOutcomes: input.learningOutcomes,
        workloadHours: input.workloadHours,
        format: input.format,
        assignmentBrief: input.assignmentBrief,
        titleEn: input.titleEn ?? row.titleEn,
        learningOutcomesEn: input.learningOutcomesEn ?? row.learningOutcomesEn,
        assignmentBriefEn: input.assignmentBriefEn ?? row.assignmentBriefEn,
      });
      return m.save(row);
    });
  }
}
