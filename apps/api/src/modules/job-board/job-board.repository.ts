import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hasPermissions, Permission, Role } from '@tremplin/domain';
import { needVisibleToStructureSql } from '../../core/access/hiring-need-visibility';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { BoardSearch } from './job-board.common';

/** A line of the board, as read (no person, nothing of the owner structure but its name). */
export interface BoardOfferRow {
  id: string;
  sourceKind: string;
  jobTitle: string;
  town: string | null;
  postalCode: string | null;
  contractKind: string | null;
  description: string | null;
  ownerStructureId: string;
  ownerStructureName: string;
  sharedAt: Date;
}

/** A proposal of my structure to a network offer, as its counsellor lists it. */
export interface OwnProposalRow {
  id: string;
  personId: string;
  status: string;
  proposedAt: Date;
  version: number;
  jobTitle: string;
  ownerStructureName: string;
}

/** A proposal received by the offer's owner: what builds the card, never shown as such. */
export interface IncomingProposalRow {
  id: string;
  structureId: string;
  personId: string;
  shareFullName: boolean;
  shareContact: boolean;
  message: string | null;
  proposedAt: Date;
  jobTitle: string;
  partnerOrganisationId: string | null;
}

/**
 * The open shared offers of the structures in scope: `$1` is either the caller's structure (scope: the members of its
 * networks) or a network id (scope: that network's members). Filters `$2` text, `$3` place, `$4` contract kind.
 */
function boardSql(scope: 'structure' | 'network', select: string, tail: string): string {
  const members =
    scope === 'structure'
      ? `SELECT DISTINCT peer.structure_id FROM network_member me
           JOIN network_member peer ON peer.network_id = me.network_id WHERE me.structure_id = $1`
      : `SELECT structure_id FROM network_member WHERE network_id = $1`;
  return `
    SELECT ${select}
      FROM shared_offer so
      JOIN structure s ON s.id = so.structure_id AND s.active
      LEFT JOIN job_offer j ON j.id = so.job_offer_id AND j.structure_id = so.structure_id
      LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
      LEFT JOIN partner_site ps ON ps.id = n.site_id
     WHERE so.structure_id IN (${members})
       AND coalesce(j.status, n.status) = 'OPEN'
       AND ($2::text IS NULL OR coalesce(j.job_title, n.job_title) ILIKE $2 OR coalesce(j.description, n.requirements) ILIKE $2)
       AND ($3::text IS NULL OR coalesce(j.town, ps.city) ILIKE $3 OR coalesce(j.postal_code, ps.postal_code) LIKE $3)
       AND ($4::text IS NULL OR j.contract_kind = $4)
    ${tail}`;
}

const BOARD_COLUMNS = `so.id, so.source_kind AS "sourceKind", coalesce(j.job_title, n.job_title) AS "jobTitle",
       coalesce(j.town, ps.city) AS town, coalesce(j.postal_code, ps.postal_code) AS "postalCode",
       j.contract_kind AS "contractKind", coalesce(j.description, n.requirements) AS description,
       so.structure_id AS "ownerStructureId", s.name AS "ownerStructureName", so.shared_at AS "sharedAt"`;

/** `%text%` with LIKE's wildcards escaped; null for no filter. */
function contains(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

function filters(search: BoardSearch): (string | null)[] {
  return [contains(search.text), contains(search.place), search.contractKind ?? null];
}

const NO_FILTER = [null, null, null];

/** The roles that read the proposals an offer receives and their notifications (counsellors, direction). */
const OWNER_STAFF_ROLES = Object.values(Role).filter((r) =>
  hasPermissions(r, [Permission.PROPOSAL_WRITE, Permission.NOTIFICATION_READ]),
);

/** The SQL of the network job board (ADR 0011). */
@Injectable()
export class JobBoardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the board of the caller's networks, newest shared first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { text: 'x', place: null, contractKind: null }, 20, 0] })
  board(structureId: string, search: BoardSearch, first: number, offset: number): Promise<BoardOfferRow[]> {
    return this.db.query(
      boardSql('structure', BOARD_COLUMNS, 'ORDER BY so.shared_at DESC, so.id DESC LIMIT $5 OFFSET $6'),
      [structureId, ...filters(search), first, offset],
    );
  }

  /** How many offers the same search finds. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, { text: 'x', place: null, contractKind: null }] })
  async boardCount(structureId: string, search: BoardSearch): Promise<number> {
    const [{ total }] = (await this.db.query(boardSql('structure', 'count(*)::int AS total', ''), [
      structureId,
      ...filters(search),
    ])) as { total: number }[];
    return total;
  }

  /** Every open offer of a network, for its outside feed (newest shared first). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  feed(networkId: string): Promise<BoardOfferRow[]> {
    return this.db.query(boardSql('network', BOARD_COLUMNS, 'ORDER BY so.shared_at DESC, so.id DESC'), [
      networkId,
      ...NO_FILTER,
    ]);
  }

  /** The offer `id` if it is on the caller's board (open, in one of its networks); null otherwise. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async boardOffer(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<(BoardOfferRow & { partnerOrganisationId: string | null }) | null> {
    const [row] = (await tx.query(
      boardSql('structure', `${BOARD_COLUMNS}, n.partner_organisation_id AS "partnerOrganisationId"`, 'AND so.id = $5'),
      [structureId, ...NO_FILTER, id],
    )) as (BoardOfferRow & { partnerOrganisationId: string | null })[];
    return row ?? null;
  }

  /** The feed token's hash of a network; undefined for an unknown network. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async feedTokenHash(networkId: string): Promise<string | null | undefined> {
    const [row] = (await this.db.query(`SELECT feed_token_hash AS hash FROM network WHERE id = $1`, [networkId])) as {
      hash: string | null;
    }[];
    return row ? row.hash : undefined;
  }

  /** Whether the structure reaches the hiring need (visibility rule, and a partnership with its landlord). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async reachesNeed(structureId: string, hiringNeedId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM hiring_need n
         JOIN partnership pa ON pa.partner_organisation_id = n.partner_organisation_id AND pa.structure_id = $1
        WHERE n.id = $2 AND ${needVisibleToStructureSql('$1')}`,
      [structureId, hiringNeedId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Shares a source (ignored if already shared). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'JOB_OFFER', SNAPSHOT_UUID, null, SNAPSHOT_UUID] })
  async share(
    structureId: string,
    sourceKind: string,
    jobOfferId: string | null,
    hiringNeedId: string | null,
    userId: string,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO shared_offer (structure_id, source_kind, job_offer_id, hiring_need_id, shared_by_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [structureId, sourceKind, jobOfferId, hiringNeedId, userId],
    );
  }

  /** Stops sharing a source of the structure (its proposals go with it). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, null] })
  async unshare(structureId: string, jobOfferId: string | null, hiringNeedId: string | null): Promise<void> {
    await this.db.query(
      `DELETE FROM shared_offer WHERE structure_id = $1
          AND (job_offer_id = $2 OR hiring_need_id = $3)`,
      [structureId, jobOfferId, hiringNeedId],
    );
  }

  /** Which of the sources are shared by the structure (batched: one statement for a whole list). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async sharedSources(structureId: string, sourceIds: readonly string[]): Promise<Set<string>> {
    const rows = (await this.db.query(
      `SELECT coalesce(job_offer_id, hiring_need_id) AS id FROM shared_offer
        WHERE structure_id = $1 AND coalesce(job_offer_id, hiring_need_id) = ANY($2::uuid[])`,
      [structureId, sourceIds],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** My structure's proposals to network offers: of a person (`$2`), or one (`$3`); newest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, null] })
  ownProposals(structureId: string, personId: string | null, id: string | null): Promise<OwnProposalRow[]> {
    return this.db.query(
      `SELECT bp.id, bp.person_id AS "personId", bp.status, bp.proposed_at AS "proposedAt", bp.version,
              coalesce(j.job_title, n.job_title) AS "jobTitle", s.name AS "ownerStructureName"
         FROM board_proposal bp
         JOIN shared_offer so ON so.id = bp.shared_offer_id AND so.structure_id = bp.owner_structure_id
         JOIN structure s ON s.id = bp.owner_structure_id
         LEFT JOIN job_offer j ON j.id = so.job_offer_id
         LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
        WHERE bp.structure_id = $1 AND ($2::uuid IS NULL OR bp.person_id = $2) AND ($3::uuid IS NULL OR bp.id = $3)
        ORDER BY bp.proposed_at DESC, bp.id DESC`,
      [structureId, personId, id],
    );
  }

  /** A page of the live proposals made to the structure's shared offers, newest first, with their count. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 20, 0] })
  incoming(ownerStructureId: string, first: number, offset: number): Promise<IncomingProposalRow[]> {
    return this.db.query(
      `SELECT bp.id, bp.structure_id AS "structureId", bp.person_id AS "personId",
              bp.share_full_name AS "shareFullName", bp.share_contact AS "shareContact", bp.message,
              bp.proposed_at AS "proposedAt", coalesce(j.job_title, n.job_title) AS "jobTitle",
              n.partner_organisation_id AS "partnerOrganisationId"
         FROM board_proposal bp
         JOIN shared_offer so ON so.id = bp.shared_offer_id AND so.structure_id = bp.owner_structure_id
         LEFT JOIN job_offer j ON j.id = so.job_offer_id
         LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
        WHERE bp.owner_structure_id = $1 AND bp.status = 'PROPOSED'
        ORDER BY bp.proposed_at DESC, bp.id DESC LIMIT $2 OFFSET $3`,
      [ownerStructureId, first, offset],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async incomingCount(ownerStructureId: string): Promise<number> {
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM board_proposal WHERE owner_structure_id = $1 AND status = 'PROPOSED'`,
      [ownerStructureId],
    )) as { total: number }[];
    return total;
  }

  /** The structures of each network (batched), by name. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  membersOf(networkIds: readonly string[]): Promise<{ networkId: string; id: string; name: string }[]> {
    return this.db.query(
      `SELECT m.network_id AS "networkId", s.id, s.name FROM network_member m JOIN structure s ON s.id = m.structure_id
        WHERE m.network_id = ANY($1::uuid[]) ORDER BY s.name, s.id`,
      [networkIds],
    );
  }

  /** Replaces the members of a network. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async setMembers(
    networkId: string,
    structureIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(`DELETE FROM network_member WHERE network_id = $1 AND NOT (structure_id = ANY($2::uuid[]))`, [
      networkId,
      structureIds,
    ]);
    await tx.query(
      `INSERT INTO network_member (network_id, structure_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [networkId, structureIds],
    );
  }

  /** How many of the ids are structures. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async countStructures(ids: readonly string[]): Promise<number> {
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM structure WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { total: number }[];
    return total;
  }

  /**
   * Who hears of a proposal to an offer the structure shared: its active staff who read the received proposals
   * (counsellors and direction), and the name of the structure that proposes (all the owner sees of it, as on the card).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async proposalAudience(
    ownerStructureId: string,
    proposerStructureId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ recipientIds: string[]; proposerName: string }> {
    const [row] = (await tx.query(
      `SELECT (SELECT name FROM structure WHERE id = $2) AS "proposerName",
              coalesce((SELECT array_agg(u.id ORDER BY u.id) FROM app_user u
                         WHERE u.structure_id = $1 AND u.active AND u.role::text = ANY($3::text[])), '{}') AS "recipientIds"`,
      [ownerStructureId, proposerStructureId, OWNER_STAFF_ROLES],
    )) as { proposerName: string | null; recipientIds: string[] }[];
    return { recipientIds: row?.recipientIds ?? [], proposerName: row?.proposerName ?? '' };
  }
}
