import {
  type CellValue,
  type FigureUnit,
  formatFigureValue,
  formatInstantFr,
  formatIsoDateFr,
  type ReportFigure,
  type ReportFigures,
} from '@tremplin/domain';
import type { RenderMeta } from './render-types';

/** `12/03/2026 à 10:42`, in Paris time: when the report was asked for. */
export function generatedAtLabel(iso: string): string {
  return formatInstantFr(iso);
}

/** `du 01/01/2026 au 31/12/2026`. */
export function periodLabel(period: { start: string; end: string }): string {
  return `du ${formatIsoDateFr(period.start)} au ${formatIsoDateFr(period.end)}`;
}

/** A table cell as printed: numbers by unit (formatFigureValue), dates dd/mm/yyyy, Oui/Non, « — » when empty. */
export function cellText(value: CellValue | undefined, unit: FigureUnit | 'text' | 'date'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (unit === 'date') return typeof value === 'string' ? formatIsoDateFr(value) : String(value);
  if (unit === 'text') return String(value);
  return typeof value === 'number' ? formatFigureValue(value, unit) : String(value);
}

/**
 * A figure's target and percentage as printed: « Objectif : 60 % », « Objectif d’embauches 2026 : 10 (30 % de
 * l’objectif) », « 33,3 % des sorties comptabilisées ».
 */
export function targetText(figure: ReportFigure): string {
  const percent = figure.percent ? `${formatFigureValue(figure.percent.value, 'rate_bp')} ${figure.percent.of}` : '';
  if (!figure.target) return percent;
  const target = `${figure.target.label} : ${formatFigureValue(figure.target.value, figure.unit)}`;
  return percent ? `${target} (${percent})` : target;
}

/** The parameters of a report, as the cover page and the « Paramètres » sheet list them. */
export function parameterLines(
  figures: ReportFigures,
  meta: RenderMeta,
  figuresSha256: string,
): { label: string; value: string }[] {
  const lines = [
    { label: 'Rapport', value: meta.kindLabel },
    { label: 'Structure', value: figures.structureName },
    { label: 'Objet', value: figures.subject.label },
  ];
  if (figures.subject.funder) lines.push({ label: 'Financeur', value: figures.subject.funder });
  if (figures.subject.reference) lines.push({ label: 'Référence', value: figures.subject.reference });
  lines.push(
    { label: 'Période', value: periodLabel(figures.period) },
    { label: 'Demandé par', value: meta.requestedBy ?? '—' },
    { label: 'Généré le', value: generatedAtLabel(meta.createdAt) },
    { label: 'Identifiant du rapport', value: meta.jobId },
    { label: 'Empreinte des chiffres (SHA-256)', value: figuresSha256 },
  );
  return lines;
}

/** The two lines printed at the foot of every page: when and on what, then which report and which figures. */
export function footerLines(figures: ReportFigures, meta: RenderMeta, figuresSha256: string): [string, string] {
  const reference = figures.subject.reference ? ` · ${figures.subject.reference}` : '';
  return [
    `Généré le ${generatedAtLabel(meta.createdAt)} · ${figures.structureName}${reference} · ${periodLabel(figures.period)}`,
    `${meta.kindLabel} · demandé par ${meta.requestedBy ?? '—'} · empreinte des chiffres ${figuresSha256.slice(0, 12)}`,
  ];
}
