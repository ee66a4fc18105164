import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** What the table shows (« Personnes suivies »): the region's name, read when the keyboard reaches it. */
  label: string;
  /** Below this width the table scrolls sideways inside the region instead of widening the page. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A wide table's frame: on a narrow screen the table scrolls inside it, not the page. The frame is a named region that
 * takes the focus, so that keyboard users can scroll it with the arrow keys (WCAG 2.1.1, axe
 * `scrollable-region-focusable`).
 */
export function TableScroll({ label, minWidth, children }: TableScrollProps) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      className="tremplin-table-scroll"
    >
      {children}
    </Table.ScrollContainer>
  );
}
