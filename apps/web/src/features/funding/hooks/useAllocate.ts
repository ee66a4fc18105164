import { useMutation } from '@apollo/client/react';
import { FundingSourceKind, minutesCostCents } from '@tremplin/domain';
import { type FormEvent, useState } from 'react';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import { AllocateFundingDocument } from '../graphql/allocation.generated';
import {
  allocatedMessage,
  allocationErrors,
  allocationInput,
  type AllocationFieldErrors,
  type AllocationMode,
  type AllocationTarget,
  conflictsOf,
  placeRefusal,
  readAmount,
  type Refusal,
  requestedOf,
  type Source,
} from '../allocation';
import type { FundableSourcesState } from './useFundableSources';

/**
 * How much to allocate to the selected lines (a share in %, or an exact quantity for one line), what it would come to,
 * and the allocation itself: checked before sending, then the server's refusal placed (fields, lines at fault, lines
 * changed meanwhile listed again) with the selection kept, or the confirmation.
 */
export function useAllocate(agreement: AllocationTarget, lines: FundableSourcesState) {
  const { kind, unit, selected } = lines;
  const [mode, setModeState] = useState<AllocationMode>('share');
  const [shareText, setShareTextState] = useState('100');
  const [quantityText, setQuantityTextState] = useState('');
  const [fieldErrors, setFieldErrors] = useState<AllocationFieldErrors>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [allocate, allocation] = useMutation(AllocateFundingDocument, { refetchQueries: 'active' });

  const amount = readAmount(unit, mode, shareText, quantityText);
  const lineRequest = (s: Source) => requestedOf(amount, s);
  const requested = selected.reduce((n, s) => n + (lineRequest(s) ?? 0), 0);
  const overflowing = selected.filter((s) => {
    const r = lineRequest(s);
    return r !== null && r > s.remainingQuantity;
  });
  const zeroShare = mode === 'share' && amount.shareValid ? selected.filter((s) => lineRequest(s) === 0).length : 0;
  // The value of the hours at the agreement's rate (staff time is valued at each line's own cost, not known here).
  const eligibleCents =
    unit === 'CENTS'
      ? requested
      : kind !== FundingSourceKind.STAFF_TIME && agreement.hourlyRateCents
        ? minutesCostCents(requested, agreement.hourlyRateCents)
        : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setDone(null);
    const errors = allocationErrors(selected.length, amount, unit);
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    try {
      await allocate({ variables: { input: allocationInput(agreement.id, kind, selected, amount) } });
      setRefusal(null);
      lines.clearSelection();
      setDone(allocatedMessage(unit, requested, agreement.reference, kind, selected.length, amount));
    } catch (err) {
      const changed = changedLinesOf(err);
      if (changed.length) {
        // Someone else changed these lines: list them again with their figures now; the selection and the share stay.
        setFieldErrors({});
        setRefusal({
          message: problemOf(err).message,
          conflicts: new Map(),
          changed: new Set(changed.map((c) => c.key)),
        });
        await lines.refetch();
        return;
      }
      const placed = placeRefusal(problemOf(err), conflictsOf(err));
      setFieldErrors(placed.fieldErrors);
      setRefusal(placed.refusal);
    }
  };

  return {
    mode,
    shareText,
    quantityText,
    amount,
    requested,
    overflowing,
    zeroShare,
    eligibleCents,
    fieldErrors,
    refusal,
    done,
    /** Submits so far: the refusal takes the focus again on each. */
    attempt,
    sending: allocation.loading,
    submit,
    closeDone: () => setDone(null),
    setMode: (value: AllocationMode) => {
      setModeState(value);
      setFieldErrors({});
    },
    /** Typing a share chooses the share. */
    setShareText: (text: string) => {
      setShareTextState(text);
      setModeState('share');
      setFieldErrors(({ sharePercent: _gone, ...rest }) => rest);
    },
    /** Typing a quantity chooses the exact quantity. */
    setQuantityText: (text: string) => {
      setQuantityTextState(text);
      setModeState('quantity');
      setFieldErrors(({ quantity: _gone, ...rest }) => rest);
    },
    /** Another nature of lines: the refusal and the quantity (in another unit) no longer apply. */
    reset: () => {
      setRefusal(null);
      setQuantityTextState('');
    },
  };
}

export type AllocateState = ReturnType<typeof useAllocate>;
