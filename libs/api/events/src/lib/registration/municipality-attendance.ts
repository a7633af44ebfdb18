import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { ShortFormatState } from '../short-format.entity';

@ObjectType({ description: 'A short format as seen from one Kommune: how many of its people took a place and how many attended.' })
export class MunicipalityShortFormat {
  @Field(() => ID) shortFormatId!: string;
  @Field() title!: string;
  @Field() startsAt!: Date;
  @Field(() => ShortFormatState) state!: ShortFormatState;
  @Field(() => Int, { description: 'Registrations from the Kommune holding a place (confirmed or offered), checked-in ones included.' }) registered!: number;
  @Field(() => Int, { description: 'Of them, checked in.' }) attended!: number;
}

/** How many people of a Kommune took part in short formats: the read other domains (the Kommune page) use. */
@Injectable()
export class MunicipalityAttendance {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published, held and cancelled short formats with registrations from the Kommune, newest first, in one statement. */
  async of(municipalityId: string, limit = 50): Promise<MunicipalityShortFormat[]> {
    const rows = await sqlRows<{ id: string; title: string; starts_at: Date; state: ShortFormatState; registered: number; attended: number }>(
      this.db,
      `SELECT s.id, s.title, s.starts_at, s.state,
              count(*) FILTER (WHERE r.state IN ('confirmed', 'offered') OR r.checked_in_at IS NOT NULL)::int AS registered,
              count(r.checked_in_at)::int AS attended
         FROM short_format_registrations r JOIN short_formats s ON s.id = r.short_format_id
        WHERE r.municipality_id = $1 AND s.state <> 'draft'
        GROUP BY s.id
       HAVING count(*) FILTER (WHERE r.state IN ('confirmed', 'offered') OR r.checked_in_at IS NOT NULL) > 0
        ORDER BY s.starts_at DESC, s.id
        LIMIT $2`,
      [municipalityId, limit],
    );
    return rows.map((r) => ({ shortFormatId: r.id, title: r.title, startsAt: r.starts_at, state: r.state, registered: r.registered, attended: r.attended }));
  }
}
