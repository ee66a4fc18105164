import { Button, Group, Paper, type PaperProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A list's filters in a bordered band: one `search` landmark named by `label` (« Filtrer les … »), its fields side by
 * side (stacked on narrow screens) and, once a filter is set, « Effacer les filtres ».
 */
export function FilterBar({
  label,
  filtered,
  onClear,
  children,
  ...props
}: {
  label: string;
  /** Whether some filter is set: the clear button shows only then. */
  filtered: boolean;
  onClear: () => void;
  children: ReactNode;
} & PaperProps) {
  return (
    <Paper withBorder p="sm" {...props}>
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={label}>
        {children}
        {filtered ? (
          <Button variant="subtle" onClick={onClear}>
            Effacer les filtres
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
