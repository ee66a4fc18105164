/**
 * Test data builders for funders, funding agreements, staff time, expenses, allocations and FSE+ participants.
 * Written by SQL (the API under test is not used to set the world up), readable defaults.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { insertRow } from './builders.repository';
import { FunderKind, FundingSourceKind } from '@tremplin/domain';

type Db = Pick<DataSource, 'query'>;

let seq = 0;
const next = () => ++seq;

export async function buildFunder(
  db: Db,
  structureId: string,
  o: Partial<{ kind: FunderKind; name: string; hourlyRateCents: number | null; contactEmail: string | null }> = {},
): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  const name = o.name ?? `Financeur ${next()}`;
  await insertRow(db, 'funder', {
    id,
    structure_id: structureId,
    kind: o.kind ?? FunderKind.OTHER,
    name,
    hourly_rate_cents: o.hourlyRateCents ?? null,
    contact_email: o.contactEmail ?? null,
  });
  return { id, name };
}

export async function buildFundingAgreement(
  db: Db,
  structureId: string,
  funderId: string,
  o: Partial<{
    reference: string;
    title: string;
    startDate: string;
    endDate: string;
    amountGrantedCents: number;
    coFinancingRateBp: number;
    hourlyRateCents: number | null;
    sourceKinds: FundingSourceKind[];
    scope: string | null;
    indicators: string[];
  }> = {},
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const reference = o.reference ?? `CONV-${next()}`;
  await insertRow(db, 'funding_agreement', {
    id,
    structure_id: structureId,
    funder_id: funderId,
    reference,
    title: o.title ?? `Convention ${reference}`,
    start_date: o.startDate ?? '2026-01-01',
    end_date: o.endDate ?? '2026-12-31',
    amount_granted_cents: o.amountGrantedCents ?? 10_000_000,
    co_financing_rate_bp: o.coFinancingRateBp ?? 10_000,
    hourly_rate_cents: o.hourlyRateCents ?? null,
    source_kinds: o.sourceKinds ?? Object.values(FundingSourceKind),
    scope: o.scope ?? null,
    indicators: o.indicators ?? [],
  });
  return { id, reference };
}

export async function buildStaffTime(
  db: Db,
  structureId: string,
  userId: string,
  o: Partial<{
    personId: string | null;
    workedOn: string;
    minutes: number;
    hourlyCostCents: number;
    description: string;
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'staff_time_entry', {
    id,
    structure_id: structureId,
    user_id: userId,
    person_id: o.personId ?? null,
    worked_on: o.workedOn ?? '2026-03-02',
    minutes: o.minutes ?? 7 * 60,
    hourly_cost_cents: o.hourlyCostCents ?? 3_000,
    description: o.description ?? 'Entretiens individuels',
  });
  return { id };
}

export async function buildExpense(
  db: Db,
  structureId: string,
  o: Partial<{ incurredOn: string; label: string; amountCents: number; proofReference: string | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'expense', {
    id,
    structure_id: structureId,
    incurred_on: o.incurredOn ?? '2026-03-03',
    label: o.label ?? `Dépense ${next()}`,
    amount_cents: o.amountCents ?? 100_000,
    proof_reference: o.proofReference ?? null,
  });
  return { id };
}

const SOURCE_COLUMN: Record<FundingSourceKind, string> = {
  [FundingSourceKind.TRAINING_ATTENDANCE]: 'attendance_id',
  [FundingSourceKind.MISSION]: 'mission_id',
  [FundingSourceKind.STAFF_TIME]: 'staff_time_entry_id',
  [FundingSourceKind.EXPENSE]: 'expense_id',
};

/** An allocation written directly (the guard is not applied: the test states what exists). */
export async function buildAllocation(
  db: Db,
  structureId: string,
  agreementId: string,
  sourceKind: FundingSourceKind,
  sourceId: string,
  quantity: number,
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'funding_allocation', {
    id,
    structure_id: structureId,
    agreement_id: agreementId,
    source_kind: sourceKind,
    [SOURCE_COLUMN[sourceKind]]: sourceId,
    quantity,
  });
  return { id };
}

export async function buildFseParticipant(
  db: Db,
  structureId: string,
  agreementId: string,
  personId: string,
  o: Partial<{
    entryDate: string | null;
    gender: string | null;
    labourMarketStatus: string | null;
    iscedLevel: string | null;
    situations: string[];
    situationsAnswered: boolean | null;
    birthYear: number | null;
    exitDate: string | null;
    exitSituation: string | null;
    sixMonthsCheckedOn: string | null;
    sixMonthsEmployed: boolean | null;
    sixMonthsImprovedSituation: boolean | null;
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'fse_participant', {
    id,
    structure_id: structureId,
    agreement_id: agreementId,
    person_id: personId,
    entry_date: o.entryDate !== undefined ? o.entryDate : '2026-01-05',
    gender: o.gender !== undefined ? o.gender : 'WOMAN',
    labour_market_status: o.labourMarketStatus !== undefined ? o.labourMarketStatus : 'LONG_TERM_UNEMPLOYED',
    isced_level: o.iscedLevel !== undefined ? o.iscedLevel : 'ISCED_0_2',
    situations: o.situations ?? [],
    situations_answered: o.situationsAnswered !== undefined ? o.situationsAnswered : true,
    birth_year: o.birthYear !== undefined ? o.birthYear : 1990,
    exit_date: o.exitDate ?? null,
    exit_situation: o.exitSituation ?? null,
    six_months_checked_on: o.sixMonthsCheckedOn ?? null,
    six_months_employed: o.sixMonthsEmployed ?? null,
    six_months_improved_situation: o.sixMonthsImprovedSituation ?? null,
  });
  return { id };
}
