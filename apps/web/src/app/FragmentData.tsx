import type { FragmentType, TypedDocumentNode } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import type { ReactNode } from 'react';

/**
 * Renders `children` with a fragment's data, read from the cache with `useFragment` (data masking, ADR 0013): for a
 * row of a list whose markup stays with the list (it uses the list's handlers), the row still sees only the fields its
 * fragment selects. `from` is the masked object the parent received (with its `__typename` and `id`). Nothing is
 * rendered until the cache holds the whole fragment.
 */
export function FragmentData<TData>({
  fragment,
  from,
  children,
}: {
  /** A generated `XFragmentDoc` (a fragment takes no variables). */
  fragment: TypedDocumentNode<TData, unknown>;
  from: FragmentType<TData>;
  children: (data: TData) => ReactNode;
}) {
  // `from` as the single-object variant (a generic FragmentType<TData> would otherwise match the array overload).
  const { data, complete } = useFragment<TData>({
    fragment: fragment as TypedDocumentNode<TData>,
    from: from as useFragment.FromOptionValue<TData>,
  });
  return complete ? <>{children(data)}</> : null;
}
