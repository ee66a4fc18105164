/**
 * Test data builders for the contrats de professionnalisation: an OPCO funder, a contract in any status, a break
 * follow-up. Written by SQL with readable defaults (override what the test is about); grouped in `contractRows` so
 * that their names never clash with other modules' builders.
 */
import type { DataSource } from 'typeorm';
import { insertRowWithId } from './builders.repository';

type Db = Pick<DataSource, 'query'>;

const insert = insertRowWithId;

/** Valid SIRETs (Luhn key) for the employer and the workplace. */
export const CONTRACT_SIRETS = { employer: '73282932000074', workplace: '44306184100047' } as const;

export interface ContractRowOverrides {
  status: string;
  cerfaKind: number;
  form: string;
  publicCategory: string;
  startDate: string;
  endDate: string;
  trialPeriodDays: number;
  weeklyMinutes: number;
  plannedTrainingMinutes: number;
  certificationId: string;
  structureTutorId: string | null;
  hostTutorId: string | null;
  hostTutorExperienceMonths: number | null;
  hostTutorIsEmployer: boolean;
  opcoFunderId: string | null;
  hourlyRateCents: number | null;
  submittedOn: string | null;
  opcoDecision: string | null;
  opcoDecidedOn: string | null;
  brokenOn: string | null;
  breakReason: string | null;
  renewedFromId: string | null;
  employerSiret: string;
  workplaceSiret: string;
  collectiveAgreement: string | null;
  jobTitle: string;
  franceTravailId: string | null;
  grossMonthlyPayCents: number;
  trainingBodyName: string;
  trainingBodySiret: string | null;
  branchAgreementReference: string | null;
  branchAgreementMaxTrainingPercent: number | null;
  opcoFileNumber: string | null;
}

/** `s` = structure id, `p` = person id. Dates `YYYY-MM-DD`, durations in minutes, money in cents. */
export const contractRows = {
  /** A funder of the structure, an OPCO unless told. */
  funder: (db: Db, s: string, o: Partial<{ kind: string; name: string; hourlyRateCents: number | null }> = {}) =>
    insert(db, 'funder', {
      structure_id: s,
      kind: o.kind ?? 'OPCO',
      name: o.name ?? 'OPCO Cohésion sociale',
      hourly_rate_cents: o.hourlyRateCents === undefined ? null : o.hourlyRateCents,
    }),

  /**
   * A contract (DRAFT unless told) for 12 months full time from 01/09/2026 with 350 h of training. Pass
   * `certificationId` (required by the schema).
   */
  contract: (db: Db, s: string, p: string, o: Partial<ContractRowOverrides> & { certificationId: string }) =>
    insert(db, 'professionalisation_contract', {
      structure_id: s,
      person_id: p,
      status: o.status ?? 'DRAFT',
      cerfa_kind: o.cerfaKind ?? 1,
      form: o.form ?? 'CDD',
      public_category: o.publicCategory ?? 'STANDARD',
      employer_siret: o.employerSiret ?? CONTRACT_SIRETS.employer,
      workplace_siret: o.workplaceSiret ?? CONTRACT_SIRETS.workplace,
      collective_agreement: o.collectiveAgreement ?? null,
      job_title: o.jobTitle ?? 'Gardien·ne d’immeuble',
      france_travail_id: o.franceTravailId ?? null,
      start_date: o.startDate ?? '2026-09-01',
      end_date: o.endDate ?? '2027-08-31',
      trial_period_days: o.trialPeriodDays ?? 30,
      weekly_minutes: o.weeklyMinutes ?? 35 * 60,
      gross_monthly_pay_cents: o.grossMonthlyPayCents ?? 182_300,
      certification_id: o.certificationId,
      training_body_name: o.trainingBodyName ?? 'AFPOLS',
      training_body_siret: o.trainingBodySiret ?? null,
      branch_agreement_reference: o.branchAgreementReference ?? null,
      branch_agreement_max_training_percent: o.branchAgreementMaxTrainingPercent ?? null,
      opco_file_number: o.opcoFileNumber ?? null,
      planned_training_minutes: o.plannedTrainingMinutes ?? 350 * 60,
      structure_tutor_id: o.structureTutorId ?? null,
      host_tutor_id: o.hostTutorId ?? null,
      host_tutor_experience_months: o.hostTutorExperienceMonths === undefined ? 36 : o.hostTutorExperienceMonths,
      host_tutor_is_employer: o.hostTutorIsEmployer ?? false,
      opco_funder_id: o.opcoFunderId ?? null,
      hourly_rate_cents: o.hourlyRateCents ?? null,
      submitted_on: o.submittedOn ?? null,
      opco_decision: o.opcoDecision ?? null,
      opco_decided_on: o.opcoDecidedOn ?? null,
      broken_on: o.brokenOn ?? null,
      break_reason: o.breakReason ?? null,
      renewed_from_id: o.renewedFromId ?? null,
    }),

  followUp: (
    db: Db,
    s: string,
    p: string,
    contractId: string,
    o: Partial<{
      dueOn: string;
      opcoInformedOn: string | null;
      reorientation: string | null;
      closedOn: string | null;
    }> = {},
  ) =>
    insert(db, 'contract_break_follow_up', {
      structure_id: s,
      person_id: p,
      contract_id: contractId,
      due_on: o.dueOn ?? '2026-10-15',
      opco_informed_on: o.opcoInformedOn ?? null,
      reorientation: o.reorientation ?? null,
      closed_on: o.closedOn ?? null,
    }),
};
