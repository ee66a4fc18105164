import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { insertPersonBatch, insertRow } from './builders.repository';
import { isValidSiret, normalizeForSearch, PathwayStage, Role, StructureKind } from '@tremplin/domain';

/**
 * Test data builders: readable defaults, override what the test is about. They write through SQL so that a test
 * states its world without going through the API under test.
 */
export const TEST_PASSWORD = 'Mot-de-passe-test-2026';
let passwordHash: Promise<string> | undefined;
const hash = () =>
  (passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2 }));

let seq = 0;
const next = () => ++seq;

/** A valid SIRET (control key), different at each call. */
export function validSiret(): string {
  for (;;) {
    const base = String(Date.now() % 1e8).padStart(8, '0') + String(next()).padStart(5, '0');
    for (let c = 0; c < 10; c++) if (isValidSiret(base + c)) return base + c;
  }
}

export interface BuiltStructure {
  id: string;
  name: string;
}

export async function buildStructure(
  db: DataSource,
  o: Partial<{ name: string; kind: StructureKind }> = {},
): Promise<BuiltStructure> {
  const id = randomUUID();
  const name = o.name ?? `Structure ${next()}`;
  await insertRow(db, 'structure', { id, name, kind: o.kind ?? StructureKind.AI, siret: validSiret(), city: 'Rouen' });
  return { id, name };
}

export async function buildPartnerOrganisation(
  db: DataSource,
  o: Partial<{ name: string; kind: 'SOCIAL_LANDLORD' | 'OTHER'; siret: string | null; city: string | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'partner_organisation', {
    id,
    name: o.name ?? `Bailleur ${next()}`,
    kind: o.kind ?? 'SOCIAL_LANDLORD',
    siret: o.siret ?? null,
    city: o.city === undefined ? 'Rouen' : o.city,
  });
  return { id };
}

export interface BuiltUser {
  id: string;
  email: string;
  password: string;
}

export async function buildUser(
  db: DataSource,
  o: {
    role: Role;
    structureId?: string;
    partnerOrganisationId?: string;
    firstName?: string;
    lastName?: string;
    email?: string;
    active?: boolean;
  },
): Promise<BuiltUser> {
  const id = randomUUID();
  const n = next();
  const email = o.email ?? `utilisateur${n}.${Date.now()}@test.tremplin`;
  await insertRow(db, 'app_user', {
    id,
    email,
    first_name: o.firstName ?? 'Camille',
    last_name: o.lastName ?? `Testeur${n}`,
    password_hash: await hash(),
    role: o.role,
    structure_id: o.structureId ?? null,
    partner_organisation_id: o.partnerOrganisationId ?? null,
    active: o.active ?? true,
  });
  return { id, email, password: TEST_PASSWORD };
}

export interface PersonOverrides {
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  counsellorId?: string | null;
  stage?: PathwayStage;
  email?: string | null;
  /** `PersonSex`: WOMAN, MAN, NON_BINARY. */
  sex?: string | null;
  phone?: string | null;
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

export async function buildPerson(
  db: DataSource,
  structureId: string,
  o: PersonOverrides = {},
): Promise<{ id: string; firstName: string; lastName: string }> {
  const id = randomUUID();
  const n = next();
  const firstName = o.firstName ?? 'Dominique';
  const lastName = o.lastName ?? `Personne${String(n).padStart(4, '0')}`;
  await insertRow(db, 'person', {
    id,
    structure_id: structureId,
    first_name: firstName,
    last_name: lastName,
    birth_date: o.birthDate ?? '1990-01-15',
    email: o.email ?? null,
    counsellor_id: o.counsellorId ?? null,
    stage: o.stage ?? PathwayStage.RECRUITMENT,
    sort_key: normalizeForSearch(`${lastName} ${firstName}`),
    sex: o.sex ?? null,
    phone: o.phone ?? null,
    address_line: o.addressLine ?? null,
    postal_code: o.postalCode ?? null,
    city: o.city ?? null,
  });
  return { id, firstName, lastName };
}

/** Many persons in one statement (paging and statement-count tests). */
export async function buildPersons(
  db: DataSource,
  structureId: string,
  count: number,
  counsellorId: string | null = null,
): Promise<void> {
  await insertPersonBatch(db, structureId, count, counsellorId);
}
