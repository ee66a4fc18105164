import { useMemo } from 'react';
import { type FoundPerson, PersonSearch } from '../../persons/components/PersonSearch';

export type PickedPerson = FoundPerson;

/** « Ajouter une personne » to an attendance sheet: the persons already on it cannot be added twice. */
export function SessionPersonPicker({
  onAdd,
  onSheet,
}: {
  onAdd: (person: PickedPerson) => void;
  onSheet: ReadonlySet<string>;
}) {
  const unavailable = useMemo(() => new Map([...onSheet].map((id) => [id, 'déjà sur la feuille'])), [onSheet]);
  return (
    <PersonSearch
      label="Ajouter une personne"
      action="Ajouter"
      actionAriaLabel={(name) => `Ajouter ${name} à la feuille`}
      onPick={onAdd}
      unavailable={unavailable}
    />
  );
}
