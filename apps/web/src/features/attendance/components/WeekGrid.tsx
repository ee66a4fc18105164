import { Table } from '@mantine/core';
import { type CSSProperties, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

/**
 * A keyboard grid of rows × columns (persons × sessions of a week, persons × days of missions…): a real `<table>` with
 * its headers, each cell a button (roving focus: Tab enters and leaves the grid, the arrows, Home and End move inside
 * it, Enter goes down a row), inside a focusable scroll region so that a narrow screen can scroll it by keyboard.
 * What a cell shows and what other keys do belongs to the caller (`cell`, `onCellKey`): this component knows nothing of
 * attendance.
 */
export interface GridColumn {
  id: string;
  header: ReactNode;
}
export interface GridRow {
  id: string;
  header: ReactNode;
}
export interface GridCellView {
  content: ReactNode;
  /** The cell's accessible name, e.g. « DURAND Alice, lundi 7 décembre : présent·e 7 h ». */
  ariaLabel: string;
  /** Shown, reachable with the arrows, but not editable (aria-disabled). */
  disabled?: boolean;
  style?: CSSProperties;
}
export interface GridPosition {
  row: number;
  col: number;
}

export function WeekGrid({
  caption,
  regionLabel,
  rows,
  columns,
  cell,
  onCellKey,
  onCellClick,
  onMove,
  rowTotalHeader,
  rowTotal,
  footerHeader,
  columnTotal,
  minWidth = 640,
  cornerHeader = 'Personne',
}: {
  caption: string;
  regionLabel: string;
  rows: GridRow[];
  columns: GridColumn[];
  cell: (row: GridRow, column: GridColumn) => GridCellView;
  /** A key pressed on a cell (arrows, Home, End, Tab, Enter excepted): true when the caller used it. */
  onCellKey?: (row: GridRow, column: GridColumn, e: KeyboardEvent<HTMLButtonElement>) => boolean;
  /** A click on the cell that already has the focus (the first click only takes it), or Space on it. */
  onCellClick?: (row: GridRow, column: GridColumn) => void;
  /** The focus moved to another cell (the caller may end what was being typed in the previous one). */
  onMove?: (to: GridPosition) => void;
  rowTotalHeader?: ReactNode;
  rowTotal?: (row: GridRow) => ReactNode;
  footerHeader?: ReactNode;
  columnTotal?: (column: GridColumn) => ReactNode;
  minWidth?: number;
  /** The title of the rows' header column. */
  cornerHeader?: ReactNode;
}) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** Whether the cell pressed with the mouse already had the focus: the first click only takes the cell. */
  const hadFocus = useRef(false);
  const row = Math.min(active.row, Math.max(rows.length - 1, 0));
  const col = Math.min(active.col, Math.max(columns.length - 1, 0));

  const moveTo = (to: GridPosition) => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, to.row)),
      col: Math.max(0, Math.min(columns.length - 1, to.col)),
    };
    setActive(next);
    onMove?.(next);
    buttons.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const onKeyDown = (r: number, c: number, e: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, GridPosition | undefined> = {
      ArrowUp: { row: r - 1, col: c },
      ArrowDown: { row: r + 1, col: c },
      ArrowLeft: { row: r, col: c - 1 },
      ArrowRight: { row: r, col: c + 1 },
      Home: { row: e.ctrlKey ? 0 : r, col: 0 },
      End: { row: e.ctrlKey ? rows.length - 1 : r, col: columns.length - 1 },
      Enter: { row: r + 1, col: c },
    };
    const to = e.altKey || e.metaKey ? undefined : moves[e.key];
    if (to) {
      e.preventDefault();
      moveTo(to);
      return;
    }
    if (e.key !== 'Tab' && onCellKey?.(rows[r], columns[c], e)) e.preventDefault();
  };

  return (
    <div
      role="region"
      aria-label={regionLabel}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%', outlineOffset: 2 }}
    >
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" miw={minWidth}>
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
          {caption}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{cornerHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.id} scope="col" style={{ whiteSpace: 'nowrap' }}>
                {c.header}
              </Table.Th>
            ))}
            {rowTotal ? <Table.Th scope="col">{rowTotalHeader}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, ri) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {r.header}
              </Table.Th>
              {columns.map((c, ci) => {
                const view = cell(r, c);
                const current = ri === row && ci === col;
                return (
                  <Table.Td key={c.id} p={2}>
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) buttons.current.set(`${ri}:${ci}`, el);
                        else buttons.current.delete(`${ri}:${ci}`);
                      }}
                      tabIndex={current ? 0 : -1}
                      aria-label={view.ariaLabel}
                      aria-disabled={view.disabled || undefined}
                      onFocus={() => {
                        if (!current) {
                          setActive({ row: ri, col: ci });
                          onMove?.({ row: ri, col: ci });
                        }
                      }}
                      onKeyDown={(e) => onKeyDown(ri, ci, e)}
                      onMouseDown={(e) => (hadFocus.current = document.activeElement === e.currentTarget)}
                      onClick={(e) => {
                        // A click on the cell that has the focus, or Space: the caller's action (e.g. next status).
                        const act = e.detail === 0 || hadFocus.current;
                        hadFocus.current = false;
                        if (act && !view.disabled) onCellClick?.(r, c);
                      }}
                      style={{
                        width: '100%',
                        minWidth: 72,
                        minHeight: 40,
                        border: 0,
                        borderRadius: 4,
                        font: 'inherit',
                        textAlign: 'center',
                        cursor: view.disabled ? 'default' : 'pointer',
                        background: 'transparent',
                        ...view.style,
                      }}
                    >
                      {view.content}
                    </button>
                  </Table.Td>
                );
              })}
              {rowTotal ? <Table.Td style={{ whiteSpace: 'nowrap' }}>{rowTotal(r)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {columnTotal ? (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{footerHeader}</Table.Th>
              {columns.map((c) => (
                <Table.Td key={c.id} style={{ whiteSpace: 'nowrap', textAlign: 'center' }}>
                  {columnTotal(c)}
                </Table.Td>
              ))}
              {rowTotal ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </div>
  );
}
