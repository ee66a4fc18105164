import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { CandidateFacts, CandidateMission } from './ranking';

type PersonRow = Pick<CandidateFacts, 'personId' | 'firstName' | 'lastName' | 'latitude' | 'longitude'>;

/**
 * Every fact the ranking reads about a structure's candidates, in six statements whatever their number (issue 18,
 * point 3): the eligible persons, then their levels, clearances, weekly availability, absences and missions, each in
 * one statement over all of them (`= ANY($2)`).
 */
@Injectable()
export class ReplacementCandidatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({
    params: [SNAPSHOT_UUID, '2026-01-01', [SNAPSHOT_UUID], [SNAPSHOT_UUID], [], '2026-01-01', '2026-01-02'],
  })
  async facts(
    structureId: string,
    windowStart: string,
    blockIds: readonly string[],
    onlyPersonIds: readonly string[] | null,
    clearances: readonly string[],
    firstDay: string,
    lastDay: string,
    tx: EntityManager = this.db.manager,
  ): Promise<CandidateFacts[]> {
    // Persons in pathway (not exited) of the structure.
    const persons: PersonRow[] = await tx.query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.latitude, p.longitude
         FROM person p
        WHERE p.structure_id = $1 AND p.stage <> 'EXITED' AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
        ORDER BY p.sort_key, p.id`,
      [structureId, onlyPersonIds],
    );
    const ids = persons.map((p) => p.personId);
    // One after the other: on a transaction's single connection, statements queue anyway.
    // The latest evaluation of each required block (by date, then the one entered last).
    const levels: { personId: string; blockId: string; level: string }[] = await tx.query(
      `SELECT DISTINCT ON (e.person_id, e.block_id) e.person_id AS "personId", e.block_id AS "blockId", e.level
           FROM skills_evaluation e
          WHERE e.structure_id = $1 AND e.person_id = ANY($2::uuid[]) AND e.block_id = ANY($3::uuid[])
          ORDER BY e.person_id, e.block_id, e.evaluated_on DESC, e.created_at DESC`,
      [structureId, ids, blockIds],
    );
    const held: { personId: string; code: string; expiresOn: string | null }[] = await tx.query(
      `SELECT c.person_id AS "personId", c.code, to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn"
           FROM person_clearance c
          WHERE c.structure_id = $1 AND c.person_id = ANY($2::uuid[]) AND c.code = ANY($3::text[])`,
      [structureId, ids, clearances],
    );
    const availability: { personId: string; weekday: number; startMinute: number; endMinute: number }[] =
      await tx.query(
        `SELECT a.person_id AS "personId", a.weekday, a.start_minute AS "startMinute", a.end_minute AS "endMinute"
           FROM person_availability a WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[])`,
        [structureId, ids],
      );
    const absences: { personId: string; startsOn: string; endsOn: string }[] = await tx.query(
      `SELECT u.person_id AS "personId", to_char(u.starts_on, 'YYYY-MM-DD') AS "startsOn",
                to_char(u.ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM person_unavailability u
          WHERE u.structure_id = $1 AND u.person_id = ANY($2::uuid[]) AND u.starts_on <= $4 AND u.ends_on >= $3`,
      [structureId, ids, firstDay, lastDay],
    );
    // Missions from the start of the 24-month cap window: the cap, the week, overlaps and the site's history.
    const missions: (CandidateMission & { personId: string })[] = await tx.query(
      `SELECT m.person_id AS "personId", m.host_organisation_id AS "hostOrganisationId", m.site,
                to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate",
                m.minutes, m.kind, m.tutor_feedback AS "tutorFeedback", m.hours_status AS "hoursStatus"
           FROM mission m
          WHERE m.structure_id = $1 AND m.person_id = ANY($2::uuid[]) AND m.end_date >= $3
          ORDER BY m.start_date`,
      [structureId, ids, windowStart],
    );
    const group = <R extends { personId: string }>(rows: R[]) => {
      const map = new Map<string, R[]>();
      for (const r of rows) {
        const list = map.get(r.personId);
        if (list) list.push(r);
        else map.set(r.personId, [r]);
      }
      return (id: string) => map.get(id) ?? [];
    };
    const [lv, cl, av, ab, mi] = [group(levels), group(held), group(availability), group(absences), group(missions)];
    return persons.map((p) => ({
      ...p,
      latitude: p.latitude === null ? null : Number(p.latitude),
      longitude: p.longitude === null ? null : Number(p.longitude),
      levels: lv(p.personId),
      clearances: cl(p.personId),
      availability: av(p.personId),
      absences: ab(p.personId),
      missions: mi(p.personId),
    }));
  }
}
