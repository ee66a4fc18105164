/**
 * Test data builders for funders, funding agreements, staff time, expenses, allocations and FSE+ participants.
 * Written by SQL (the API under test is not used to set the world up), readable defaults.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
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
  await db.query(
    `INSERT INTO funder (id, structure_id, kind, name, hourly_rate_cents, contact_email) VALUES ($1,$2,$3,$4,$5,$6)`,
    [id, structureId, o.kind ?? FunderKind.OTHER, name, o.hourlyRateCents ?? null, o.contactEmail ?? null],
  );
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
  await db.query(
    `INSERT INTO funding_agreement (id, structure_id, funder_id, reference, title, start_date, end_date, amount_granted_cents,
       co_financing_rate_bp, hourly_rate_cents, source_kinds, scope, indicators)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [
      id,
      structureId,
      funderId,
      reference,
      o.title ?? `Convention ${reference}`,
      o.startDate ?? '2026-01-01',
      o.endDate ?? '2026-12-31',
      o.amountGrantedCents ?? 10_000_000,
      o.coFinancingRateBp ?? 10_000,
      o.hourlyRateCents ?? null,
      o.sourceKinds ?? Object.values(FundingSourceKind),
      o.scope ?? null,
      o.indicators ?? [],
    ],
  );
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
  await db.query(
    `INSERT INTO staff_time_entry (id, structure_id, user_id, person_id, worked_on, minutes, hourly_cost_cents, description)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [
      id,
      structureId,
      userId,
      o.personId ?? null,
      o.workedOn ?? '2026-03-02',
      o.minutes ?? 7 * 60,
      o.hourlyCostCents ?? 3_000,
      o.description ?? 'Entretiens individuels',
    ],
  );
  return { id };
}

export async function buildExpense(
  db: Db,
  structureId: string,
  o: Partial<{ incurredOn: string; label: string; amountCents: number; proofReference: string | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO expense (id, structure_id, incurred_on, label, amount_cents, proof_reference) VALUES ($1,$2,$3,$4,$5,$6)`,
    [
      id,
      structureId,
      o.incurredOn ?? '2026-03-03',
      o.label ?? `Dépense ${next()}`,
      o.amountCents ?? 100_000,
      o.proofReference ?? null,
    ],
  );
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
  await db.query(
    `INSERT INTO funding_allocation (id, structure_id, agreement_id, source_kind, ${SOURCE_COLUMN[sourceKind]}, quantity)
     VALUES ($1,$2,$3,$4,$5,$6)`,
    [id, structureId, agreementId, sourceKind, sourceId, quantity],
  );
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
  await db.query(
    `INSERT INTO fse_participant (id, structure_id, agreement_id, person_id, entry_date, gender, labour_market_status, isced_level,
       situations, situations_answered, birth_year, exit_date, exit_situation, six_months_checked_on, six_months_employed,
       six_months_improved_situation)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)`,
    [
      id,
      structureId,
      agreementId,
      personId,
      o.entryDate !== undefined ? o.entryDate : '2026-01-05',
      o.gender !== undefined ? o.gender : 'WOMAN',
      o.labourMarketStatus !== undefined ? o.labourMarketStatus : 'LONG_TERM_UNEMPLOYED',
      o.iscedLevel !== undefined ? o.iscedLevel : 'ISCED_0_2',
      o.situations ?? [],
      o.situationsAnswered !== undefined ? o.situationsAnswered : true,
      o.birthYear !== undefined ? o.birthYear : 1990,
      o.exitDate ?? null,
      o.exitSituation ?? null,
      o.sixMonthsCheckedOn ?? null,
      o.sixMonthsEmployed ?? null,
      o.sixMonthsImprovedSituation ?? null,
    ],
  );
  return { id };
}
