import { Box, Button, Group, Paper, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { formatFigureValue, type FigureUnit } from '@tremplin/domain';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { categoryLabel, categoryYear, isMonthly } from '../period';

/** The records behind one value of a chart (`DashboardRecordLink`): a figure's, or one month of it. */
export interface RecordLink {
  code: string;
  label: string;
  month?: string | null;
  periodStart: string;
  periodEnd: string;
}

/** A chart as the API sends it (`DashboardChart`). */
export interface ChartData {
  code: string;
  kind: string;
  title: string;
  unit: string;
  categories: string[];
  series: { label: string; values: (number | null)[]; links?: (RecordLink | null)[] | null }[];
}

/** Opens the records behind a value of the chart. */
export type OpenValue = (link: RecordLink, value: number | null, category: string) => void;

/** Series colours: 3:1 at least against white (non-text contrast), told apart by the legend too. */
const SERIES_COLORS = [
  'var(--mantine-color-blue-8)',
  'var(--mantine-color-warning-6)',
  'var(--mantine-color-teal-8)',
  'var(--mantine-color-grape-7)',
  'var(--mantine-color-gray-7)',
  'var(--mantine-color-red-8)',
];

const GRID = 'var(--mantine-color-gray-3)';
const AXIS_TEXT = 'var(--mantine-color-gray-7)';
const CHART_HEIGHT = 220;

/** One unit of the axis, in the figure's unit: an hour, a euro, a percent point. */
const STEP_BASE: Record<string, number> = { count: 1, minutes: 60, rate_bp: 100, cents: 100 };

/** Round ticks from 0 to at least `max` (about four steps of 1, 2, 2,5 or 5 × 10ⁿ of the unit's base). */
export function niceTicks(max: number, unit: string): number[] {
  const base = STEP_BASE[unit] ?? 1;
  const top = Math.max(max / base, 1);
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw && (unit !== 'count' || Number.isInteger(s))) ??
    10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < top + step - 1e-9; v += step) ticks.push(Math.round(v * base * 1000) / 1000);
  return ticks;
}

const fmt = (value: number | null, unit: string) => formatFigureValue(value, unit as FigureUnit);

/** Short axis labels: hours without minutes, euros without cents. */
function axisLabel(value: number, unit: string): string {
  if (unit === 'cents') return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value / 100)} €`;
  return fmt(value, unit);
}

function Legend({ series }: { series: ChartData['series'] }) {
  if (series.length < 2) return null;
  return (
    <Group gap="md" mt={4} aria-hidden="true">
      {series.map((s, i) => (
        <Group key={s.label} gap={6} wrap="nowrap">
          <Box w={12} h={12} style={{ background: SERIES_COLORS[i % SERIES_COLORS.length], borderRadius: 2 }} />
          <Text size="xs">{s.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** The value cell under the focus (category, series), and what a bar does when clicked. */
interface BarsFocus {
  focused: Cell | null;
  /** Opens the records behind a bar, when it has some. */
  onBar: (cell: Cell) => void;
  clickable: (cell: Cell) => boolean;
}

type Cell = { ci: number; si: number };

const FOCUS_RING = 'var(--mantine-color-dark-7)';

/**
 * Months left to right, bars grouped by series; the value of a bar in its tooltip (and in the table). A bar with
 * records behind it opens them on click (its whole column is the target, so that a short bar is easy to hit); the
 * keyboard reaches the same through the values table, whose focused cell rings its bar here.
 */
function ColumnsSvg({ chart, width, focus }: { chart: ChartData; width: number; focus: BarsFocus }) {
  const { categories, series, unit } = chart;
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const ticks = niceTicks(max, unit);
  const top = ticks[ticks.length - 1] || 1;
  const left = 8 + Math.max(...ticks.map((t) => axisLabel(t, unit).length)) * 6.5;
  const bottom = 24;
  const plotW = Math.max(width - left - 4, 40);
  const plotH = CHART_HEIGHT - bottom - 8;
  const band = plotW / categories.length;
  const groupW = band * 0.78;
  const barW = groupW / series.length;
  const y = (v: number) => 8 + plotH - (v / top) * plotH;
  const monthly = isMonthly(categories);
  const spansYears = monthly && new Set(categories.map(categoryYear)).size > 1;
  // Only as many axis labels as fit (about 44 px each).
  const every = Math.max(1, Math.ceil(categories.length / Math.max(1, Math.floor(plotW / 44))));
  const showValues = series.length === 1 && categories.length <= 12 && band >= 34;
  return (
    <svg width={width} height={CHART_HEIGHT} aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={left + plotW} y1={y(t)} y2={y(t)} stroke={GRID} strokeWidth={1} />
          <text x={left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill={AXIS_TEXT}>
            {axisLabel(t, unit)}
          </text>
        </g>
      ))}
      {categories.map((c, ci) => {
        const x0 = left + ci * band + (band - groupW) / 2;
        return (
          <g key={c}>
            {series.map((s, si) => {
              const v = s.values[ci] ?? 0;
              const h = Math.max((v / top) * plotH, v > 0 ? 1 : 0);
              const clickable = focus.clickable({ ci, si });
              const ringed = focus.focused?.ci === ci && focus.focused.si === si;
              return (
                <g
                  key={s.label}
                  data-bar={`${ci}:${si}`}
                  onClick={clickable ? () => focus.onBar({ ci, si }) : undefined}
                  style={clickable ? { cursor: 'pointer' } : undefined}
                >
                  <title>
                    {`${categoryLabel(c, 'long')} · ${s.label} : ${fmt(s.values[ci] ?? null, unit)}${
                      clickable ? ' — cliquer pour voir le détail' : ''
                    }`}
                  </title>
                  {clickable ? <rect x={x0 + si * barW} y={8} width={barW} height={plotH} fill="transparent" /> : null}
                  <rect
                    x={x0 + si * barW}
                    y={8 + plotH - h}
                    width={Math.max(barW - 1, 1)}
                    height={h}
                    fill={SERIES_COLORS[si % SERIES_COLORS.length]}
                    rx={1}
                  />
                  {ringed ? (
                    <rect
                      x={x0 + si * barW - 2}
                      y={6}
                      width={Math.max(barW - 1, 1) + 4}
                      height={plotH + 4}
                      fill="none"
                      stroke={FOCUS_RING}
                      strokeWidth={2}
                      rx={2}
                    />
                  ) : null}
                </g>
              );
            })}
            {showValues && (series[0].values[ci] ?? 0) > 0 ? (
              <text
                x={x0 + groupW / 2}
                y={y(series[0].values[ci] ?? 0) - 4}
                textAnchor="middle"
                fontSize={11}
                fill="var(--mantine-color-text)"
              >
                {fmt(series[0].values[ci] ?? null, unit)}
              </text>
            ) : null}
            {ci % every === 0 ? (
              <text
                x={left + ci * band + band / 2}
                y={CHART_HEIGHT - 8}
                textAnchor="middle"
                fontSize={11}
                fill={AXIS_TEXT}
              >
                {monthly ? categoryLabel(c, 'short', spansYears) : c}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={left} x2={left + plotW} y1={8 + plotH} y2={8 + plotH} stroke={AXIS_TEXT} strokeWidth={1} />
    </svg>
  );
}

/** Categories one per row (stages, statuses, partnerships): their names wrap instead of being cut. */
function RowsBars({ chart, focus }: { chart: ChartData; focus: BarsFocus }) {
  const { categories, series, unit } = chart;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  return (
    <Box aria-hidden="true" style={{ display: 'grid', gridTemplateColumns: 'minmax(7rem, 38%) 1fr', gap: '6px 10px' }}>
      {categories.map((c, ci) => (
        <Box key={c} style={{ display: 'contents' }}>
          <Text size="sm" style={{ alignSelf: 'center', overflowWrap: 'anywhere' }}>
            {categoryLabel(c, 'long')}
          </Text>
          <Box style={{ display: 'flex', flexDirection: 'column', gap: 2, justifyContent: 'center' }}>
            {series.map((s, si) => {
              const v = s.values[ci];
              const clickable = focus.clickable({ ci, si });
              const ringed = focus.focused?.ci === ci && focus.focused.si === si;
              return (
                <Box
                  key={s.label}
                  data-bar={`${ci}:${si}`}
                  onClick={clickable ? () => focus.onBar({ ci, si }) : undefined}
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 6,
                    cursor: clickable ? 'pointer' : undefined,
                    borderRadius: 2,
                    outline: ringed ? `2px solid ${FOCUS_RING}` : undefined,
                    outlineOffset: 2,
                  }}
                >
                  <Box
                    title={`${s.label} : ${fmt(v ?? null, unit)}${clickable ? ' — cliquer pour voir le détail' : ''}`}
                    style={{
                      height: series.length > 1 ? 10 : 16,
                      width: `${((v ?? 0) / max) * 80}%`,
                      minWidth: v ? 2 : 0,
                      background: SERIES_COLORS[si % SERIES_COLORS.length],
                      borderRadius: 2,
                    }}
                  />
                  <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {fmt(v ?? null, unit)}
                  </Text>
                </Box>
              );
            })}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** The name of a value that opens its records: « Sorties, mars 2026 : 2 — voir le détail ». */
export function valueName(chart: ChartData, cell: Cell): string {
  const s = chart.series[cell.si];
  const value = fmt(s.values[cell.ci] ?? null, chart.unit);
  return `${s.label}, ${categoryLabel(chart.categories[cell.ci], 'long')} : ${value} — voir le détail`;
}

/** The keyboard side of a chart whose values open their records: its values table is a grid (one Tab stop). */
interface ValuesGrid {
  /** The cell Tab reaches (the last one focused). */
  active: Cell;
  focused: Cell | null;
  link: (cell: Cell) => RecordLink | null;
  open: (cell: Cell) => void;
  setRef: (cell: Cell) => (el: HTMLElement | null) => void;
  setFocused: (cell: Cell | null) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * A value cell: a button naming what opens when the value has records behind it, else the value (still a cell the
 * arrows reach, as a grid's cells are).
 */
function ValueCell({ chart, cell, grid }: { chart: ChartData; cell: Cell; grid: ValuesGrid | null }) {
  const text = fmt(chart.series[cell.si].values[cell.ci] ?? null, chart.unit);
  const style = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  if (!grid) return <Table.Td style={style}>{text}</Table.Td>;
  const active = grid.active.ci === cell.ci && grid.active.si === cell.si;
  const focused = grid.focused?.ci === cell.ci && grid.focused.si === cell.si;
  const focusProps = {
    ref: grid.setRef(cell),
    'data-cell': cellKey(cell),
    tabIndex: active ? 0 : -1,
    onFocus: () => grid.setFocused(cell),
    onBlur: () => grid.setFocused(null),
  };
  if (!grid.link(cell))
    return (
      <Table.Td {...focusProps} style={{ ...style, outline: focused ? `2px solid ${FOCUS_RING}` : 'none' }}>
        {text}
      </Table.Td>
    );
  return (
    <Table.Td style={style}>
      <UnstyledButton
        {...focusProps}
        onClick={() => grid.open(cell)}
        aria-label={valueName(chart, cell)}
        fz="sm"
        c="blue.8"
        td="underline"
        style={{ borderRadius: 2 }}
      >
        {text}
      </UnstyledButton>
    </Table.Td>
  );
}

/**
 * The chart's values as a table: read by screen readers always, shown on demand to everyone. When its values open
 * their records it is a grid: Tab enters it once, the arrows (Début, Fin) move from value to value, Entrée or Espace
 * opens one.
 */
function ValuesTable({
  chart,
  caption,
  scroll,
  grid,
}: {
  chart: ChartData;
  caption: string;
  scroll: boolean;
  grid: ValuesGrid | null;
}) {
  const table = (
    <Table fz="sm" striped withTableBorder role={grid ? 'grid' : undefined} onKeyDown={grid?.onKeyDown}>
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{isMonthly(chart.categories) ? 'Mois' : 'Catégorie'}</Table.Th>
          {chart.series.map((s) => (
            <Table.Th key={s.label} scope="col" style={{ textAlign: 'right' }}>
              {s.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {chart.categories.map((c, ci) => (
          <Table.Tr key={c}>
            <Table.Th scope="row" fw={400}>
              {categoryLabel(c, 'long')}
            </Table.Th>
            {chart.series.map((s, si) => (
              <ValueCell key={s.label} chart={chart} cell={{ ci, si }} grid={grid} />
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // Only the table shown scrolls (a hidden scrollable region would be a keyboard trap for nothing).
  return scroll ? <Table.ScrollContainer minWidth={280}>{table}</Table.ScrollContainer> : table;
}

const cellKey = (c: Cell) => `${c.ci}:${c.si}`;

/** The roving focus of a chart's values grid, and the bars' side of it (ring, click). */
function useValuesGrid(chart: ChartData, onOpen: OpenValue | undefined): { grid: ValuesGrid | null; bars: BarsFocus } {
  const refs = useRef(new Map<string, HTMLElement>());
  const [active, setActive] = useState<Cell>({ ci: 0, si: 0 });
  const [focused, setFocused] = useState<Cell | null>(null);
  const last = { ci: Math.max(chart.categories.length - 1, 0), si: Math.max(chart.series.length - 1, 0) };
  const link = (c: Cell) => chart.series[c.si]?.links?.[c.ci] ?? null;
  const interactive = Boolean(onOpen) && chart.series.some((s) => s.links?.some(Boolean));
  const open = (c: Cell) => {
    const l = link(c);
    if (l && onOpen) onOpen(l, chart.series[c.si].values[c.ci] ?? null, chart.categories[c.ci]);
  };
  const move = (c: Cell) => {
    setActive(c);
    refs.current.get(cellKey(c))?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = focused;
    if (!at) return;
    const next: Record<string, Cell> = {
      ArrowRight: { ci: at.ci, si: Math.min(at.si + 1, last.si) },
      ArrowLeft: { ci: at.ci, si: Math.max(at.si - 1, 0) },
      ArrowDown: { ci: Math.min(at.ci + 1, last.ci), si: at.si },
      ArrowUp: { ci: Math.max(at.ci - 1, 0), si: at.si },
      Home: e.ctrlKey ? { ci: 0, si: 0 } : { ci: at.ci, si: 0 },
      End: e.ctrlKey ? last : { ci: at.ci, si: last.si },
    };
    if (!next[e.key]) return;
    e.preventDefault();
    move(next[e.key]);
  };
  const grid: ValuesGrid | null = interactive
    ? {
        // After a new period, the cell Tab reaches stays within the chart.
        active: { ci: Math.min(active.ci, last.ci), si: Math.min(active.si, last.si) },
        focused,
        link,
        open,
        setRef: (c) => (el) => {
          if (el) refs.current.set(cellKey(c), el);
          else refs.current.delete(cellKey(c));
        },
        setFocused: (c) => {
          setFocused(c);
          if (c) setActive(c);
        },
        onKeyDown,
      }
    : null;
  return {
    grid,
    bars: {
      focused: interactive ? focused : null,
      clickable: (c) => interactive && link(c) !== null,
      // The bar's cell takes the focus first, so that it has it back when the records close.
      onBar: (c) => {
        move(c);
        open(c);
      },
    },
  };
}

/** What the focused bar stands for, over the half of the chart away from it (the SVG shows no grouped values). */
function FocusedValue({ chart, cell, link }: { chart: ChartData; cell: Cell; link: boolean }) {
  const s = chart.series[cell.si];
  const right = cell.ci < chart.categories.length / 2;
  return (
    <Text
      size="xs"
      aria-hidden="true"
      px={6}
      py={2}
      style={{
        position: 'absolute',
        top: 0,
        [right ? 'right' : 'left']: 0,
        background: 'var(--mantine-color-body)',
        border: `1px solid ${FOCUS_RING}`,
        borderRadius: 4,
        pointerEvents: 'none',
      }}
    >
      {`${s.label}, ${categoryLabel(chart.categories[cell.ci], 'long')} : ${fmt(s.values[cell.ci] ?? null, chart.unit)}`}
      {link ? ' · ↵ voir le détail' : ''} · ← ↑ ↓ → autre valeur
    </Text>
  );
}

/**
 * A bar chart drawn here (no charting library matches Mantine 9.7.4): months as columns, other categories as rows.
 * The drawing is hidden from assistive technologies; its values are in a table, visually hidden until asked for.
 * With `onOpen`, a value with records behind it opens them: a click on its bar, or its cell in the table (a grid the
 * keyboard enters once; the focused cell rings its bar while the table is hidden).
 */
export function BarChart({ chart, onOpen }: { chart: ChartData; onOpen?: OpenValue }) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const { ref, width } = useElementSize();
  const { grid, bars } = useValuesGrid(chart, onOpen);
  const empty = chart.categories.length === 0 || chart.series.every((s) => s.values.every((v) => !v));
  const columns = isMonthly(chart.categories);
  const caption = `${chart.title} : valeurs du graphique`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs" wrap="nowrap">
        <Title order={3} size="h5" id={`${id}-title`}>
          {chart.title}
        </Title>
        {empty ? null : (
          <Button
            variant="default"
            size="compact-xs"
            onClick={() => setShowTable((v) => !v)}
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
          >
            {showTable ? 'Voir le graphique' : 'Voir les valeurs'}
          </Button>
        )}
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed">
          Aucune donnée sur la période.
        </Text>
      ) : (
        <>
          {showTable ? null : (
            <>
              {columns ? (
                <Box ref={ref} h={CHART_HEIGHT} pos="relative">
                  {width > 0 ? <ColumnsSvg chart={chart} width={width} focus={bars} /> : null}
                  {bars.focused ? (
                    <FocusedValue chart={chart} cell={bars.focused} link={bars.clickable(bars.focused)} />
                  ) : null}
                </Box>
              ) : (
                <RowsBars chart={chart} focus={bars} />
              )}
              <Legend series={chart.series} />
            </>
          )}
          <div id={`${id}-table`}>
            {showTable ? (
              <ValuesTable chart={chart} caption={caption} scroll grid={grid} />
            ) : (
              <VisuallyHidden>
                <ValuesTable chart={chart} caption={caption} scroll={false} grid={grid} />
              </VisuallyHidden>
            )}
          </div>
        </>
      )}
    </Paper>
  );
}
