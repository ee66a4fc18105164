import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import {
  countLabel,
  formatCents,
  formatIsoDateFr,
  formatMinutes,
  formatQuantity,
  FUNDING_SOURCE_KIND_LABELS,
  type FundingSourceKind,
  type FundingUnit,
} from '@tremplin/domain';
import { EmptyState, TableScroll } from '@tremplin/web-ui';
import { useEffect, useRef, useState } from 'react';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import type { FundingAllocationsQuery } from '../../../gql/graphql';
import { RemoveFundingAllocationDocument } from '../graphql/allocation.generated';
import { FundingAllocationsDocument } from '../graphql/funding.generated';
import { Pager } from './Pager';
import { matches, pageOf } from '../search';

/** The API lists this many allocations at most (latest first). */
export const ALLOCATION_LIST_LIMIT = 200;
const PER_PAGE = 50;

type Allocation = FundingAllocationsQuery['fundingAgreement']['allocations'][number];

/** « 35 h et 1 200,00 € »: the sum of allocations, hours and costs apart. */
export function allocationTotals(allocations: { quantity: number; unit: string }[]): string {
  const minutes = allocations.filter((a) => a.unit !== 'CENTS').reduce((n, a) => n + a.quantity, 0);
  const cents = allocations.filter((a) => a.unit === 'CENTS').reduce((n, a) => n + a.quantity, 0);
  return [minutes ? formatMinutes(minutes) : null, cents ? formatCents(cents) : null].filter(Boolean).join(' et ');
}

/**
 * The agreement's allocations, latest first: search by source or person, filter by nature, count and totals, paging;
 * a director removes one after confirming (the hours or the cost become fundable again).
 */
export function AllocationsList({
  agreementId,
  sourceKinds,
  canWrite,
  onAllocate,
}: {
  agreementId: string;
  sourceKinds: string[];
  canWrite: boolean;
  /** Opens the allocation screen. */
  onAllocate?: () => void;
}) {
  const { data, previousData, loading, error, refetch } = useQuery(FundingAllocationsDocument, {
    variables: { id: agreementId, first: ALLOCATION_LIST_LIMIT },
  });
  const [remove, removal] = useMutation(RemoveFundingAllocationDocument, { refetchQueries: 'active' });
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState<Allocation | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const agreement = (data ?? previousData)?.fundingAgreement;
  const allocations = agreement?.allocations;

  useEffect(() => {
    if (removed) statusRef.current?.focus();
  }, [removed]);

  if (error && !allocations)
    return (
      <Alert color="red" role="alert" title="Les imputations n’ont pas pu être chargées">
        {problemOf(error).message}
      </Alert>
    );
  if (!allocations) return <Skeleton height={200} role="status" aria-label="Chargement des imputations" />;

  const shown = allocations.filter(
    (a) => (!kind || a.sourceKind === kind) && matches(search, a.sourceLabel, a.personName, a.sourceKindLabel),
  );
  const paged = pageOf(shown, page, PER_PAGE);
  const filtered = Boolean(search.trim() || kind);
  const describe = (a: Allocation) =>
    `${formatQuantity(a.unit as FundingUnit, a.quantity)} de « ${a.sourceLabel} »${a.personName ? ` (${a.personName})` : ''} du ${formatIsoDateFr(a.sourceDate)}`;

  const confirmRemoval = async () => {
    if (!confirming) return;
    setRemoveError(null);
    try {
      await remove({ variables: { input: { id: confirming.id, version: confirming.version } } });
      setRemoved(
        `Imputation retirée de ${agreement.reference} : ${describe(confirming)}. Elle est de nouveau finançable.`,
      );
      setConfirming(null);
    } catch (e) {
      // Grown since it was listed: the dialog now shows it as it stands (and its version), to be removed knowingly.
      const [changed] = changedLinesOf<{ quantity: number }>(e);
      if (changed?.current && changed.version !== null) {
        setConfirming({ ...confirming, quantity: changed.current.quantity, version: changed.version });
        void refetch();
      }
      setRemoveError(problemOf(e).message);
    }
  };

  return (
    <Stack gap="sm">
      {removed ? (
        <Alert
          ref={statusRef}
          tabIndex={-1}
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer ce message"
          onClose={() => setRemoved(null)}
        >
          {removed}
        </Alert>
      ) : null}

      {allocations.length === 0 ? (
        <EmptyState
          title="Rien n’est encore imputé à cette convention."
          action={
            canWrite && onAllocate ? <Button onClick={onAllocate}>Imputer des heures ou des dépenses</Button> : null
          }
        >
          Imputez les heures de formation, de mission, le temps d’accompagnement ou les dépenses que la convention
          finance : elles ne pourront plus être financées deux fois.
        </EmptyState>
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filtrer les imputations">
            <TextInput
              label="Rechercher une imputation"
              description="Libellé ou personne"
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', sm: 300 }}
            />
            <NativeSelect
              label="Nature"
              value={kind}
              onChange={(e) => {
                setKind(e.currentTarget.value);
                setPage(1);
              }}
              data={[
                { value: '', label: 'Toutes les natures' },
                ...sourceKinds.map((k) => ({
                  value: k,
                  label: FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k,
                })),
              ]}
              w={{ base: '100%', sm: 260 }}
            />
          </Group>
          <Text size="sm" aria-live="polite" aria-atomic="true">
            {countLabel(shown.length, 'imputation')}
            {shown.length ? ` · ${allocationTotals(shown)}` : ''}
            {filtered ? ' pour ces critères' : ''}
            {allocations.length >= ALLOCATION_LIST_LIMIT
              ? ` (les ${ALLOCATION_LIST_LIMIT} plus récentes ; la consommation ci-dessus compte toutes les imputations)`
              : ''}
          </Text>
          {shown.length === 0 ? (
            <EmptyState
              title="Aucune imputation ne correspond à ces critères."
              action={
                <Button
                  variant="outline"
                  onClick={() => {
                    setSearch('');
                    setKind('');
                  }}
                >
                  Effacer les filtres
                </Button>
              }
            />
          ) : (
            <TableScroll minWidth={640} label="Imputations de la convention">
              <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
                <caption>
                  <VisuallyHidden>Imputations de la convention, la plus récente d’abord</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Nature</Table.Th>
                    <Table.Th scope="col">Source</Table.Th>
                    <Table.Th scope="col">Personne</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: 'right' }}>
                      Imputé
                    </Table.Th>
                    {canWrite ? <Table.Th scope="col">Action</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {paged.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDateFr(a.sourceDate)}</Table.Td>
                      <Table.Td>{a.sourceKindLabel}</Table.Td>
                      <Table.Td>{a.sourceLabel}</Table.Td>
                      <Table.Td>{a.personName ?? '—'}</Table.Td>
                      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                        {formatQuantity(a.unit as FundingUnit, a.quantity)}
                      </Table.Td>
                      {canWrite ? (
                        <Table.Td>
                          <Button
                            variant="subtle"
                            color="red"
                            style={{ color: 'var(--mantine-color-red-9)' }}
                            size="compact-sm"
                            onClick={() => {
                              setRemoveError(null);
                              setConfirming(a);
                            }}
                            aria-label={`Retirer l’imputation de ${describe(a)}`}
                          >
                            Retirer
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          <Pager page={paged.page} pages={paged.pages} onChange={setPage} label="Pages des imputations" />
        </>
      )}

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="Retirer cette imputation ?"
        centered
        closeButtonProps={{ 'aria-label': 'Fermer sans retirer' }}
      >
        {confirming ? (
          <Stack gap="sm">
            <Text size="sm">
              L’imputation de {describe(confirming)} à la convention {agreement.reference} sera retirée. Cette part
              redeviendra finançable, par cette convention ou par une autre.
            </Text>
            {removeError ? (
              <Alert color="red" role="alert" variant="light">
                {removeError}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="outline" onClick={() => setConfirming(null)} data-autofocus>
                Garder l’imputation
              </Button>
              <Button color="red.9" onClick={confirmRemoval} loading={removal.loading}>
                Retirer l’imputation
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
