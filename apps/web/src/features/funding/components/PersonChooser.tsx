import { Button, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { type FoundPerson, PersonSearch, personName } from '../../persons/components/PersonSearch';

export type ChosenPerson = FoundPerson;
export { personName };

/**
 * One person of the structure, found by name (as the attendance sheet's picker does): Enter chooses the only match or
 * moves to the first « Choisir » button; Escape clears the search. Once chosen, the name and « Changer ».
 */
export function PersonChooser({
  label,
  description,
  chosen,
  onChoose,
  exclude,
  error,
  inputId,
}: {
  label: string;
  description?: string;
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
  /** Persons that cannot be chosen again (already enrolled), with the reason shown instead of the button. */
  exclude?: ReadonlyMap<string, string>;
  error?: string | null;
  inputId?: string;
}) {
  const id = useId();
  if (chosen)
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`${id}-label`}>
          {label}
        </Text>
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {personName(chosen)}
          </Text>
          <Button
            id={inputId}
            variant="subtle"
            size="compact-sm"
            onClick={() => onChoose(null)}
            aria-label={`Changer de personne (${personName(chosen)} choisie)`}
          >
            Changer
          </Button>
        </Group>
      </Stack>
    );
  return (
    <PersonSearch
      label={label}
      description={description}
      action="Choisir"
      actionAriaLabel={(name) => `Choisir ${name}`}
      onPick={onChoose}
      unavailable={exclude}
      error={error}
      inputId={inputId}
    />
  );
}
