import { Checkbox, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { countLabel, formatIsoDateFr, formatQuantity } from '@tremplin/domain';
import { EmptyState, TableScroll, TONES } from '@tremplin/web-ui';
import {
  kindLabel,
  noSourceAdvice,
  type QuantityUnit,
  type Refusal,
  SOURCE_LIST_LIMIT,
  type Source,
} from '../allocation';
import type { FundableSourcesState } from '../hooks/useFundableSources';
import { Pager } from './Pager';

/** One line to allocate: its figures, what already funds it, and why it was refused (marked with a red edge). */
function SourceRow({
  source: s,
  unit,
  agreementId,
  refusal,
  checked,
  onToggle,
}: {
  source: Source;
  unit: QuantityUnit;
  agreementId: string;
  refusal: Refusal | null;
  checked: boolean;
  onToggle: (sourceId: string, on: boolean) => void;
}) {
  const conflict = refusal?.conflicts.get(s.sourceId);
  const changedMeanwhile = refusal?.changed.has(s.sourceId);
  const full = s.remainingQuantity <= 0;
  return (
    <Table.Tr
      style={conflict || changedMeanwhile ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' } : undefined}
    >
      <Table.Td>
        <Checkbox
          aria-label={`Sélectionner « ${s.label} »${s.personName ? `, ${s.personName}` : ''}, du ${formatIsoDateFr(s.date)}`}
          checked={checked}
          disabled={full && !checked}
          onChange={(e) => onToggle(s.sourceId, e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDateFr(s.date)}</Table.Td>
      <Table.Td>
        {s.label}
        {conflict ? (
          <Text size="xs" c={TONES.danger} fw={600}>
            Refusé : demandé {formatQuantity(unit, conflict.requestedQuantity)}, il reste{' '}
            {formatQuantity(unit, conflict.remainingQuantity)}
          </Text>
        ) : null}
        {changedMeanwhile ? (
          <Text size="xs" c={TONES.danger} fw={600}>
            Modifiée par quelqu’un d’autre depuis l’affichage : chiffres à jour ci-contre
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{s.personName ?? '—'}</Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatQuantity(unit, s.totalQuantity)}</Table.Td>
      <Table.Td>
        {s.allocations.length ? (
          <>
            {formatQuantity(unit, s.allocatedQuantity)}
            <Text size="xs" c="dimmed">
              {s.allocations
                .map(
                  (a) =>
                    `${a.agreementReference}${a.agreementId === agreementId ? ' (celle-ci)' : ''} ${formatQuantity(unit, a.quantity)}`,
                )
                .join(', ')}
            </Text>
          </>
        ) : (
          <Text span size="sm" c="dimmed">
            rien
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }} fw={full ? undefined : 600}>
        {full ? 'entièrement financé' : formatQuantity(unit, s.remainingQuantity)}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The lines of the chosen nature and period: how many, how many selected (some perhaps hidden by the search) and what
 * remains to fund on them; one page of the table, with « Tout sélectionner » for the lines shown.
 */
export function AllocationSourcesTable({
  lines,
  agreementId,
  refusal,
}: {
  lines: FundableSourcesState;
  agreementId: string;
  refusal: Refusal | null;
}) {
  const { sources, shown, selected, unit, kind } = lines;
  if (!lines.canQuery) return null;
  if (!sources) return <Skeleton height={160} role="status" aria-label="Chargement des lignes à imputer" />;
  if (sources.length === 0)
    return (
      <EmptyState
        title={`Aucune ligne de « ${kindLabel(kind)} » ${lines.onlyRemaining ? 'à financer ' : ''}sur cette période.`}
      >
        {noSourceAdvice(kind, lines.onlyRemaining)}
      </EmptyState>
    );
  return (
    <>
      <Text size="sm" aria-live="polite" aria-atomic="true">
        {countLabel(shown.length, 'ligne')}
        {lines.search.trim() ? ' pour cette recherche' : ''}
        {sources.length >= SOURCE_LIST_LIMIT
          ? ` (les ${SOURCE_LIST_LIMIT} premières : réduisez la période pour voir les suivantes)`
          : ''}{' '}
        · {countLabel(selected.length, 'sélectionnée', 'sélectionnées')}
        {lines.hiddenSelected
          ? ` (dont ${lines.hiddenSelected} masquée${lines.hiddenSelected > 1 ? 's' : ''} par la recherche)`
          : ''}
        {selected.length
          ? ` · reste à financer sur la sélection : ${formatQuantity(
              unit,
              selected.reduce((n, s) => n + s.remainingQuantity, 0),
            )}`
          : ''}
      </Text>
      {shown.length ? (
        <TableScroll minWidth={720} label={`Lignes de « ${kindLabel(kind)} »`}>
          <Table striped verticalSpacing={6} fz="sm" aria-busy={lines.loading}>
            <caption>
              <VisuallyHidden>
                Lignes de « {kindLabel(kind)} » du {lines.fromText} au {lines.toText}, avec ce qui est déjà financé et
                ce qui reste
              </VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={150}>
                  <Checkbox
                    label="Tout sélectionner"
                    checked={lines.allShownSelected}
                    indeterminate={!lines.allShownSelected && lines.someShownSelected}
                    disabled={!lines.selectable.length}
                    onChange={(e) => lines.toggleAll(e.currentTarget.checked)}
                    size="xs"
                  />
                </Table.Th>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Ligne</Table.Th>
                <Table.Th scope="col">Personne</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Total
                </Table.Th>
                <Table.Th scope="col">Déjà financé</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Reste
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.paged.items.map((s) => (
                <SourceRow
                  key={s.sourceId}
                  source={s}
                  unit={unit}
                  agreementId={agreementId}
                  refusal={refusal}
                  checked={lines.selection.has(s.sourceId)}
                  onToggle={lines.toggle}
                />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text size="sm" c="dimmed">
          Aucune ligne ne correspond à « {lines.search.trim()} ».
        </Text>
      )}
      <Pager
        page={lines.paged.page}
        pages={lines.paged.pages}
        onChange={lines.setPage}
        label="Pages des lignes à imputer"
      />
    </>
  );
}
