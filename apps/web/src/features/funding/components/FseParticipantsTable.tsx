import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, List, NativeSelect, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import {
  addMonths,
  countLabel,
  formatIsoDateFr,
  FSE_EXIT_SITUATION_LABELS,
  FSE_FOLLOW_UP_MONTHS,
  type FseExitSituation,
} from '@tremplin/domain';
import { EmptyState, TableScroll, TONES } from '@tremplin/web-ui';
import { FseParticipantFieldsFragmentDoc } from '../graphql/fse.generated';
import {
  type Completeness,
  type Participant,
  type ParticipantRef,
  useParticipantsList,
} from '../hooks/useFseParticipants';
import { Pager } from './Pager';

/** What the data say, for the table: « 12/01/2026 » or a dimmed « — ». */
function DateCell({ iso }: { iso: string | null | undefined }) {
  return iso ? (
    <>{formatIsoDateFr(iso)}</>
  ) : (
    <Text span size="sm" c="dimmed">
      —
    </Text>
  );
}

/** One participant: dates, exit situation, six-month follow-up, what is missing, and « Compléter » / « Modifier ». */
function ParticipantRow({
  participant,
  onEdit,
}: {
  participant: ParticipantRef;
  /** Given to those who may write. */
  onEdit: ((p: Participant) => void) | null;
}) {
  // Data masking: the row reads the participant's fields it owns (FseParticipantFields) from the cache.
  const { data: p, complete } = useFragment({ fragment: FseParticipantFieldsFragmentDoc, from: participant });
  if (!complete) return null;
  return (
    <Table.Tr>
      <Table.Td fw={600}>{p.personName}</Table.Td>
      <Table.Td>
        <DateCell iso={p.entryDate} />
      </Table.Td>
      <Table.Td>
        <DateCell iso={p.exitDate} />
        {p.exitSituation ? (
          <Text size="xs">{FSE_EXIT_SITUATION_LABELS[p.exitSituation as FseExitSituation] ?? p.exitSituation}</Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {p.sixMonthsCheckedOn ? (
          <>
            {formatIsoDateFr(p.sixMonthsCheckedOn)}
            <Text size="xs">
              {p.sixMonthsEmployed ? 'en emploi' : p.sixMonthsEmployed === false ? 'sans emploi' : ''}
            </Text>
          </>
        ) : p.exitDate ? (
          <Text span size="sm" c="dimmed">
            à partir du {formatIsoDateFr(addMonths(p.exitDate, FSE_FOLLOW_UP_MONTHS))}
          </Text>
        ) : (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {p.complete ? (
          <Badge color="teal.9" variant="outline" radius="sm" tt="none">
            Complet
          </Badge>
        ) : (
          <>
            <Text size="xs" fw={600} c={TONES.warning}>
              {countLabel(p.missing.length, 'donnée manquante', 'données manquantes')} :
            </Text>
            <List size="xs" spacing={0}>
              {p.missing.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </>
        )}
      </Table.Td>
      {onEdit ? (
        <Table.Td>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onEdit(p)}
            aria-label={`${p.complete ? 'Modifier' : 'Compléter'} les données de ${p.personName}`}
          >
            {p.complete ? 'Modifier' : 'Compléter'}
          </Button>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** The participants, searched by name and filtered by completeness, one page at a time. */
export function FseParticipantsTable({
  participants,
  reference,
  loading,
  onEdit,
}: {
  participants: ParticipantRef[];
  reference: string;
  loading: boolean;
  /** Given to those who may write: the « Action » column. */
  onEdit: ((p: Participant) => void) | null;
}) {
  const list = useParticipantsList(participants);
  return (
    <>
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filtrer les participant·es">
        <TextInput
          label="Rechercher une personne"
          type="search"
          value={list.search}
          onChange={(e) => list.setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
        <NativeSelect
          label="Données"
          value={list.completeness}
          onChange={(e) => list.setCompleteness(e.currentTarget.value as Completeness)}
          data={[
            { value: '', label: 'Tous les dossiers' },
            { value: 'missing', label: 'À compléter' },
            { value: 'complete', label: 'Complets' },
          ]}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      {list.shown.length === 0 ? (
        <EmptyState
          title="Aucun·e participant·e ne correspond à ces critères."
          action={
            <Button variant="outline" onClick={list.clearFilters}>
              Effacer les filtres
            </Button>
          }
        />
      ) : (
        <TableScroll minWidth={720} label={`Participant·es de l’opération ${reference}`}>
          <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
            <caption>
              <VisuallyHidden>
                Participant·es de l’opération {reference}, avec les données qui manquent à chacun·e
              </VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Personne</Table.Th>
                <Table.Th scope="col">Entrée</Table.Th>
                <Table.Th scope="col">Sortie</Table.Th>
                <Table.Th scope="col">Suivi à {FSE_FOLLOW_UP_MONTHS} mois</Table.Th>
                <Table.Th scope="col">Données</Table.Th>
                {onEdit ? <Table.Th scope="col">Action</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.paged.items.map((p) => (
                <ParticipantRow key={p.id} participant={p} onEdit={onEdit} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Pager page={list.paged.page} pages={list.paged.pages} onChange={list.setPage} label="Pages des participant·es" />
    </>
  );
}
