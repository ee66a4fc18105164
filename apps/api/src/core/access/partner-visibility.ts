import type { DataSource, EntityManager } from 'typeorm';
import { PARTNER_VISIBLE_PROPOSAL_STATUSES } from '@tremplin/domain';

/**
 * The ONE rule saying what a partner organisation reaches (issue 5, CNIL): a person only through a proposal made to
 * that organisation, not withdrawn, whose consent stands. Every partner read goes through this predicate.
 */

const VISIBLE_STATUSES_SQL = PARTNER_VISIBLE_PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',');

/**
 * SQL predicate on a proposal row aliased `pr`, for joins and WHERE clauses. The partner organisation's id is a
 * placeholder the caller binds: replace `:partner` with its parameter (e.g. `$1`) through `partnerVisibleProposalSql`.
 *
 *   JOIN proposal pr ON pr.person_id = m.person_id AND ${partnerVisibleProposalSql('$1')}
 */
export const PARTNER_VISIBLE_PROPOSAL_SQL =
  `(pr.partner_organisation_id = :partner AND pr.status IN (${VISIBLE_STATUSES_SQL}) ` +
  `AND pr.consent_withdrawn_at IS NULL)`;

/** `PARTNER_VISIBLE_PROPOSAL_SQL` with the partner organisation bound to `param` (`$1`, `$2`…); alias `pr`. */
export function partnerVisibleProposalSql(param: string, alias = 'pr'): string {
  return PARTNER_VISIBLE_PROPOSAL_SQL.replace(':partner', `${param}::uuid`).replace(/\bpr\./g, `${alias}.`);
}

/** The ids among `personIds` that the partner organisation reaches through a visible proposal (one statement). */
export async function visibleProposalPersonIds(
  db: EntityManager | DataSource,
  partnerOrganisationId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows: { personId: string }[] = await db.query(
    `SELECT DISTINCT pr.person_id AS "personId" FROM proposal pr
      WHERE pr.person_id = ANY($2::uuid[]) AND ${partnerVisibleProposalSql('$1')}`,
    [partnerOrganisationId, [...personIds]],
  );
  return new Set(rows.map((r) => r.personId));
}

/** The ids among `proposalIds` that the partner organisation may open (one statement). */
export async function visibleProposalIds(
  db: EntityManager | DataSource,
  partnerOrganisationId: string,
  proposalIds: readonly string[],
): Promise<Set<string>> {
  if (proposalIds.length === 0) return new Set();
  const rows: { id: string }[] = await db.query(
    `SELECT pr.id FROM proposal pr WHERE pr.id = ANY($2::uuid[]) AND ${partnerVisibleProposalSql('$1')}`,
    [partnerOrganisationId, [...proposalIds]],
  );
  return new Set(rows.map((r) => r.id));
}
