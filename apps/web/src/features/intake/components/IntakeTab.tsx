import { useQuery } from '@apollo/client/react';
import { Divider, Skeleton, Stack } from '@mantine/core';
import type { PersonTabProps } from '../../pathway/person-tab';
import { ConsentSection } from './ConsentSection';
import { EligibilitySection } from './EligibilitySection';
import { PersonIntakeDocument } from '../graphql/intake.generated';
import { useStructureKind } from '../hooks/useStructureKind';
import { PassIaeSection } from './PassIaeSection';
import { ReferralSection } from './ReferralSection';

/**
 * Tab « Orientation et éligibilité »: information and consent, the referral, the eligibility diagnoses (with a live
 * check of the criteria against the structure's kind) and the PASS IAE with its suspensions and prolongations.
 */
export function IntakeTab({ personId, canWrite }: PersonTabProps) {
  const { data } = useQuery(PersonIntakeDocument, { variables: { id: personId } });
  const structureKind = useStructureKind();
  const person = data?.person;
  if (!person)
    return <Skeleton height={400} role="status" aria-label="Chargement de l’orientation et de l’éligibilité" />;

  return (
    <Stack gap="lg">
      <ConsentSection person={person} canWrite={canWrite} />
      <Divider />
      <ReferralSection person={person} canWrite={canWrite} />
      <Divider />
      <EligibilitySection person={person} canWrite={canWrite} structureKind={structureKind} />
      <Divider />
      <PassIaeSection person={person} canWrite={canWrite} structureKind={structureKind} />
    </Stack>
  );
}
