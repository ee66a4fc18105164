import { StructureKind } from '@tremplin/domain';
import { useCurrentUser } from '../../../app/auth';

/** The signed-in user's structure kind (the eligibility and PASS IAE rules depend on it). */
export function useStructureKind(): StructureKind {
  const user = useCurrentUser();
  return (user.structure?.kind as StructureKind | undefined) ?? StructureKind.OTHER;
}
