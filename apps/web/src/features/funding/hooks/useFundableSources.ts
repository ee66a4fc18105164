import { useQuery } from '@apollo/client/react';
import { formatIsoDateFr, type FundingSourceKind, fundingSourceUnit, parseFrDate } from '@tremplin/domain';
import { useMemo, useState } from 'react';
import { FundableSourcesDocument } from '../graphql/allocation.generated';
import { type AllocationTarget, periodErrorOf, type QuantityUnit, SOURCE_LIST_LIMIT } from '../allocation';
import { matches, pageOf } from '../search';

const PER_PAGE = 100;

/**
 * The lines « Imputer » lists: their nature, period and search (as typed), the server's list for them, the page shown
 * and the selection (kept across searches and pages, emptied when the nature changes).
 */
export function useFundableSources(agreement: AllocationTarget, initialKind?: string) {
  const kinds = agreement.sourceKinds;
  const [kind, setKind] = useState(initialKind && kinds.includes(initialKind) ? initialKind : (kinds[0] ?? ''));
  const [fromText, setFromText] = useState(formatIsoDateFr(agreement.startDate));
  const [toText, setToText] = useState(formatIsoDateFr(agreement.endDate));
  const [onlyRemaining, setOnlyRemaining] = useState(true);
  const [search, setSearchText] = useState('');
  const [page, setPage] = useState(1);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());

  const unit: QuantityUnit = kind ? fundingSourceUnit(kind as FundingSourceKind) : 'MINUTES';
  const from = parseFrDate(fromText);
  const to = parseFrDate(toText);
  const periodError = periodErrorOf(from, to, agreement);
  const canQuery = Boolean(kind && from && to && !periodError);

  const { data, previousData, loading, error, refetch } = useQuery(FundableSourcesDocument, {
    variables: {
      filter: { sourceKind: kind, from: from ?? '', to: to ?? '', onlyRemaining, first: SOURCE_LIST_LIMIT },
    },
    skip: !canQuery,
  });
  const sources = canQuery ? (data ?? previousData)?.fundableSources : undefined;
  const upToDate = Boolean(data) && !loading;

  const shown = useMemo(() => (sources ?? []).filter((s) => matches(search, s.label, s.personName)), [sources, search]);
  const paged = pageOf(shown, page, PER_PAGE);
  const selected = (sources ?? []).filter((s) => selection.has(s.sourceId));
  const selectable = shown.filter((s) => s.remainingQuantity > 0);

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

  return {
    kinds,
    kind,
    unit,
    fromText,
    toText,
    from,
    to,
    onlyRemaining,
    search,
    periodError,
    canQuery,
    loading,
    error,
    refetch,
    sources,
    upToDate,
    shown,
    paged,
    selection,
    selected,
    hiddenSelected: selected.filter((s) => !shown.includes(s)).length,
    selectable,
    allShownSelected: selectable.length > 0 && selectable.every((s) => selection.has(s.sourceId)),
    someShownSelected: selectable.some((s) => selection.has(s.sourceId)),
    setFromText,
    setToText,
    setOnlyRemaining,
    setPage,
    setSearch: (text: string) => {
      setSearchText(text);
      setPage(1);
    },
    /** Another nature: another list, so the selection and the page start again. */
    changeKind: (value: string) => {
      setKind(value);
      setSelection(new Set());
      setPage(1);
    },
    toggle,
    toggleAll,
    clearSelection: () => setSelection(new Set()),
  };
}

export type FundableSourcesState = ReturnType<typeof useFundableSources>;
