/** Test data builders for the intake records and the certification list (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { insertRow, structureKindOf } from './builders.repository';
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
  await insertRow(db, 'certification', {
    id,
    title: o.title ?? `Certification de test ${n}`,
    rncp_code: o.rncpCode === undefined ? null : o.rncpCode,
    level: o.level ?? 3,
    certifier: o.certifier ?? 'Certificateur de test',
    active: o.active ?? true,
  });
  const codes = Array.isArray(o.blocks) ? o.blocks : Array.from({ length: o.blocks ?? 2 }, (_, i) => `B${i + 1}`);
  const blockIds: string[] = [];
  for (const [i, code] of codes.entries()) {
    const blockId = randomUUID();
    blockIds.push(blockId);
    await insertRow(db, 'certification_block', {
      id: blockId,
      certification_id: id,
      code,
      title: `Bloc ${code}`,
      position: i + 1,
    });
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
  await insertRow(db, 'referral', {
    id,
    structure_id: structureId,
    person_id: personId,
    prescriber_kind: o.prescriberKind ?? PrescriberKind.FRANCE_TRAVAIL,
    prescriber_organisation: o.prescriberOrganisation ?? 'France Travail Rouen',
    prescriber_contact_name: o.prescriberContactName === undefined ? 'Agnès Conseil' : o.prescriberContactName,
    referred_on: o.referredOn ?? '2026-01-05',
  });
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
  const kind = await structureKindOf(db, structureId);
  await insertRow(db, 'eligibility_diagnosis', {
    id,
    structure_id: structureId,
    person_id: personId,
    author,
    author_name: o.authorName ?? 'France Travail Rouen',
    diagnosed_on: diagnosedOn,
    valid_until: diagnosisValidUntil(author, diagnosedOn, kind),
  });
  for (const c of o.criteria ?? [{ code: EligibilityCriterionCode.RSA }])
    await insertRow(db, 'eligibility_criterion', {
      structure_id: structureId,
      diagnosis_id: id,
      code: c.code,
      proof_reference: c.proofReference ?? null,
      proof_date: c.proofDate ?? diagnosedOn,
    });
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
  await insertRow(db, 'pass_iae', {
    id,
    structure_id: structureId,
    person_id: personId,
    number,
    start_date: startDate,
    end_date: endDate,
    official_end_date: officialEndDate,
  });
  for (const s of suspensions)
    await insertRow(db, 'pass_suspension', {
      structure_id: structureId,
      pass_id: id,
      start_date: s.startDate,
      end_date: s.endDate,
      reason: s.reason ?? PassSuspensionReason.CONTRACT_SUSPENDED,
    });
  // Requested in the order given: one second apart, so that « the order they were requested » (requested_on, then
  // created_at) is theirs even when every insert shares one transaction's now() (PGlite's single session).
  const requestedFrom = Date.now() - prolongations.length * 1000;
  for (const [i, p] of prolongations.entries())
    await insertRow(db, 'pass_prolongation', {
      structure_id: structureId,
      pass_id: id,
      reason: p.reason ?? PassProlongationReason.COMPLETE_TRAINING,
      start_date: p.startDate,
      end_date: p.endDate,
      requested_on: p.requestedOn ?? startDate,
      created_at: new Date(requestedFrom + i * 1000),
    });
  return { id, number, endDate };
}
