import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** Id of the input the error is about; the link moves focus there. */
  inputId?: string;
  message: string;
}

/**
 * The list of what to fix after a refused submit, announced to screen readers and focused so that keyboard users
 * land on it; each line links to its field (RGAA 11.10 / WCAG 3.3.1).
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: SummaryItem[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [focusKey, items.length]);
  if (!items.length) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={title} role="alert" mb="md">
      <List size="sm" spacing={4}>
        {items.map((item, i) => (
          <List.Item key={`${item.inputId ?? 'global'}-${i}`}>
            {item.inputId ? (
              <Anchor
                href={`#${item.inputId}`}
                c="red.9"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.inputId!)?.focus();
                }}
              >
                {item.message}
              </Anchor>
            ) : (
              item.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
