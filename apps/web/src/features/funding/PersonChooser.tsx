import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel } from '@tremplin/domain';
import { type KeyboardEvent, useId, useState } from 'react';
import { FundingPersonSearchDocument } from './allocation.documents';

export interface ChosenPerson {
  id: string;
  firstName: string;
  lastName: string;
}

export function personName(p: ChosenPerson): string {
  return `${p.lastName.toUpperCase()} ${p.firstName}`;
}

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
  const searchId = inputId ?? `${id}-search`;
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading } = useQuery(FundingPersonSearchDocument, {
    variables: { search: debounced },
    skip: debounced.length < 2 || Boolean(chosen),
  });
  const page = debounced.length < 2 ? undefined : (data ?? previousData)?.persons;
  const results = page?.edges.map((e) => e.node) ?? [];
  const choosable = results.filter((p) => !exclude?.has(p.id));
  const upToDate = !loading && debounced === text.trim() && Boolean(data);

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
            id={searchId}
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              onChoose(null);
              setText('');
            }}
            aria-label={`Changer de personne (${personName(chosen)} choisie)`}
          >
            Changer
          </Button>
        </Group>
      </Stack>
    );

  const choose = (p: ChosenPerson) => {
    onChoose({ id: p.id, firstName: p.firstName, lastName: p.lastName });
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      setText('');
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (!upToDate) return;
    if (choosable.length === 1) choose(choosable[0]);
    else if (choosable.length > 1) document.getElementById(`${id}-choose-${choosable[0].id}`)?.focus();
  };

  return (
    <Stack gap="xs">
      <TextInput
        id={searchId}
        label={label}
        description={description ?? 'Tapez au moins deux lettres du nom ou du prénom, puis Entrée.'}
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        error={error}
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
              const name = personName(p);
              const reason = exclude?.get(p.id);
              return (
                <Group key={p.id} component="li" justify="space-between" wrap="nowrap" gap="xs" px={6} py={2}>
                  <Text size="sm">
                    <strong>{name}</strong>
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {p.counsellor ? `suivi·e par ${p.counsellor.fullName}` : 'sans référent·e'}
                    </Text>
                  </Text>
                  {reason ? (
                    <Text size="xs" c="dimmed">
                      {reason}
                    </Text>
                  ) : (
                    <Button
                      id={`${id}-choose-${p.id}`}
                      size="compact-sm"
                      variant="light"
                      onClick={() => choose(p)}
                      aria-label={`Choisir ${name}`}
                    >
                      Choisir
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
