import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { partnerVisibleProposalSql } from '../../core/access/partner-visibility';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { PortalProposalRow } from './dto/proposal.types';
import { CARD_CERTIFICATION } from './trainee-card.repository';

/**
 * A proposal line as the portal reads it, visible to the organisation bound to `$1` only (the one visibility rule),
 * with the names it shows. The person's name leaves the database only as the display name's parts; the certification
 * is the card's (`CARD_CERTIFICATION`).
 */
const PORTAL_PROPOSAL_SELECT = `
  SELECT pr.id, pr.status, pr.proposed_at AS "proposedAt", pr.decided_at AS "decidedAt",
         pr.decline_reason AS "declineReason", pr.decision_comment AS "decisionComment", pr.version,
         pr.hiring_need_id AS "hiringNeedId", pr.structure_id AS "structureId", pr.person_id AS "personId",
         pr.share_full_name AS "shareFullName", pr.share_contact AS "shareContact", pr.message,
         pr.partner_organisation_id AS "partnerOrganisationId",
         s.name AS "structureName", p.first_name AS "firstName", p.last_name AS "lastName",
         c.title AS "certificationTitle"
    FROM proposal pr
    JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
    ${CARD_CERTIFICATION}
    JOIN structure s ON s.id = pr.structure_id
    LEFT JOIN certification c ON c.id = tc.certification_id
   WHERE ${partnerVisibleProposalSql('$1')}`;

/** A portal line as read: the person's name in its parts (the display name is built from them). */
export type PortalProposalRawRow = Omit<PortalProposalRow, 'traineeName'> & { firstName: string; lastName: string };

/** The SQL of the partner portal's proposals, always under the visibility rule (ADR 0011). */
@Injectable()
export class PortalProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the proposals visible to the organisation (in `statuses` unless null), newest first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null, 20, 0] })
  page(
    partnerOrganisationId: string,
    statuses: string[] | null,
    first: number,
    offset: number,
    tx: EntityManager = this.db.manager,
  ): Promise<PortalProposalRawRow[]> {
    return tx.query(
      `${PORTAL_PROPOSAL_SELECT} AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]))
           ORDER BY pr.proposed_at DESC, pr.id DESC LIMIT $3 OFFSET $4`,
      [partnerOrganisationId, statuses, first, offset],
    );
  }

  /** How many proposals are visible to the organisation (in `statuses` unless null). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, null] })
  async count(
    partnerOrganisationId: string,
    statuses: string[] | null,
    tx: EntityManager = this.db.manager,
  ): Promise<number> {
    const [{ total }] = (await tx.query(
      `SELECT count(*)::int AS total FROM proposal pr
            WHERE ${partnerVisibleProposalSql('$1')} AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]))`,
      [partnerOrganisationId, statuses],
    )) as { total: number }[];
    return total;
  }

  /** The proposal line if visible to the organisation (locked `FOR UPDATE` with `lock`); null otherwise. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, false], name: 'read' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, true], name: 'lock' })
  async visible(
    partnerOrganisationId: string,
    id: string,
    lock: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<PortalProposalRawRow | null> {
    const [raw] = (await tx.query(`${PORTAL_PROPOSAL_SELECT} AND pr.id = $2${lock ? ' FOR UPDATE OF pr' : ''}`, [
      partnerOrganisationId,
      id,
    ])) as PortalProposalRawRow[];
    return raw ?? null;
  }

  /** The person's name and the need's job title, for the counsellor's notification. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async personAndJob(
    structureId: string,
    personId: string,
    hiringNeedId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<{ firstName: string; lastName: string; jobTitle: string }> {
    const [person] = (await tx.query(
      `SELECT p.first_name AS "firstName", p.last_name AS "lastName", n.job_title AS "jobTitle"
           FROM person p, hiring_need n WHERE p.id = $1 AND p.structure_id = $2 AND n.id = $3`,
      [personId, structureId, hiringNeedId],
    )) as { firstName: string; lastName: string; jobTitle: string }[];
    return person;
  }
}
