/** What every tab of the person file receives. Tabs load their own data (one query each) and refetch active queries after a write. */
export interface PersonTabProps {
  personId: string;
  /** Whether the signed-in user may record (PATHWAY_WRITE). */
  canWrite: boolean;
}
