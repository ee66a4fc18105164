import { Paper, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { BarChart, type ChartData, type OpenValue } from './BarChart';
import { type FigureData, FigureCard } from './FigureCard';
import { categoryLabel } from '../period';
import type { DrillTarget } from './RecordsDrawer';

/** A section as the API sends it (`DashboardSection`). */
export interface SectionData {
  title: string;
  figures: FigureData[];
  charts: ChartData[];
}

type Open = (target: DrillTarget) => void;

/** A chart's value opens its figure's records (of its month, for a monthly chart), titled and defined like it. */
function chartOpener(chart: ChartData, figures: Map<string, FigureData>, onOpen: Open): OpenValue {
  return (link, value, category) =>
    onOpen({
      code: link.code,
      label: link.month ? `${link.label} — ${categoryLabel(category, 'long')}` : link.label,
      value,
      unit: chart.unit,
      definition: figures.get(link.code)?.definition ?? null,
      month: link.month ?? null,
      period: { start: link.periodStart, end: link.periodEnd },
    });
}

function Section({
  section,
  figures,
  onOpen,
}: {
  section: SectionData;
  figures: Map<string, FigureData>;
  onOpen: Open | null;
}) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={`${id}-title`} gap="sm">
      <Title order={2} size="h3" id={`${id}-title`}>
        {section.title}
      </Title>
      {section.figures.length ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm">
          {section.figures.map((f) => (
            <FigureCard
              key={f.code}
              figure={f}
              onOpen={onOpen && f.drillable ? () => onOpen(f) : undefined}
              onOpenPart={onOpen ?? undefined}
            />
          ))}
        </SimpleGrid>
      ) : null}
      {section.charts.length ? (
        <SimpleGrid cols={{ base: 1, lg: section.charts.length > 1 ? 2 : 1 }} spacing="sm">
          {section.charts.map((c) => (
            <BarChart key={c.code} chart={c} onOpen={onOpen ? chartOpener(c, figures, onOpen) : undefined} />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

/** The dashboard's sections in the API's order: figures as cards, then the charts. */
export function DashboardSections({
  sections,
  onOpen,
}: {
  sections: SectionData[];
  /**
   * Opens the records behind a drillable figure, a rate's count or a chart's value; null when the user may not read
   * them (administrator).
   */
  onOpen: Open | null;
}) {
  const figures = new Map(sections.flatMap((s) => s.figures.map((f) => [f.code, f] as const)));
  return (
    <Stack gap="xl">
      {sections.map((s) => (
        <Section key={s.title} section={s} figures={figures} onOpen={onOpen} />
      ))}
    </Stack>
  );
}

/** What shows while the first figures load: the shapes of the sections, so that nothing jumps when they arrive. */
export function DashboardSkeleton() {
  return (
    <Stack gap="xl" aria-busy="true" role="status" aria-label="Chargement du tableau de bord">
      {[0, 1, 2].map((i) => (
        <Stack key={i} gap="sm">
          <Skeleton height={28} width={220} />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm">
            {[0, 1, 2, 3].map((j) => (
              <Skeleton key={j} height={118} radius="md" />
            ))}
          </SimpleGrid>
          <Paper withBorder p="md">
            <Skeleton height={260} />
          </Paper>
        </Stack>
      ))}
    </Stack>
  );
}
