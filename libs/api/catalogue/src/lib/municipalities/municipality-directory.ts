import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Municipality } from './municipality.entity';

/** The catalogue's read interface to municipalities for other domains (they never query the table). */
@Injectable()
export class MunicipalityDirectory {
  constructor(@InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>) {}

  /** The municipalities with these ids (in no particular order); `manager` to read inside a transaction. */
  byIds(ids: readonly string[], manager?: EntityManager): Promise<Municipality[]> {
    if (!ids.length) return Promise.resolve([]);
    const repo = manager ? manager.getRepository(Municipality) : this.municipalities;
    return repo.find({ where: { id: In([...new Set(ids)]) } });
  }

  /** The municipalities or Kreise with these official keys (a Kreis by its 5-digit key), one statement. */
  byKeys(keys: readonly string[], manager?: EntityManager): Promise<Municipality[]> {
    if (!keys.length) return Promise.resolve([]);
    const repo = manager ? manager.getRepository(Municipality) : this.municipalities;
    return repo.find({ where: { key: In([...new Set(keys)]) } });
  }
}
