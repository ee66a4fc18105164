/** Test data builders for the intake records and the certification list (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  diagnosisValidUntil,
  DiagnosisAuthor,
  effectivePassEndDate,
  EligibilityCriterionCode,
  passEndDate,
  PassProlongationReason,
  PassSuspensionReason,
  PrescriberKind,
} from '@tremplin/domain';

let seq = 0;
const next = () => ++seq;

export interface BuiltCertification {
  id: string;
  blockIds: string[];
}

/** A certification with `blocks` blocks (or the given block codes), active unless told otherwise. */
export async function buildCertification(
  db: DataSource,
  o: Partial<{
    title: string;
    rncpCode: string | null;
    level: number;
    certifier: string;
    active: boolean;
    blocks: number | string[];
  }> = {},
): Promise<BuiltCertification> {
  const id = randomUUID();
  const n = next();
  await db.query(
    `INSERT INTO certification (id, title, rncp_code, level, certifier, active) VALUES ($1,$2,$3,$4,$5,$6)`,
    [
      id,
      o.title ?? `Certification de test ${n}`,
      o.rncpCode === undefined ? null : o.rncpCode,
      o.level ?? 3,
      o.certifier ?? 'Certificateur de test',
      o.active ?? true,
    ],
  );
  const codes = Array.isArray(o.blocks) ? o.blocks : Array.from({ length: o.blocks ?? 2 }, (_, i) => `B${i + 1}`);
  const blockIds: string[] = [];
  for (const [i, code] of codes.entries()) {
    const blockId = randomUUID();
    blockIds.push(blockId);
    await db.query(
      `INSERT INTO certification_block (id, certification_id, code, title, position) VALUES ($1,$2,$3,$4,$5)`,
      [blockId, id, code, `Bloc ${code}`, i + 1],
    );
  }
  return { id, blockIds };
}

export async function buildReferral(
  db: DataSource,
  structureId: string,
  personId: string,
  o: Partial<{
    prescriberKind: PrescriberKind;
    prescriberOrganisation: string;
    prescriberContactName: string | null;
    referredOn: string;
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO referral (id, structure_id, person_id, prescriber_kind, prescriber_organisation, prescriber_contact_name, referred_on)
     VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [
      id,
      structureId,
      personId,
      o.prescriberKind ?? PrescriberKind.FRANCE_TRAVAIL,
      o.prescriberOrganisation ?? 'France Travail Rouen',
      o.prescriberContactName === undefined ? 'Agnès Conseil' : o.prescriberContactName,
      o.referredOn ?? '2026-01-05',
    ],
  );
  return { id };
}

/** A diagnosis with its criteria (default: one level-1 criterion, RSA). Validity computed by the shared rule. */
export async function buildDiagnosis(
  db: DataSource,
  structureId: string,
  personId: string,
  o: Partial<{
    author: DiagnosisAuthor;
    authorName: string;
    diagnosedOn: string;
    criteria: { code: EligibilityCriterionCode; proofDate?: string; proofReference?: string | null }[];
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  const author = o.author ?? DiagnosisAuthor.PRESCRIBER;
  const diagnosedOn = o.diagnosedOn ?? '2026-01-10';
  const [{ kind }] = await db.query(`SELECT kind FROM structure WHERE id = $1`, [structureId]);
  await db.query(
    `INSERT INTO eligibility_diagnosis (id, structure_id, person_id, author, author_name, diagnosed_on, valid_until)
     VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [
      id,
      structureId,
      personId,
      author,
      o.authorName ?? 'France Travail Rouen',
      diagnosedOn,
      diagnosisValidUntil(author, diagnosedOn, kind),
    ],
  );
  for (const c of o.criteria ?? [{ code: EligibilityCriterionCode.RSA }])
    await db.query(
      `INSERT INTO eligibility_criterion (structure_id, diagnosis_id, code, proof_reference, proof_date) VALUES ($1,$2,$3,$4,$5)`,
      [structureId, id, c.code, c.proofReference ?? null, c.proofDate ?? diagnosedOn],
    );
  return { id };
}

/** A unique, well-formed 12-character PASS IAE number. */
export function passNumber(): string {
  return `99999${String(next()).padStart(7, '0')}`;
}

/** A PASS IAE with its suspensions and prolongations; the end date is computed by the shared rule. */
export async function buildPassIae(
  db: DataSource,
  structureId: string,
  personId: string,
  o: Partial<{
    number: string;
    startDate: string;
    suspensions: { startDate: string; endDate: string; reason?: PassSuspensionReason }[];
    prolongations: { startDate: string; endDate: string; reason?: PassProlongationReason; requestedOn?: string }[];
    officialEndDate: string | null;
  }> = {},
): Promise<{ id: string; number: string; endDate: string }> {
  const id = randomUUID();
  const number = o.number ?? passNumber();
  const startDate = o.startDate ?? '2026-01-15';
  const suspensions = o.suspensions ?? [];
  const prolongations = o.prolongations ?? [];
  const officialEndDate = o.officialEndDate ?? null;
  const endDate = effectivePassEndDate(passEndDate(startDate, suspensions, prolongations), officialEndDate);
  await db.query(
    `INSERT INTO pass_iae (id, structure_id, person_id, number, start_date, end_date, official_end_date)
     VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [id, structureId, personId, number, startDate, endDate, officialEndDate],
  );
  for (const s of suspensions)
    await db.query(
      `INSERT INTO pass_suspension (structure_id, pass_id, start_date, end_date, reason) VALUES ($1,$2,$3,$4,$5)`,
      [structureId, id, s.startDate, s.endDate, s.reason ?? PassSuspensionReason.CONTRACT_SUSPENDED],
    );
  for (const p of prolongations)
    await db.query(
      `INSERT INTO pass_prolongation (structure_id, pass_id, reason, start_date, end_date, requested_on)
       VALUES ($1,$2,$3,$4,$5,$6)`,
      [
        structureId,
        id,
        p.reason ?? PassProlongationReason.COMPLETE_TRAINING,
        p.startDate,
        p.endDate,
        p.requestedOn ?? startDate,
      ],
    );
  return { id, number, endDate };
}
