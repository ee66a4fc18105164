import {
  REPORT_JOB_STATUS_LABELS,
  REPORT_KIND_LABELS,
  ReportFormat,
  type ReportJobStatus,
  type ReportKind,
} from '@tremplin/domain';
import type { ReportJobType } from './dto/report-job.type';

/** What was asked, stored with the job (`report_job.parameters`) and printed on the report. */
export interface ReportParameters {
  kind: string;
  kindLabel: string;
  subject:
    | { type: 'AGREEMENT'; id: string; reference: string; title: string; funderName: string; funderKind: string }
    | { type: 'PARTNERSHIP'; id: string; partnerName: string };
  /** « FSE-2026 — Accompagnement (Région Normandie) » or « Partenariat Habitat 76 ». */
  subjectLabel: string;
  periodStart: string;
  periodEnd: string;
  requestedBy: { id: string; name: string } | null;
}

export const REPORT_MESSAGES = {
  jobNotFound: 'Ce rapport est introuvable dans votre structure.',
  fileNotReady: 'Ce fichier n’existe pas ou le rapport n’est pas encore prêt.',
  agreementNotFound: 'Cette convention de financement est introuvable dans votre structure.',
  partnershipNotFound: 'Ce partenariat est introuvable dans votre structure.',
  agreementRequired: 'Choisissez la convention sur laquelle porte le rapport.',
  partnershipRequired: 'Choisissez le partenariat sur lequel porte le rapport.',
  agreementForPartnership: 'Un rapport de partenariat porte sur un partenariat, pas sur une convention.',
  partnershipForAgreement: 'Ce type de rapport porte sur une convention, pas sur un partenariat.',
  kindMismatch: (kind: ReportKind, funderLabel: string) =>
    `Le « ${REPORT_KIND_LABELS[kind]} » ne porte pas sur une convention de ce financeur (${funderLabel}) : choisissez une convention ${expectedFunder(kind)}.`,
  noReportForFunder: (funderLabel: string) =>
    `Les conventions de ce type de financeur (${funderLabel}) n’ont pas de rapport type : choisissez une convention FSE+, OPCO ou DDETS.`,
  periodOrder: 'La fin de la période doit être le même jour que son début ou après.',
  periodTooLong: 'Un rapport porte sur 3 ans au plus : raccourcissez la période.',
} as const;

function expectedFunder(kind: ReportKind): string {
  if (kind === 'FSE_PLUS') return 'd’un financeur FSE+';
  if (kind === 'OPCO') return 'd’un OPCO';
  return 'de la DDETS (aide au poste ou FDI)';
}

/** A row of `report_job` (without its figures) with the SHA-256 of its files, as the list and the detail read it. */
export interface ReportJobRow {
  id: string;
  kind: string;
  agreement_id: string | null;
  partnership_id: string | null;
  status: string;
  progress: number;
  progress_label: string | null;
  period_start: string;
  period_end: string;
  parameters: ReportParameters;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
  figures_sha256: string | null;
  pdf_pages: number | null;
  pdf_sha256: string | null;
  xlsx_sha256: string | null;
}

/** The download path of a report's file (the REST controller), relative to the application's origin. */
export function reportFileUrl(jobId: string, format: ReportFormat): string {
  return `/api/reports/${jobId}/${format === ReportFormat.PDF ? 'pdf' : 'xlsx'}`;
}

export function toReportJobType(r: ReportJobRow): ReportJobType {
  const done = r.status === 'DONE';
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: REPORT_KIND_LABELS[r.kind as ReportKind] ?? r.kind,
    agreementId: r.agreement_id,
    partnershipId: r.partnership_id,
    status: r.status,
    statusLabel: REPORT_JOB_STATUS_LABELS[r.status as ReportJobStatus] ?? r.status,
    progress: r.progress,
    progressLabel: r.progress_label,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    subjectLabel: r.parameters.subjectLabel,
    requestedBy: r.parameters.requestedBy?.name ?? null,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error,
    figuresSha256: r.figures_sha256?.trim() ?? null,
    pdfSha256: r.pdf_sha256?.trim() ?? null,
    xlsxSha256: r.xlsx_sha256?.trim() ?? null,
    pdfPages: r.pdf_pages,
    pdfUrl: done && r.pdf_sha256 ? reportFileUrl(r.id, ReportFormat.PDF) : null,
    xlsxUrl: done && r.xlsx_sha256 ? reportFileUrl(r.id, ReportFormat.XLSX) : null,
  };
}

/** `tremplin-fse-plus-FSE-2026-2026-01-01-2026-12-31.pdf`: ASCII only, safe in a Content-Disposition header. */
export function reportFileName(
  kind: string,
  parameters: ReportParameters,
  periodStart: string,
  periodEnd: string,
  format: ReportFormat,
): string {
  const subject =
    parameters.subject.type === 'AGREEMENT' ? parameters.subject.reference : parameters.subject.partnerName;
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'rapport';
  const ext = format === ReportFormat.PDF ? 'pdf' : 'xlsx';
  return `tremplin-${safe(kind.toLowerCase().replace(/_/g, '-'))}-${safe(subject)}-${periodStart}-${periodEnd}.${ext}`;
}
