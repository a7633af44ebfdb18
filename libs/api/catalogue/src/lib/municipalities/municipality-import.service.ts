import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalityKind } from './municipality-kind';
import { MunicipalityRow, parseMunicipalityCsv, RowProblem } from './municipality-csv';
import { Municipality } from './municipality.entity';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';

export interface ImportOutcome {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

/** Where the official NRW list lives: beside the bundle in production, in the source tree in tests. */
function defaultListPath(): string | null {
  const candidates = [join(__dirname, 'data', 'nrw-municipalities.csv'), join(__dirname, '..', 'data', 'nrw-municipalities.csv')];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Imports a municipality list all or nothing: every row is validated first; one invalid row and
 * nothing is written. Importing the same file again changes nothing. The editable flags (KI,
 * KoKo I) keep their values unless the file states them.
 */
@Injectable()
export class MunicipalityImportService {
  private readonly logger = new Logger('Municipalities');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async import(bytes: Buffer): Promise<ImportOutcome> {
    const parsed = parseMunicipalityCsv(bytes);
    if (!parsed.ok) return { ok: false, created: 0, updated: 0, unchanged: 0, problems: parsed.problems };
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('koko-municipality-import'))`);
      const problems = await this.unknownKreise(m, parsed.rows);
      if (problems.length) return { ok: false, created: 0, updated: 0, unchanged: 0, problems };
      const existing = new Map((await m.find(Municipality)).map((e) => [e.key, e]));
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      // Kreise first, so the Gemeinden's references exist.
      const ordered = [...parsed.rows].sort((a, b) => Number(b.kind === MunicipalityKind.KREIS) - Number(a.kind === MunicipalityKind.KREIS));
      for (const row of ordered) {
        const current = existing.get(row.key);
        const next = {
          key: row.key,
          name: row.name,
          kind: row.kind,
          kreisKey: row.kreisKey,
          regierungsbezirk: row.regierungsbezirk,
          hasIntegrationCentre: row.hasIntegrationCentre ?? current?.hasIntegrationCentre ?? row.kind !== MunicipalityKind.KREISANGEHOERIGE_GEMEINDE,
          tookPartInKoko1: row.tookPartInKoko1 ?? current?.tookPartInKoko1 ?? false,
        };
        if (!current) {
          await m.insert(Municipality, next);
          created++;
        } else if ((Object.keys(next) as Array<keyof typeof next>).some((k) => current[k] !== next[k])) {
          await m.update(Municipality, { id: current.id }, next);
          updated++;
        } else {
          unchanged++;
        }
      }
      return { ok: true, created, updated, unchanged, problems: [] };
    });
  }

  /** A fresh installation (and the demo) starts with the official NRW list. */
  async loadDefaultListIfEmpty(): Promise<void> {
    const { n } = await sqlOne<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM municipalities`);
    const path = defaultListPath();
    if (n > 0 || !path) return;
    const outcome = await this.import(readFileSync(path));
    this.logger.log(`Loaded the NRW municipality list: ${outcome.created} entries.`);
  }

  private async unknownKreise(m: EntityManager, rows: MunicipalityRow[]): Promise<RowProblem[]> {
    const inFile = new Set(rows.filter((r) => r.kind === MunicipalityKind.KREIS).map((r) => r.key));
    const referenced = [...new Set(rows.map((r) => r.kreisKey).filter((k): k is string => !!k && !inFile.has(k)))];
    const known = referenced.length
      ? await sqlRows<{ key: string }>(m, `SELECT key FROM municipalities WHERE kind = 'kreis' AND key = ANY($1)`, [referenced])
      : [];
    const knownKeys = new Set(known.map((k) => k.key));
    return rows.flatMap((r, i) =>
      r.kreisKey && !inFile.has(r.kreisKey) && !knownKeys.has(r.kreisKey)
        ? [{ line: i + 2, reason: `kreis_key: Kreis "${r.kreisKey}" ist unbekannt`, reasonEn: `kreis_key: Kreis "${r.kreisKey}" is unknown` }]
        : [],
    );
  }
}
