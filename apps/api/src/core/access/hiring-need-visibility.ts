/**
 * The ONE rule saying which hiring needs a structure reaches (issue 14, point 12): those the landlord entered, those
 * the structure entered itself, and those another structure entered that the landlord shared with its partners.
 * (Needs are reached only at landlords the structure has a partnership with: the callers join `partnership`.)
 * A need outside the rule reads as an unknown one (NOT_FOUND), never as « entered by someone else ».
 */

/** SQL predicate on a `hiring_need` row aliased `alias` (its SQL is in access.repository.ts). */
export { needVisibleToStructureSql } from './access.repository';

/** The same rule on a loaded need. */
export function isNeedVisibleToStructure(
  need: { createdByStructureId: string | null; sharedWithPartners: boolean },
  structureId: string,
): boolean {
  return need.createdByStructureId === null || need.createdByStructureId === structureId || need.sharedWithPartners;
}
