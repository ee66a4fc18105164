import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  type AllocationConflict,
  applyRateBp,
  countLabel,
  formatCents,
  formatIsoDateFr,
  formatQuantity,
  FUNDING_SOURCE_KIND_LABELS,
  FundingSourceKind,
  fundingSourceUnit,
  MAX_SOURCES_PER_ALLOCATION,
  minutesCostCents,
  parseFrDate,
  parseHoursToMinutes,
  quantityForShare,
} from '@tremplin/domain';
import { EmptyState, TONES } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import type { FundableSourcesQuery } from '../../../gql/graphql';
import { AllocateFundingDocument, FundableSourcesDocument } from '../graphql/allocation.generated';
import { formatBp, parseEurosToCents, parsePercentToBp } from '@tremplin/domain';
import { Pager } from './Pager';
import { matches, pageOf } from '../search';

/** The API lists this many sources at most per request. */
export const SOURCE_LIST_LIMIT = MAX_SOURCES_PER_ALLOCATION;
const PER_PAGE = 100;

type Source = FundableSourcesQuery['fundableSources'][number];

/** The conflicts the server lists in `extensions.conflicts` of a refused allocation. */
export function conflictsOf(error: unknown): AllocationConflict[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const raw = error.errors[0]?.extensions?.['conflicts'];
  return Array.isArray(raw) ? (raw as AllocationConflict[]) : [];
}

/** The agreement the sources are allocated to. */
export interface AllocationTarget {
  id: string;
  reference: string;
  startDate: string;
  endDate: string;
  sourceKinds: string[];
  hourlyRateCents?: number | null;
  coFinancingRateBp: number;
}

interface Refusal {
  message: string;
  conflicts: Map<string, AllocationConflict>;
  /** Lines someone else changed since they were listed (CONFLICT): shown again with their current figures. */
  changed: ReadonlySet<string>;
}

/** A date typed jj/mm/aaaa, with its error once the field is left. */
function DateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | null;
}) {
  const [touched, setTouched] = useState(false);
  return (
    <TextInput
      label={label}
      placeholder="jj/mm/aaaa"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => {
        setTouched(false);
        onChange(e.currentTarget.value);
      }}
      onBlur={() => setTouched(true)}
      error={touched ? error : null}
      w={{ base: '100%', xs: 150 }}
    />
  );
}

/**
 * « Imputer »: the lines of one nature (training attendance, missions, staff time, expenses) in a period, with their
 * total, what is already funded and by which agreement, and what remains. The director selects lines (or all of them),
 * chooses a share in % (or an exact quantity for one line) and allocates. When the server refuses because a line would
 * be funded beyond 100 %, its message lists the amounts, the lines at fault are marked, and the selection is kept.
 */
export function AllocatePanel({ agreement, initialKind }: { agreement: AllocationTarget; initialKind?: string }) {
  const id = useId();
  const kinds = agreement.sourceKinds;
  const [kind, setKind] = useState(initialKind && kinds.includes(initialKind) ? initialKind : (kinds[0] ?? ''));
  const [fromText, setFromText] = useState(formatIsoDateFr(agreement.startDate));
  const [toText, setToText] = useState(formatIsoDateFr(agreement.endDate));
  const [onlyRemaining, setOnlyRemaining] = useState(true);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<'share' | 'quantity'>('share');
  const [shareText, setShareText] = useState('100');
  const [quantityText, setQuantityText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const refusalRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const unit = kind ? fundingSourceUnit(kind as FundingSourceKind) : 'MINUTES';
  const from = parseFrDate(fromText);
  const to = parseFrDate(toText);
  const periodError =
    from && to && to < from
      ? `La fin (${formatIsoDateFr(to)}) précède le début (${formatIsoDateFr(from)}).`
      : from && (from < agreement.startDate || from > agreement.endDate)
        ? `Le ${formatIsoDateFr(from)} est hors de la période de la convention (${formatIsoDateFr(agreement.startDate)} – ${formatIsoDateFr(agreement.endDate)}) : ces lignes ne pourraient pas lui être imputées.`
        : to && (to > agreement.endDate || to < agreement.startDate)
          ? `Le ${formatIsoDateFr(to)} est hors de la période de la convention (${formatIsoDateFr(agreement.startDate)} – ${formatIsoDateFr(agreement.endDate)}) : ces lignes ne pourraient pas lui être imputées.`
          : null;
  const canQuery = Boolean(kind && from && to && !periodError);

  const { data, previousData, loading, error, refetch } = useQuery(FundableSourcesDocument, {
    variables: {
      filter: { sourceKind: kind, from: from ?? '', to: to ?? '', onlyRemaining, first: SOURCE_LIST_LIMIT },
    },
    skip: !canQuery,
  });
  const [allocate, allocation] = useMutation(AllocateFundingDocument, { refetchQueries: 'active' });
  const sources = canQuery ? (data ?? previousData)?.fundableSources : undefined;
  const upToDate = Boolean(data) && !loading;

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal, attempt]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const shown = useMemo(() => (sources ?? []).filter((s) => matches(search, s.label, s.personName)), [sources, search]);
  const paged = pageOf(shown, page, PER_PAGE);
  const selected = (sources ?? []).filter((s) => selection.has(s.sourceId));
  const hiddenSelected = selected.filter((s) => !shown.includes(s)).length;
  const selectable = shown.filter((s) => s.remainingQuantity > 0);
  const allShownSelected = selectable.length > 0 && selectable.every((s) => selection.has(s.sourceId));
  const someShownSelected = selectable.some((s) => selection.has(s.sourceId));

  const shareBp = parsePercentToBp(shareText);
  const shareValid = shareBp !== null && shareBp > 0 && shareBp <= 10000;
  const exactQuantity = unit === 'CENTS' ? parseEurosToCents(quantityText) : parseHoursToMinutes(quantityText);
  const requestedOf = (s: Source): number | null =>
    mode === 'share' ? (shareValid ? quantityForShare(s.totalQuantity, shareBp!) : null) : exactQuantity;
  const requested = selected.reduce((n, s) => n + (requestedOf(s) ?? 0), 0);
  const overflowing = selected.filter((s) => {
    const r = requestedOf(s);
    return r !== null && r > s.remainingQuantity;
  });
  const zeroShare = mode === 'share' && shareValid ? selected.filter((s) => requestedOf(s) === 0).length : 0;
  // The value of the hours at the agreement's rate (staff time is valued at each line's own cost, not known here).
  const eligibleCents =
    unit === 'CENTS'
      ? requested
      : kind !== FundingSourceKind.STAFF_TIME && agreement.hourlyRateCents
        ? minutesCostCents(requested, agreement.hourlyRateCents)
        : null;

  const toggle = (sourceId: string, on: boolean) =>
    setSelection((prev) => {
      const next = new Set(prev);
      if (on) next.add(sourceId);
      else next.delete(sourceId);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelection((prev) => {
      const next = new Set(prev);
      for (const s of selectable) {
        if (on) next.add(s.sourceId);
        else next.delete(s.sourceId);
      }
      return next;
    });

  const changeKind = (value: string) => {
    setKind(value);
    setSelection(new Set());
    setRefusal(null);
    setPage(1);
    setQuantityText('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setDone(null);
    const errors: Record<string, string> = {};
    if (!selected.length) errors['sourceIds'] = 'Sélectionnez au moins une ligne à imputer.';
    else if (selected.length > SOURCE_LIST_LIMIT)
      errors['sourceIds'] =
        `${SOURCE_LIST_LIMIT} lignes au plus par imputation : vous en avez sélectionné ${selected.length}.`;
    if (mode === 'share' && !shareValid)
      errors['sharePercent'] =
        shareBp !== null && shareBp > 10000
          ? `Une ligne ne peut pas être financée au-delà de 100 % (saisi : ${shareText.trim()} %).`
          : 'Saisissez une part entre 0,01 et 100 %, par exemple 100 ou 37,5.';
    if (mode === 'quantity') {
      if (selected.length !== 1)
        errors['quantity'] =
          `Une quantité exacte s’impute à une seule ligne (${selected.length} sélectionnées) : choisissez-en une, ou une part en %.`;
      else if (exactQuantity === null || exactQuantity <= 0)
        errors['quantity'] =
          unit === 'CENTS'
            ? 'Saisissez un montant en euros, par exemple 250 ou 250,50.'
            : 'Saisissez des heures, par exemple 7 ou 3 h 30.';
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    try {
      await allocate({
        variables: {
          input: {
            agreementId: agreement.id,
            sourceKind: kind,
            sourceIds: selected.map((s) => s.sourceId),
            // Each line's version as listed: a line changed meanwhile is refused instead of charged on old figures.
            sourceVersions: selected.map((s) => s.version),
            ...(mode === 'share' ? { sharePercent: shareBp! / 100 } : { quantity: exactQuantity! }),
          },
        },
      });
      setRefusal(null);
      setSelection(new Set());
      setDone(
        `${formatQuantity(unit, requested)} imputé${unit === 'CENTS' ? 's' : 'es'} à ${agreement.reference} : ${countLabel(selected.length, 'ligne')} de « ${FUNDING_SOURCE_KIND_LABELS[kind as FundingSourceKind] ?? kind} »${mode === 'share' ? `, part de ${formatBp(shareBp!)}` : ''}. La consommation de la convention est à jour.`,
      );
    } catch (err) {
      const problem = problemOf(err);
      const changed = changedLinesOf(err);
      if (changed.length) {
        // Someone else changed these lines: list them again with their figures now; the selection and the share stay.
        setFieldErrors({});
        setRefusal({ message: problem.message, conflicts: new Map(), changed: new Set(changed.map((c) => c.key)) });
        await refetch();
        return;
      }
      const conflicts = conflictsOf(err);
      const placed: Record<string, string> = {};
      const unplaced: string[] = [];
      // A refusal for lines funded beyond 100 % is about the selection, not a field: it goes in the alert, whole.
      if (!conflicts.length)
        for (const fe of problem.fieldErrors) {
          const field = ['sharePercent', 'quantity'].find(
            (f) => fe.field === f || fe.field.startsWith(`${f}.`) || fe.field.startsWith(`${f}[`),
          );
          if (field) placed[field] = fe.message;
          else unplaced.push(fe.message);
        }
      setFieldErrors(placed);
      setRefusal({
        message: conflicts.length
          ? problem.message
          : unplaced.length
            ? unplaced.join('\n')
            : Object.keys(placed).length
              ? ''
              : problem.message,
        conflicts: new Map(conflicts.map((c) => [c.sourceId, c])),
        changed: new Set(),
      });
    }
  };

  const kindLabel = (k: string) => FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k;

  if (!kinds.length)
    return (
      <EmptyState title="Cette convention ne finance encore aucune nature d’heures ou de dépenses.">
        Modifiez la convention pour cocher ce qu’elle finance (heures de formation, missions, temps d’accompagnement,
        dépenses).
      </EmptyState>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <form onSubmit={submit} noValidate>
        <Title order={2} size="h4" id={`${id}-title`} mb={4}>
          Imputer à {agreement.reference}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Une heure ou un euro ne peut pas être financé deux fois : une ligne déjà financée par d’autres conventions ne
          peut recevoir que ce qui lui reste.
        </Text>

        <Group align="flex-start" gap="md" wrap="wrap" role="search" aria-label="Choisir les lignes à imputer">
          <NativeSelect
            label="Nature"
            value={kind}
            onChange={(e) => changeKind(e.currentTarget.value)}
            data={kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
            w={{ base: '100%', sm: 260 }}
          />
          <DateField
            label="Du"
            value={fromText}
            onChange={setFromText}
            error={from ? null : 'Saisissez une date au format jj/mm/aaaa, par exemple 01/01/2026.'}
          />
          <DateField
            label="Au"
            value={toText}
            onChange={setToText}
            error={to ? null : 'Saisissez une date au format jj/mm/aaaa, par exemple 31/12/2026.'}
          />
          <TextInput
            label="Rechercher"
            description="Libellé ou personne"
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', sm: 240 }}
          />
          <Checkbox
            mt={30}
            label="Seulement ce qui reste à financer"
            checked={onlyRemaining}
            onChange={(e) => setOnlyRemaining(e.currentTarget.checked)}
          />
        </Group>
        {periodError ? (
          <Text size="sm" c="red.9" mt="xs" role="alert">
            {periodError}
          </Text>
        ) : null}

        {error ? (
          <Alert color="red" role="alert" mt="sm" title="Les lignes n’ont pas pu être chargées">
            {problemOf(error).message}
          </Alert>
        ) : null}

        <Stack gap="sm" mt="md">
          {!canQuery ? null : !sources ? (
            <Skeleton height={160} role="status" aria-label="Chargement des lignes à imputer" />
          ) : sources.length === 0 ? (
            <EmptyState
              title={`Aucune ligne de « ${kindLabel(kind)} » ${onlyRemaining ? 'à financer ' : ''}sur cette période.`}
            >
              {kind === FundingSourceKind.STAFF_TIME || kind === FundingSourceKind.EXPENSE
                ? 'Saisissez-les dans l’onglet « Temps et dépenses », ou élargissez la période.'
                : onlyRemaining
                  ? 'Tout est peut-être déjà financé : décochez « Seulement ce qui reste à financer » pour le vérifier, ou élargissez la période.'
                  : 'Élargissez la période, ou vérifiez que les présences et les missions sont saisies.'}
            </EmptyState>
          ) : (
            <>
              <Text size="sm" aria-live="polite" aria-atomic="true">
                {countLabel(shown.length, 'ligne')}
                {search.trim() ? ' pour cette recherche' : ''}
                {sources.length >= SOURCE_LIST_LIMIT
                  ? ` (les ${SOURCE_LIST_LIMIT} premières : réduisez la période pour voir les suivantes)`
                  : ''}{' '}
                · {countLabel(selected.length, 'sélectionnée', 'sélectionnées')}
                {hiddenSelected
                  ? ` (dont ${hiddenSelected} masquée${hiddenSelected > 1 ? 's' : ''} par la recherche)`
                  : ''}
                {selected.length
                  ? ` · reste à financer sur la sélection : ${formatQuantity(
                      unit,
                      selected.reduce((n, s) => n + s.remainingQuantity, 0),
                    )}`
                  : ''}
              </Text>
              {shown.length ? (
                <Table.ScrollContainer minWidth={720}>
                  <Table striped verticalSpacing={6} fz="sm" aria-busy={loading}>
                    <caption>
                      <VisuallyHidden>
                        Lignes de « {kindLabel(kind)} » du {fromText} au {toText}, avec ce qui est déjà financé et ce
                        qui reste
                      </VisuallyHidden>
                    </caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w={150}>
                          <Checkbox
                            label="Tout sélectionner"
                            checked={allShownSelected}
                            indeterminate={!allShownSelected && someShownSelected}
                            disabled={!selectable.length}
                            onChange={(e) => toggleAll(e.currentTarget.checked)}
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
                      {paged.items.map((s) => {
                        const conflict = refusal?.conflicts.get(s.sourceId);
                        const changedMeanwhile = refusal?.changed.has(s.sourceId);
                        const full = s.remainingQuantity <= 0;
                        return (
                          <Table.Tr
                            key={s.sourceId}
                            style={
                              conflict || changedMeanwhile
                                ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' }
                                : undefined
                            }
                          >
                            <Table.Td>
                              <Checkbox
                                aria-label={`Sélectionner « ${s.label} »${s.personName ? `, ${s.personName}` : ''}, du ${formatIsoDateFr(s.date)}`}
                                checked={selection.has(s.sourceId)}
                                disabled={full && !selection.has(s.sourceId)}
                                onChange={(e) => toggle(s.sourceId, e.currentTarget.checked)}
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
                            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                              {formatQuantity(unit, s.totalQuantity)}
                            </Table.Td>
                            <Table.Td>
                              {s.allocations.length ? (
                                <>
                                  {formatQuantity(unit, s.allocatedQuantity)}
                                  <Text size="xs" c="dimmed">
                                    {s.allocations
                                      .map(
                                        (a) =>
                                          `${a.agreementReference}${a.agreementId === agreement.id ? ' (celle-ci)' : ''} ${formatQuantity(unit, a.quantity)}`,
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
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <Text size="sm" c="dimmed">
                  Aucune ligne ne correspond à « {search.trim()} ».
                </Text>
              )}
              <Pager page={paged.page} pages={paged.pages} onChange={setPage} label="Pages des lignes à imputer" />
            </>
          )}

          {fieldErrors['sourceIds'] ? (
            <Text size="sm" c="red.9" role="alert">
              {fieldErrors['sourceIds']}
            </Text>
          ) : null}

          <Radio.Group
            label="Combien imputer"
            value={mode}
            onChange={(v) => {
              setMode(v as 'share' | 'quantity');
              setFieldErrors({});
            }}
          >
            <Stack gap="xs" mt={6}>
              <Group gap="sm" align="flex-start" wrap="wrap">
                <Radio value="share" label="Une part de chaque ligne" mt={8} />
                <TextInput
                  label="Part (%)"
                  description="100 % = toute la ligne ; la part se calcule sur le total de chaque ligne."
                  value={shareText}
                  onChange={(e) => {
                    setShareText(e.currentTarget.value);
                    setMode('share');
                    setFieldErrors(({ sharePercent: _gone, ...rest }) => rest);
                  }}
                  error={fieldErrors['sharePercent']}
                  inputMode="decimal"
                  autoComplete="off"
                  w={{ base: '100%', sm: 320 }}
                />
              </Group>
              <Group gap="sm" align="flex-start" wrap="wrap">
                <Radio
                  value="quantity"
                  label="Une quantité exacte (une seule ligne)"
                  mt={8}
                  disabled={selected.length !== 1 && mode !== 'quantity'}
                />
                <TextInput
                  label={unit === 'CENTS' ? 'Montant (€)' : 'Heures'}
                  description={
                    selected.length === 1
                      ? `Au plus ${formatQuantity(unit, selected[0].remainingQuantity)} pour cette ligne.`
                      : 'Sélectionnez une seule ligne pour imputer une quantité exacte.'
                  }
                  value={quantityText}
                  onChange={(e) => {
                    setQuantityText(e.currentTarget.value);
                    setMode('quantity');
                    setFieldErrors(({ quantity: _gone, ...rest }) => rest);
                  }}
                  error={fieldErrors['quantity']}
                  disabled={selected.length !== 1 && mode !== 'quantity'}
                  placeholder={unit === 'CENTS' ? 'ex. 250,50' : 'ex. 3 h 30'}
                  inputMode={unit === 'CENTS' ? 'decimal' : undefined}
                  autoComplete="off"
                  w={{ base: '100%', sm: 320 }}
                />
              </Group>
            </Stack>
          </Radio.Group>

          {selected.length && (mode === 'quantity' ? exactQuantity !== null : shareValid) ? (
            <Text size="sm">
              Sera imputé : <strong>{formatQuantity(unit, requested)}</strong> sur{' '}
              {countLabel(selected.length, 'ligne')}
              {eligibleCents !== null && unit !== 'CENTS'
                ? `, soit environ ${formatCents(eligibleCents)} de coût éligible`
                : ''}
              {eligibleCents !== null
                ? ` (financé à ${formatBp(agreement.coFinancingRateBp)} : environ ${formatCents(applyRateBp(eligibleCents, agreement.coFinancingRateBp))})`
                : ''}
              .
            </Text>
          ) : null}
          {overflowing.length && upToDate ? (
            <Text size="sm" c={TONES.warning} fw={500}>
              {countLabel(overflowing.length, 'ligne sélectionnée dépasserait', 'lignes sélectionnées dépasseraient')}{' '}
              ce qui {overflowing.length > 1 ? 'leur' : 'lui'} reste à financer : l’imputation sera refusée. Réduisez la
              part, ou retirez {overflowing.length > 1 ? 'ces lignes' : 'cette ligne'} de la sélection.
            </Text>
          ) : null}
          {zeroShare ? (
            <Text size="sm" c="dimmed">
              {countLabel(zeroShare, 'ligne est trop courte', 'lignes sont trop courtes')} pour cette part : rien ne
              leur sera imputé.
            </Text>
          ) : null}

          {refusal ? (
            <Alert
              ref={refusalRef}
              tabIndex={-1}
              color="red"
              role="alert"
              title="Imputation refusée : rien n’est imputé, votre sélection est conservée"
            >
              {refusal.message ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {refusal.message}
                </Text>
              ) : null}
              {refusal.conflicts.size || refusal.changed.size ? (
                <Text size="sm" mt={refusal.message ? 'xs' : 0}>
                  Les lignes en cause sont marquées d’un trait rouge dans la liste
                  {refusal.changed.size
                    ? ', avec leurs chiffres à jour : imputez de nouveau si c’est toujours voulu'
                    : ''}
                  .
                </Text>
              ) : null}
            </Alert>
          ) : null}
          {done ? (
            <Alert
              ref={doneRef}
              tabIndex={-1}
              color="green"
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel="Fermer ce message"
              onClose={() => setDone(null)}
            >
              {done}
            </Alert>
          ) : null}

          <Group gap="sm">
            <Button type="submit" loading={allocation.loading} disabled={!sources}>
              {selected.length
                ? `Imputer ${countLabel(selected.length, 'ligne')} à ${agreement.reference}`
                : `Imputer à ${agreement.reference}`}
            </Button>
            {selected.length ? (
              <Button variant="subtle" onClick={() => setSelection(new Set())}>
                Vider la sélection
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
