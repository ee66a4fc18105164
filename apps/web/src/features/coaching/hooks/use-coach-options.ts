import { useQuery } from '@apollo/client/react';
import { CoachingCoachesDocument } from '../graphql/coaching.generated';

/** The structure's counsellors and director, as options of a coach picker (sorted by name). */
export function useCoachOptions(skip = false): { value: string; label: string }[] {
  const { data } = useQuery(CoachingCoachesDocument, { skip });
  return (data?.counsellors ?? [])
    .map((c) => ({ value: c.id, label: c.fullName }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
