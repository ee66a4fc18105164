import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel } from '@tremplin/domain';
import { type KeyboardEvent, useId, useState } from 'react';
import { AttendancePersonSearchDocument } from './sessions.documents';

export interface PickedPerson {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * « Ajouter une personne » to an attendance sheet: a search by name in the structure's persons. Enter adds the only
 * match (or moves to the first « Ajouter » button when there are several); Escape clears the search.
 */
export function SessionPersonPicker({
  onAdd,
  onSheet,
}: {
  onAdd: (person: PickedPerson) => void;
  onSheet: ReadonlySet<string>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading } = useQuery(AttendancePersonSearchDocument, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const page = debounced.length < 2 ? undefined : (data ?? previousData)?.persons;
  const results = page?.edges.map((e) => e.node) ?? [];
  const addable = results.filter((p) => !onSheet.has(p.id));
  const upToDate = !loading && debounced === text.trim() && Boolean(data);

  const add = (p: PickedPerson) => {
    onAdd(p);
    setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      setText('');
      return;
    }
    if (e.key !== 'Enter') return;
    // Enter here never saves the sheet: it adds the only match, or goes to the list of matches.
    e.preventDefault();
    if (!upToDate) return;
    if (addable.length === 1) add(addable[0]);
    else if (addable.length > 1) document.getElementById(`${id}-add-${addable[0].id}`)?.focus();
  };

  return (
    <Stack gap="xs">
      <TextInput
        id={`${id}-search`}
        label="Ajouter une personne"
        description="Tapez au moins deux lettres du nom ou du prénom, puis Entrée."
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        maw={420}
      />
      <Text size="xs" c="dimmed" aria-live="polite" aria-atomic="true">
        {text.trim().length < 2
          ? ''
          : !page
            ? 'Recherche…'
            : page.totalCount === 0
              ? `Aucune personne ne s’appelle « ${debounced} » dans votre structure.`
              : `${countLabel(page.totalCount, 'personne trouvée', 'personnes trouvées')}${page.totalCount > results.length ? ` : les ${results.length} premières, précisez le nom` : ''}.`}
      </Text>
      {results.length ? (
        <Paper withBorder p={4} maw={560}>
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Personnes trouvées">
            {results.map((p) => {
              const name = `${p.lastName.toUpperCase()} ${p.firstName}`;
              const already = onSheet.has(p.id);
              return (
                <Group key={p.id} component="li" justify="space-between" wrap="nowrap" gap="xs" px={6} py={2}>
                  <Text size="sm">
                    <strong>{name}</strong>
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {p.counsellor ? `suivi·e par ${p.counsellor.fullName}` : 'sans référent·e'}
                    </Text>
                  </Text>
                  {already ? (
                    <Text size="xs" c="dimmed">
                      déjà sur la feuille
                    </Text>
                  ) : (
                    <Button
                      id={`${id}-add-${p.id}`}
                      size="compact-sm"
                      variant="light"
                      onClick={() => add(p)}
                      aria-label={`Ajouter ${name} à la feuille`}
                    >
                      Ajouter
                    </Button>
                  )}
                </Group>
              );
            })}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
