import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel } from '@tremplin/domain';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { PersonSearchDocument } from '../graphql/person-search.generated';

export interface FoundPerson {
  id: string;
  firstName: string;
  lastName: string;
}

/** `HADDAD Amina`, as lists show a person. */
export function personName(p: FoundPerson): string {
  return `${p.lastName.toUpperCase()} ${p.firstName}`;
}

/**
 * A search by name in the structure's persons, with one action button per match (« Ajouter », « Choisir »…). Enter
 * picks the only match, or moves to the first button when there are several (it never submits the surrounding form);
 * an Enter typed before the results arrive is never dropped: the search for that very text runs at once (no debounce
 * wait) and its first match is picked when it answers, unless the text changed meanwhile (never a stale result).
 * Escape clears the search. Persons in `unavailable` show their reason instead of the button.
 */
export function PersonSearch({
  label,
  description = 'Tapez au moins deux lettres du nom ou du prénom, puis Entrée.',
  action,
  actionAriaLabel,
  onPick,
  unavailable,
  error,
  inputId,
}: {
  label: string;
  description?: string;
  /** The button's text, e.g. « Ajouter ». */
  action: string;
  actionAriaLabel: (name: string) => string;
  onPick: (person: FoundPerson) => void;
  unavailable?: ReadonlyMap<string, string>;
  error?: string | null;
  inputId?: string;
}) {
  const id = useId();
  const client = useApolloClient();
  const [text, setText] = useState('');
  /** The text of an Enter typed before its results, until they arrive or the text changes. */
  const pendingEnter = useRef<string | null>(null);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading } = useQuery(PersonSearchDocument, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const page = debounced.length < 2 ? undefined : (data ?? previousData)?.persons;
  const results = page?.edges.map((e) => e.node) ?? [];
  const pickable = results.filter((p) => !unavailable?.has(p.id));
  const upToDate = !loading && debounced === text.trim() && Boolean(data);

  const pick = (p: FoundPerson) => {
    pendingEnter.current = null;
    onPick({ id: p.id, firstName: p.firstName, lastName: p.lastName });
    setText('');
  };
  const changeText = (value: string) => {
    if (pendingEnter.current !== value.trim()) pendingEnter.current = null;
    setText(value);
  };
  /** Enter before the results: ask for this text now, pick its first match if the text is still the same then. */
  const pickWhenFound = async (search: string) => {
    pendingEnter.current = search;
    try {
      const result = await client.query({ query: PersonSearchDocument, variables: { search } });
      if (pendingEnter.current !== search) return;
      const first = result.data?.persons.edges.map((e) => e.node).find((p) => !unavailable?.has(p.id));
      pendingEnter.current = null;
      if (first) pick(first);
    } catch {
      if (pendingEnter.current === search) pendingEnter.current = null;
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      changeText('');
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (!upToDate) {
      if (text.trim().length >= 2) void pickWhenFound(text.trim());
      return;
    }
    if (pickable.length === 1) pick(pickable[0]);
    else if (pickable.length > 1) document.getElementById(`${id}-pick-${pickable[0].id}`)?.focus();
  };

  return (
    <Stack gap="xs">
      <TextInput
        id={inputId ?? `${id}-search`}
        label={label}
        description={description}
        type="search"
        value={text}
        onChange={(e) => changeText(e.currentTarget.value)}
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
              const reason = unavailable?.get(p.id);
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
                      id={`${id}-pick-${p.id}`}
                      size="compact-sm"
                      variant="light"
                      onClick={() => pick(p)}
                      aria-label={actionAriaLabel(name)}
                    >
                      {action}
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
