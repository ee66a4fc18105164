/**
 * The ONE rule saying which hiring needs a structure reaches (issue 14, point 12): those the landlord entered, those
 * the structure entered itself, and those another structure entered that the landlord shared with its partners.
 * (Needs are reached only at landlords the structure has a partnership with: the callers join `partnership`.)
 * A need outside the rule reads as an unknown one (NOT_FOUND), never as « entered by someone else ».
 */

/** SQL predicate on a `hiring_need` row aliased `alias`; `structureParam` is the caller's structure (`$1`…). */
export function needVisibleToStructureSql(structureParam: string, alias = 'n'): string {
  return (
    `(${alias}.created_by_structure_id IS NULL OR ${alias}.created_by_structure_id = ${structureParam}::uuid ` +
    `OR ${alias}.shared_with_partners)`
  );
}

/** The same rule on a loaded need. */
export function isNeedVisibleToStructure(
  need: { createdByStructureId: string | null; sharedWithPartners: boolean },
  structureId: string,
): boolean {
  return need.createdByStructureId === null || need.createdByStructureId === structureId || need.sharedWithPartners;
}
