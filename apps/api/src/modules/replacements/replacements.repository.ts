import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { ReplacementOfferEntity, ReplacementRequestEntity } from './replacement.entities';

/** The site of a request, as the ranking and the offer read it. */
export interface SiteRow {
  id: string;
  name: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** An offer found by its token's hash, with what the public page shows (no other person's data). */
export interface OfferByToken {
  offerId: string;
  structureId: string;
  personId: string;
  requestId: string;
  status: string;
  expiresAt: Date;
  answeredAt: Date | null;
  firstName: string;
  jobLabel: string;
  startsAt: Date;
  endsAt: Date;
  minutes: number;
  siteCity: string | null;
  organisationName: string;
  requestStatus: string;
  createdById: string | null;
}

const REQUEST_COLUMNS = `r.*`;

/** The SQL of urgent replacements: requests, offers, the figures. */
@Injectable()
export class ReplacementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the structure has a live partnership with the organisation (not ended before today). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async hasPartnership(
    structureId: string,
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM partnership WHERE structure_id = $1 AND partner_organisation_id = $2
          AND (ended_on IS NULL OR ended_on >= current_date)`,
      [structureId, partnerOrganisationId],
    );
    return rows.length > 0;
  }

  /** The structures the organisation has a live partnership with, by name: where a replacement can be asked. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  partnerStructures(
    partnerOrganisationId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; name: string }[]> {
    return tx.query(
      `SELECT s.id, s.name FROM partnership p JOIN structure s ON s.id = p.structure_id
        WHERE p.partner_organisation_id = $1 AND (p.ended_on IS NULL OR p.ended_on >= current_date)
        ORDER BY s.name, s.id`,
      [partnerOrganisationId],
    );
  }

  /** A site of the organisation, null otherwise. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async site(
    partnerOrganisationId: string,
    siteId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<SiteRow | null> {
    const [row]: SiteRow[] = await tx.query(
      `SELECT id, name, city, latitude, longitude FROM partner_site WHERE partner_organisation_id = $1 AND id = $2`,
      [partnerOrganisationId, siteId],
    );
    return row ?? null;
  }

  /** The certification blocks named, with their codes and titles, by code (unknown ids are left out). */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  blocks(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; code: string; title: string }[]> {
    return tx.query(`SELECT id, code, title FROM certification_block WHERE id = ANY($1::uuid[]) ORDER BY code, id`, [
      ids,
    ]);
  }

  /** The structure's active counsellors and directors: who hears of a new request. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async staffOf(structureId: string, tx: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM app_user WHERE structure_id = $1 AND active AND role::text = ANY($2::text[]) ORDER BY id`,
      [structureId, [Role.COUNSELLOR, Role.DIRECTOR]],
    );
    return rows.map((r) => r.id);
  }

  insertRequest(values: Partial<ReplacementRequestEntity>, tx: EntityManager): Promise<ReplacementRequestEntity> {
    const repo = tx.getRepository(ReplacementRequestEntity);
    return repo.save(repo.create(values));
  }

  /**
   * A request as seen by its structure (`structureId`) or its organisation (`partnerOrganisationId`); locked
   * `FOR UPDATE` with `lock` (the first accept wins: concurrent accepts wait here, then read it FILLED).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null, SNAPSHOT_UUID, false], name: 'read' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null, SNAPSHOT_UUID, true], name: 'lock' })
  async request(
    structureId: string | null,
    partnerOrganisationId: string | null,
    id: string,
    lock: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<ReplacementRequestEntity | null> {
    const [row]: Record<string, unknown>[] = await tx.query(
      `SELECT ${REQUEST_COLUMNS} FROM replacement_request r
        WHERE r.id = $3 AND ($1::uuid IS NULL OR r.structure_id = $1) AND ($2::uuid IS NULL OR r.partner_organisation_id = $2)
          AND ($1::uuid IS NOT NULL OR $2::uuid IS NOT NULL)${lock ? ' FOR UPDATE' : ''}`,
      [structureId, partnerOrganisationId, id],
    );
    return row ? tx.getRepository(ReplacementRequestEntity).create(toEntity(row)) : null;
  }

  /** The requests of a structure or of an organisation, the next slot first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null] })
  async list(
    structureId: string | null,
    partnerOrganisationId: string | null,
    tx: EntityManager = this.db.manager,
  ): Promise<ReplacementRequestEntity[]> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${REQUEST_COLUMNS} FROM replacement_request r
        WHERE ($1::uuid IS NULL OR r.structure_id = $1) AND ($2::uuid IS NULL OR r.partner_organisation_id = $2)
          AND ($1::uuid IS NOT NULL OR $2::uuid IS NOT NULL)
        ORDER BY r.starts_at DESC, r.id LIMIT 200`,
      [structureId, partnerOrganisationId],
    );
    const repo = tx.getRepository(ReplacementRequestEntity);
    return rows.map((r) => repo.create(toEntity(r)));
  }

  /**
   * Requests of every structure left unfilled at their answer-by time (the escalation job's read; the partial index
   * `IDX_replacement_request_due` keeps it to the open ones), the oldest first.
   */
  @SqlSnapshot({ params: [200] })
  async due(limit: number, tx: EntityManager = this.db.manager): Promise<ReplacementRequestEntity[]> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT * FROM replacement_request
        WHERE status IN ('OPEN','OFFERED') AND answer_by <= now()
        ORDER BY answer_by, id LIMIT $1`,
      [limit],
    );
    const repo = tx.getRepository(ReplacementRequestEntity);
    return rows.map((r) => repo.create(toEntity(r)));
  }

  /** Marks requests whose answer-by time passed unfilled as ESCALATED; returns those it changed. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async escalateDue(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<ReplacementRequestEntity[]> {
    const [rows]: [Record<string, unknown>[], number] = await tx.query(
      `UPDATE replacement_request SET status = 'ESCALATED', escalated_at = now(), version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status IN ('OPEN','OFFERED') AND answer_by <= now()
        RETURNING *`,
      [ids],
    );
    const repo = tx.getRepository(ReplacementRequestEntity);
    return rows.map((r) => repo.create(toEntity(r)));
  }

  /** Sets the request's status (and its mission when filled). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'FILLED', SNAPSHOT_UUID] })
  async setStatus(id: string, status: string, missionId: string | null, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE replacement_request SET status = $2::varchar, mission_id = coalesce($3::uuid, mission_id),
              filled_at = CASE WHEN $2::varchar = 'FILLED' THEN now() ELSE filled_at END,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, status, missionId],
    );
  }

  /** Persons of the structure among `ids`, with their e-mail and first name (for the offer's e-mail). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  personsOf(
    structureId: string,
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; firstName: string; lastName: string; email: string | null }[]> {
    return tx.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", email FROM person
        WHERE structure_id = $1 AND id = ANY($2::uuid[])`,
      [structureId, ids],
    );
  }

  insertOffers(values: Partial<ReplacementOfferEntity>[], tx: EntityManager): Promise<ReplacementOfferEntity[]> {
    const repo = tx.getRepository(ReplacementOfferEntity);
    return repo.save(values.map((v) => repo.create(v)));
  }

  /** The offers of requests, oldest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  offersOf(
    structureId: string,
    requestIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; requestId: string; personId: string; status: string; answeredAt: Date | null }[]> {
    return tx.query(
      `SELECT id, request_id AS "requestId", person_id AS "personId", status, answered_at AS "answeredAt"
         FROM replacement_offer WHERE structure_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY created_at, id`,
      [structureId, requestIds],
    );
  }

  /** The offer of a token's hash, with its request's public facts; locked `FOR UPDATE` with `lock`. */
  @SqlSnapshot({ params: ['0'.repeat(64), false] })
  async offerByToken(
    tokenHash: string,
    lock: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<OfferByToken | null> {
    const [row]: OfferByToken[] = await tx.query(
      `SELECT o.id AS "offerId", o.structure_id AS "structureId", o.person_id AS "personId", o.request_id AS "requestId",
              o.status, o.expires_at AS "expiresAt", o.answered_at AS "answeredAt", p.first_name AS "firstName",
              r.job_label AS "jobLabel", r.starts_at AS "startsAt", r.ends_at AS "endsAt", r.minutes,
              s.city AS "siteCity", po.name AS "organisationName", r.status AS "requestStatus",
              o.created_by_id AS "createdById"
         FROM replacement_offer o
         JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
         JOIN replacement_request r ON r.id = o.request_id AND r.structure_id = o.structure_id
         JOIN partner_site s ON s.id = r.site_id
         JOIN partner_organisation po ON po.id = r.partner_organisation_id
        WHERE o.token_hash = $1${lock ? ' FOR UPDATE OF o' : ''}`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Records the answer of one offer (the link is used). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'ACCEPTED'] })
  async answer(offerId: string, status: string, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE replacement_offer SET status = $2, answered_at = now(), updated_at = now() WHERE id = $1`, [
      offerId,
      status,
    ]);
  }

  /** The other offers still waiting on a filled request: the place is taken. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async markOthersTaken(requestId: string, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE replacement_offer SET status = 'TAKEN', updated_at = now() WHERE request_id = $1 AND status = 'SENT'`,
      [requestId],
    );
  }

  /**
   * The year's figures of a structure in one statement: requests, filled, median time to fill (minutes from the
   * request to the accept), and per employer requests and filled.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 2026] })
  async stats(
    structureId: string,
    year: number,
    tx: EntityManager = this.db.manager,
  ): Promise<
    {
      partnerOrganisationId: string | null;
      name: string | null;
      requests: number;
      filled: number;
      medianMinutes: number | null;
    }[]
  > {
    return tx.query(
      `SELECT r.partner_organisation_id AS "partnerOrganisationId", min(po.name) AS name,
              count(*)::int AS requests, count(*) FILTER (WHERE r.status = 'FILLED')::int AS filled,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.filled_at - r.created_at) / 60)
                    FILTER (WHERE r.status = 'FILLED'))::int AS "medianMinutes"
         FROM replacement_request r JOIN partner_organisation po ON po.id = r.partner_organisation_id
        WHERE r.structure_id = $1 AND r.status <> 'CANCELLED'
          AND r.starts_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Europe/Paris')
          AND r.starts_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
        GROUP BY GROUPING SETS ((r.partner_organisation_id), ())
        ORDER BY r.partner_organisation_id NULLS FIRST`,
      [structureId, year],
    );
  }
}

/** A raw row (snake_case) as the entity's properties. */
function toEntity(row: Record<string, unknown>): Partial<ReplacementRequestEntity> {
  const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])) as Partial<ReplacementRequestEntity>;
}
