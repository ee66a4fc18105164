import { Box, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { formatFigureValue, type FigureUnit } from '@tremplin/domain';
import { useId, useState } from 'react';
import { categoryLabel, categoryYear, isMonthly } from './period';

/** A chart as the API sends it (`DashboardChart`). */
export interface ChartData {
  code: string;
  kind: string;
  title: string;
  unit: string;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
}

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

/** Months left to right, bars grouped by series; the value of a bar in its tooltip (and in the table). */
function ColumnsSvg({ chart, width }: { chart: ChartData; width: number }) {
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
              return (
                <rect
                  key={s.label}
                  x={x0 + si * barW}
                  y={8 + plotH - h}
                  width={Math.max(barW - 1, 1)}
                  height={h}
                  fill={SERIES_COLORS[si % SERIES_COLORS.length]}
                  rx={1}
                >
                  <title>{`${categoryLabel(c, 'long')} · ${s.label} : ${fmt(s.values[ci] ?? null, unit)}`}</title>
                </rect>
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
function RowsBars({ chart }: { chart: ChartData }) {
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
              return (
                <Box key={s.label} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                  <Box
                    title={`${s.label} : ${fmt(v ?? null, unit)}`}
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

/** The chart's values as a table: read by screen readers always, shown on demand to everyone. */
function ValuesTable({ chart, caption, scroll }: { chart: ChartData; caption: string; scroll: boolean }) {
  const table = (
    <Table fz="sm" striped withTableBorder>
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
            {chart.series.map((s) => (
              <Table.Td key={s.label} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                {fmt(s.values[ci] ?? null, chart.unit)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // Only the table shown scrolls (a hidden scrollable region would be a keyboard trap for nothing).
  return scroll ? <Table.ScrollContainer minWidth={280}>{table}</Table.ScrollContainer> : table;
}

/**
 * A bar chart drawn here (no charting library matches Mantine 9.7.4): months as columns, other categories as rows.
 * The drawing is hidden from assistive technologies; its values are in a table, visually hidden until asked for.
 */
export function BarChart({ chart }: { chart: ChartData }) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const { ref, width } = useElementSize();
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
                <Box ref={ref} h={CHART_HEIGHT}>
                  {width > 0 ? <ColumnsSvg chart={chart} width={width} /> : null}
                </Box>
              ) : (
                <RowsBars chart={chart} />
              )}
              <Legend series={chart.series} />
            </>
          )}
          <div id={`${id}-table`}>
            {showTable ? (
              <ValuesTable chart={chart} caption={caption} scroll />
            ) : (
              <VisuallyHidden>
                <ValuesTable chart={chart} caption={caption} scroll={false} />
              </VisuallyHidden>
            )}
          </div>
        </>
      )}
    </Paper>
  );
}
