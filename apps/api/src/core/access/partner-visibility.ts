import type { DataSource, EntityManager } from 'typeorm';
import { accessRepositoryOf, managerOf } from './access.repository';

/**
 * The ONE rule saying what a partner organisation reaches (issue 5, CNIL): a person only through a proposal made to
 * that organisation, not withdrawn, whose consent stands. Every partner read goes through this predicate, whose SQL is
 * in access.repository.ts (`partnerVisibleProposalSql`).
 */
export { PARTNER_VISIBLE_PROPOSAL_SQL, partnerVisibleProposalSql } from './access.repository';

/** The ids among `personIds` that the partner organisation reaches through a visible proposal (one statement). */
export function visibleProposalPersonIds(
  db: EntityManager | DataSource,
  partnerOrganisationId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  return accessRepositoryOf(db).visibleProposalPersonIds(partnerOrganisationId, personIds, managerOf(db));
}

/** The ids among `proposalIds` that the partner organisation may open (one statement). */
export function visibleProposalIds(
  db: EntityManager | DataSource,
  partnerOrganisationId: string,
  proposalIds: readonly string[],
): Promise<Set<string>> {
  return accessRepositoryOf(db).visibleProposalIds(partnerOrganisationId, proposalIds, managerOf(db));
}
