import { ActionIcon, Box, Group, Paper, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { formatFigureValue, type FigureUnit } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { lowerFirst, targetGap } from '../period';

/** One of the two counts a rate divides (`DashboardFigurePart`): a figure of its own, with its records. */
export interface FigurePart {
  role: string;
  code: string;
  label: string;
  value: number | null;
  unit: string;
  definition?: string | null;
  drillable: boolean;
}

/** A figure as the API sends it (`DashboardFigure`). */
export interface FigureData {
  code: string;
  label: string;
  value: number | null;
  unit: string;
  targetValue?: number | null;
  targetLabel?: string | null;
  /** The value as a percentage (basis points) of its target or of its whole, and of what (« des sorties… »). */
  percentValue?: number | null;
  percentOf?: string | null;
  definition?: string | null;
  drillable: boolean;
  /** A rate's numerator and denominator; none for a count. */
  parts?: FigurePart[] | null;
  /** « calculé sur 3 sorties : trop peu pour conclure » for a rate on fewer than 5 exits. */
  smallBaseNote?: string | null;
}

/** What a target line needs of a figure. */
type Targeted = Pick<FigureData, 'value' | 'unit' | 'targetValue' | 'targetLabel' | 'percentValue' | 'percentOf'>;

export const formatValue = (value: number | null | undefined, unit: string) =>
  formatFigureValue(value ?? null, unit as FigureUnit);

/**
 * « objectif 60 % · 4,5 points en dessous », coloured (and worded) by whether the target is reached. A count with its
 * percentage of the target reads « objectif d’embauches 2026 : 3 / 10 (30 %) · 7 de moins ».
 */
export function TargetLine({ figure }: { figure: Targeted }) {
  if (figure.targetValue === null || figure.targetValue === undefined) return null;
  const gap = targetGap(figure.value, figure.targetValue, figure.unit);
  const label = lowerFirst(figure.targetLabel ?? 'Objectif');
  return (
    <Text size="xs" component="span" display="block">
      {figure.percentOf
        ? `${label} : ${formatValue(figure.value, figure.unit)} / ${formatValue(figure.targetValue, figure.unit)} (${formatValue(figure.percentValue, 'rate_bp')})`
        : `${label} ${formatValue(figure.targetValue, figure.unit)}`}
      {gap ? (
        <>
          {' · '}
          <Text span inherit fw={600} style={{ color: gap.reached ? TONES.success : TONES.warning }}>
            {gap.text}
          </Text>
        </>
      ) : null}
    </Text>
  );
}

/** « 33,3 % des sorties comptabilisées »: a figure's share of the whole it is part of (a figure without a target). */
export function ShareLine({ figure }: { figure: Targeted }) {
  if (!figure.percentOf || (figure.targetValue !== null && figure.targetValue !== undefined)) return null;
  return (
    <Text size="xs" component="span" display="block">
      {formatValue(figure.percentValue, 'rate_bp')} {figure.percentOf}
    </Text>
  );
}

/**
 * Where the figure stands against its target, drawn (the words say it too): a rate on 0–100 % with the target
 * marked; other figures as the share of the target reached.
 */
function TargetBar({ figure }: { figure: FigureData }) {
  const { value, targetValue, unit } = figure;
  if (value === null || targetValue === null || targetValue === undefined) return null;
  const rate = unit === 'rate_bp';
  const filled = rate ? Math.min(100, value / 100) : targetValue > 0 ? Math.min(100, (value / targetValue) * 100) : 100;
  const marker = rate ? Math.min(100, targetValue / 100) : 100;
  const reached = value >= targetValue;
  return (
    <Box
      aria-hidden="true"
      mt={6}
      style={{ position: 'relative', height: 8, background: 'var(--mantine-color-gray-2)', borderRadius: 4 }}
    >
      <Box
        style={{
          width: `${filled}%`,
          height: '100%',
          borderRadius: 4,
          background: reached ? TONES.success : 'var(--mantine-color-warning-6)',
        }}
      />
      {rate ? (
        <Box
          style={{
            position: 'absolute',
            left: `calc(${marker}% - 1px)`,
            top: -3,
            width: 2,
            height: 14,
            background: 'var(--mantine-color-dark-6)',
          }}
        />
      ) : null}
    </Box>
  );
}

/** How the figure is counted, behind a small « ? » that opens on click, tap or Enter (and closes on Escape). */
export function DefinitionHelp({ figure }: { figure: FigureData }) {
  if (!figure.definition) return null;
  return (
    <Popover width={300} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray.7" size="sm" radius="xl" aria-label={`Définition : ${figure.label}`}>
          <Text fw={700} size="sm" aria-hidden="true">
            ?
          </Text>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={`Définition : ${figure.label}`}>
        <Text size="sm">{figure.definition}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}

const PART_ROLES: Record<string, string> = { numerator: 'numérateur', denominator: 'dénominateur' };

/**
 * A rate's two counts under it, « Sorties dynamiques : 4 » over « Sorties examinées : 5 »: each a button opening its
 * records when `onOpen` is given (a rate has none of its own).
 */
function RateParts({ figure, onOpen }: { figure: FigureData; onOpen?: (part: FigurePart) => void }) {
  if (!figure.parts?.length) return null;
  return (
    <Stack gap={2} mt={6} align="flex-start">
      {figure.parts.map((p) => {
        const text = `${p.label} : ${formatValue(p.value, p.unit)}`;
        return onOpen && p.drillable ? (
          <UnstyledButton
            key={p.role}
            onClick={() => onOpen(p)}
            aria-label={`${text} — ${PART_ROLES[p.role] ?? p.role} du ${lowerFirst(figure.label)}, voir le détail`}
            fz="xs"
            c="blue.8"
            td="underline"
            style={{ borderRadius: 2, textAlign: 'left' }}
          >
            {text}
          </UnstyledButton>
        ) : (
          <Text key={p.role} size="xs">
            {text}
          </Text>
        );
      })}
    </Stack>
  );
}

/**
 * A rate's figure is the link to the records it is computed on — its denominator's (« Sorties examinées »): a button,
 * named by the rate first, that opens them (a rate has no records of its own).
 */
function RateValue({ figure, onOpen }: { figure: FigureData; onOpen: (part: FigurePart) => void }) {
  const value = formatValue(figure.value, figure.unit);
  const base = figure.parts?.find((p) => p.role === 'denominator' && p.drillable);
  const style = { fontVariantNumeric: 'tabular-nums' } as const;
  if (!base)
    return (
      <Text fz={26} fw={700} lh={1.2} component="span" display="block" style={style}>
        {value}
      </Text>
    );
  return (
    <UnstyledButton
      onClick={() => onOpen(base)}
      aria-label={`${figure.label} : ${value} — voir le détail des ${lowerFirst(base.label)} (${formatValue(base.value, base.unit)})`}
      fz={26}
      fw={700}
      lh={1.2}
      c="blue.8"
      td="underline"
      style={{ ...style, borderRadius: 4, alignSelf: 'flex-start' }}
    >
      {value}
    </UnstyledButton>
  );
}

/**
 * A figure: its label, value, target and how far from it. When `onOpen` is given the figure is a button (named by
 * its label first) that opens the records behind it; a rate's figure opens the records it is computed on (its
 * denominator's), and its two counts under it open theirs (`onOpenPart`). A rate on fewer than 5 exits says so.
 */
export function FigureCard({
  figure,
  onOpen,
  onOpenPart,
}: {
  figure: FigureData;
  onOpen?: () => void;
  onOpenPart?: (part: FigurePart) => void;
}) {
  const body = (
    <Stack gap={2}>
      <Text size="sm" fw={600} component="span" display="block">
        {figure.label}
      </Text>
      {!onOpen && onOpenPart ? (
        <RateValue figure={figure} onOpen={onOpenPart} />
      ) : (
        <Text fz={26} fw={700} lh={1.2} component="span" display="block" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatValue(figure.value, figure.unit)}
        </Text>
      )}
      {figure.smallBaseNote ? (
        <Text size="xs" fw={600} component="span" display="block" style={{ color: TONES.warning }}>
          {figure.smallBaseNote}
        </Text>
      ) : null}
      {figure.value === null ? (
        <Text size="xs" c="dimmed" component="span" display="block">
          non calculable sur la période
        </Text>
      ) : null}
      <ShareLine figure={figure} />
      <TargetLine figure={figure} />
      <TargetBar figure={figure} />
      {onOpen ? (
        <Text size="xs" c="blue.8" td="underline" mt={4} component="span" display="block">
          Voir le détail
        </Text>
      ) : null}
    </Stack>
  );
  return (
    <Paper withBorder p="sm" radius="md" h="100%">
      <Group align="flex-start" justify="space-between" gap={4} wrap="nowrap" h="100%">
        {onOpen ? (
          <UnstyledButton
            onClick={onOpen}
            // A button centres its content vertically: the figure reads from the top, like the cards beside it.
            style={{
              flex: 1,
              alignSelf: 'stretch',
              borderRadius: 4,
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'flex-start',
            }}
          >
            {body}
          </UnstyledButton>
        ) : (
          <Box style={{ flex: 1 }}>
            {body}
            <RateParts figure={figure} onOpen={onOpenPart} />
          </Box>
        )}
        <DefinitionHelp figure={figure} />
      </Group>
    </Paper>
  );
}
