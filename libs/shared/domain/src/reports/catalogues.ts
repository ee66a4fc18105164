/** Funder reports and the director's dashboard (issue 6; docs/adr/0007-funder-reports.md). */

/** The indicator set of a report, after the funder kind it answers to. */
export enum ReportKind {
  /** FSE+ participants at entry and exit by gender, age band, ISCED level, labour-market status; outcomes. */
  FSE_PLUS = 'FSE_PLUS',
  /** Justified training hours and amount per professionalisation contract. */
  OPCO = 'OPCO',
  /** Entries, exits by category, dynamic-exit rate with the presence rule applied. */
  DDETS = 'DDETS',
  /** A landlord partnership: proposals, validations, hires vs target, retention. */
  PARTNERSHIP = 'PARTNERSHIP',
}

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  [ReportKind.FSE_PLUS]: 'Bilan FSE+ (participant·es)',
  [ReportKind.OPCO]: 'Bilan OPCO (heures de formation justifiées)',
  [ReportKind.DDETS]: 'Bilan DDETS (entrées, sorties, sorties dynamiques)',
  [ReportKind.PARTNERSHIP]: 'Bilan de partenariat bailleur',
};

export enum ReportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export const REPORT_JOB_STATUS_LABELS: Record<ReportJobStatus, string> = {
  [ReportJobStatus.QUEUED]: 'En file d’attente',
  [ReportJobStatus.RUNNING]: 'En cours de génération',
  [ReportJobStatus.DONE]: 'Prêt',
  [ReportJobStatus.FAILED]: 'Échec',
};

export enum ReportFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
}

/** Reference targets (circulaire DGEFP 2008-21) used when a structure has set none for the year. */
export const DEFAULT_DYNAMIC_EXIT_TARGET_BP = 6000;
export const DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP = 2500;
