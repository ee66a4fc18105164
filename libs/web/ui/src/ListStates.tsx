import { Alert, Button, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

/** What could not be read, announced at once: `title` says what, `message` why. Nothing without a message. */
export function QueryError({ title, message }: { title: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {message}
    </Alert>
  );
}

/** A filtered list with nothing left: « Aucun … ne correspond à ces critères. », a hint, and a way to clear the filters. */
export function NoMatchState({
  title,
  onClear,
  children,
}: {
  title: string;
  onClear: () => void;
  children?: ReactNode;
}) {
  return (
    <EmptyState
      title={title}
      action={
        <Button variant="outline" onClick={onClear}>
          Effacer les filtres
        </Button>
      }
    >
      {children}
    </EmptyState>
  );
}

export interface ListStatesProps {
  /** Whether the list has been read (an earlier answer shown while the next one loads counts). */
  loaded: boolean;
  /** Whether a read is under way: placeholders before the first answer, `aria-busy` on the list after it. */
  loading: boolean;
  /** How the placeholders are announced (« Chargement des … »), and their height in pixels. */
  loadingLabel: string;
  skeletonHeight: number;
  /** Whether nothing is left to show. */
  empty: boolean;
  /** Whether filters are set: an empty list then says that nothing matches, with a way to clear them. */
  filtered: boolean;
  onClearFilters: () => void;
  noMatchTitle: string;
  noMatchHint?: ReactNode;
  /** What an empty list says when no filter is set (usually an `EmptyState` inviting to add the first item). */
  emptyState: ReactNode;
  /** The items (and their pager), stacked. */
  children: ReactNode;
}

/**
 * The states of a list read from the API: loading (placeholders), nothing matching the filters, nothing at all, or
 * the items, marked busy while they are read again.
 */
export function ListStates({
  loaded,
  loading,
  loadingLabel,
  skeletonHeight,
  empty,
  filtered,
  onClearFilters,
  noMatchTitle,
  noMatchHint,
  emptyState,
  children,
}: ListStatesProps) {
  if (!loaded)
    return loading ? (
      <Stack aria-busy="true" aria-label={loadingLabel}>
        <Skeleton height={skeletonHeight} />
        <Skeleton height={skeletonHeight} />
      </Stack>
    ) : null;
  if (empty)
    return filtered ? (
      <NoMatchState title={noMatchTitle} onClear={onClearFilters}>
        {noMatchHint}
      </NoMatchState>
    ) : (
      emptyState
    );
  return (
    <Stack gap="md" aria-busy={loading}>
      {children}
    </Stack>
  );
}
