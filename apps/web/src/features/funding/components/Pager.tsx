import { Button, Group, Text } from '@mantine/core';

/** « ← Page précédente · Page 2 sur 5 · Page suivante → », for a list paged on the client. Nothing when one page. */
export function Pager({
  page,
  pages,
  onChange,
  label,
}: {
  page: number;
  pages: number;
  onChange: (page: number) => void;
  /** What is paged, for the navigation landmark: « Pages des financeurs ». */
  label: string;
}) {
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" mt="sm" component="nav" aria-label={label}>
      <Button variant="outline" size="xs" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        ← Page précédente
      </Button>
      <Text size="sm" aria-live="polite">
        Page {page} sur {pages}
      </Text>
      <Button variant="outline" size="xs" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        Page suivante →
      </Button>
    </Group>
  );
}
