import { Anchor, Badge, Group, List, NativeSelect, Table, Text } from '@mantine/core';
import { TableScroll } from '@tremplin/web-ui';
import { countLabel } from '@tremplin/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportOutcome, ImportRowFieldsFragment } from '../../../gql/graphql';

export type ImportRow = ImportRowFieldsFragment;

const OUTCOME_COLORS: Record<ImportOutcome, string> = {
  CREATED: 'green',
  COMPLETED: 'blue',
  UNCHANGED: 'gray',
  REFUSED: 'red',
};

const FILTERS: { value: '' | ImportOutcome; label: string }[] = [
  { value: '', label: 'Toutes les lignes' },
  { value: 'CREATED', label: 'Créées' },
  { value: 'COMPLETED', label: 'Complétées' },
  { value: 'UNCHANGED', label: 'Inchangées' },
  { value: 'REFUSED', label: 'Refusées' },
];

/**
 * Every row of an import or of its dry run: its line in the file, the person, the outcome and why — each refusal with
 * its column —, filtered by outcome. `linkPersons`: after an import, the person's name opens their file.
 */
export function ImportRowsTable({
  rows,
  caption,
  linkPersons,
  lineLabel = 'Ligne',
}: {
  rows: ImportRow[];
  caption: string;
  linkPersons: boolean;
  /** The first column's title: « Ligne » of the file, or « Fiche n° » of les emplois de l’inclusion's answer. */
  lineLabel?: string;
}) {
  const [filter, setFilter] = useState<'' | ImportOutcome>('');
  const shown = filter ? rows.filter((r) => r.outcome === filter) : rows;
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <NativeSelect
          label="Afficher"
          data={FILTERS}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as '' | ImportOutcome)}
          w={220}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {countLabel(shown.length, 'ligne affichée', 'lignes affichées')}
        </Text>
      </Group>
      <TableScroll minWidth={640} label={caption}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{lineLabel}</Table.Th>
              <Table.Th scope="col">Personne</Table.Th>
              <Table.Th scope="col">Résultat</Table.Th>
              <Table.Th scope="col">Détail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>
                  {linkPersons && r.personId ? (
                    <Anchor component={Link} to={`/personnes/${r.personId}`}>
                      {r.name}
                    </Anchor>
                  ) : (
                    r.name
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={`${OUTCOME_COLORS[r.outcome]}.9`}
                    c="dark.7"
                    variant="outline"
                    radius="sm"
                    tt="none"
                    fw={600}
                  >
                    {r.outcomeLabel}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.changes.length ? <Text size="sm">{r.changes.join(', ')}</Text> : null}
                  {r.problems.length || r.notes.length ? (
                    <List size="sm" spacing={2}>
                      {r.problems.map((p, i) => (
                        <List.Item key={`p${i}`}>
                          <Text span size="sm" c="red.9">
                            Colonne « {p.column} » : {p.message}
                          </Text>
                        </List.Item>
                      ))}
                      {r.notes.map((p, i) => (
                        <List.Item key={`n${i}`}>
                          <Text span size="sm">
                            Colonne « {p.column} » : {p.message}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}

/** « 27 créées, 0 complétée, 0 inchangée, 3 refusées ». */
export function countsText(c: { created: number; completed: number; unchanged: number; refused: number }): string {
  return [
    countLabel(c.created, 'créée', 'créées'),
    countLabel(c.completed, 'complétée', 'complétées'),
    countLabel(c.unchanged, 'inchangée', 'inchangées'),
    countLabel(c.refused, 'refusée', 'refusées'),
  ].join(', ');
}
