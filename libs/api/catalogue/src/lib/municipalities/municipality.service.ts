import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page } from '@koko/api/core/graphql';
import { Locale } from '@koko/shared';
import { DataSource } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from '../catalogue.exception';
import { MunicipalityKind } from './municipality-kind';
import { Municipality } from './municipality.entity';
import { checkMunicipalityRecord } from './municipality-csv';
import { CreateMunicipalityInput } from './municipality.dto';

@Injectable()
export class MunicipalityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: { search?: string; kind?: MunicipalityKind; regierungsbezirk?: string; offset: number; limit: number }): Promise<Page<Municipality>> {
    const qb = this.db.manager.createQueryBuilder(Municipality, 'm');
    if (filter.search?.trim()) {
      const term = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(m.name) LIKE :term OR m.key LIKE :term)', { term });
    }
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.regierungsbezirk) qb.andWhere('m.regierungsbezirk = :rb', { rb: filter.regierungsbezirk });
    const [items, total] = await qb.orderBy('m.name', 'ASC').addOrderBy('m.key', 'ASC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total, offset: filter.offset, limit: filter.limit };
  }

  async update(input: { id: string; name: string; hasIntegrationCentre: boolean; tookPartInKoko1: boolean }): Promise<Municipality> {
    return this.db.transaction(async (m) => {
      const row = await m.findOne(Municipality, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new CatalogueException(CatalogueErrorCode.MUNICIPALITY_NOT_FOUND);
      Object.assign(row, { name: input.name, hasIntegrationCentre: input.hasIntegrationCentre, tookPartInKoko1: input.tookPartInKoko1 });
      return m.save(row);
    });
  }

  /** Adds one municipality or Kreis, checked by the same rules as the CSV import. */
  async create(input: CreateMunicipalityInput, locale: Locale): Promise<Municipality> {
    const label = { kreisfreie_stadt: 'kreisfreie stadt', kreis: 'kreis', kreisangehoerige_gemeinde: 'kreisangehörige gemeinde' }[input.kind];
    const checked = checkMunicipalityRecord(
      {
        key: input.key,
        name: input.name,
        kind: label,
        kreis_key: input.kreisKey ?? '',
        regierungsbezirk: input.regierungsbezirk,
        has_ki: input.hasIntegrationCentre ? 'ja' : 'nein',
        koko1: input.tookPartInKoko1 ? 'ja' : 'nein',
      },
      1,
    );
    if (!checked.row) {
      const reason = checked.problems.map((p) => (locale === 'en' ? p.reasonEn : p.reason)).join('; ');
      throw new CatalogueException(CatalogueErrorCode.MUNICIPALITY_INVALID, { reason });
    }
    const row = checked.row;
    return this.db.transaction(async (m) => {
      if (await m.existsBy(Municipality, { key: row.key })) throw new CatalogueException(CatalogueErrorCode.MUNICIPALITY_KEY_TAKEN, { key: row.key });
      if (row.kreisKey && !(await m.existsBy(Municipality, { key: row.kreisKey, kind: MunicipalityKind.KREIS }))) {
        throw new CatalogueException(CatalogueErrorCode.MUNICIPALITY_INVALID, {
          reason: locale === 'en' ? `Kreis "${row.kreisKey}" is unknown` : `Kreis "${row.kreisKey}" ist unbekannt`,
        });
      }
      return m.save(m.create(Municipality, { ...row, hasIntegrationCentre: !!row.hasIntegrationCentre, tookPartInKoko1: !!row.tookPartInKoko1 }));
    });
  }
}
