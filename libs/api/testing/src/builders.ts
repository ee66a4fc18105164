import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
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
  await db.query(`INSERT INTO structure (id, name, kind, siret, city) VALUES ($1,$2,$3,$4,'Rouen')`, [
    id,
    name,
    o.kind ?? StructureKind.AI,
    validSiret(),
  ]);
  return { id, name };
}

export async function buildPartnerOrganisation(
  db: DataSource,
  o: Partial<{ name: string; kind: 'SOCIAL_LANDLORD' | 'OTHER'; siret: string | null; city: string | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(`INSERT INTO partner_organisation (id, name, kind, siret, city) VALUES ($1,$2,$3,$4,$5)`, [
    id,
    o.name ?? `Bailleur ${next()}`,
    o.kind ?? 'SOCIAL_LANDLORD',
    o.siret ?? null,
    o.city === undefined ? 'Rouen' : o.city,
  ]);
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
  await db.query(
    `INSERT INTO app_user (id, email, first_name, last_name, password_hash, role, structure_id, partner_organisation_id, active)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      id,
      email,
      o.firstName ?? 'Camille',
      o.lastName ?? `Testeur${n}`,
      await hash(),
      o.role,
      o.structureId ?? null,
      o.partnerOrganisationId ?? null,
      o.active ?? true,
    ],
  );
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
  await db.query(
    `INSERT INTO person (id, structure_id, first_name, last_name, birth_date, email, counsellor_id, stage, sort_key, sex,
                         phone, address_line, postal_code, city)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      id,
      structureId,
      firstName,
      lastName,
      o.birthDate ?? '1990-01-15',
      o.email ?? null,
      o.counsellorId ?? null,
      o.stage ?? PathwayStage.RECRUITMENT,
      normalizeForSearch(`${lastName} ${firstName}`),
      o.sex ?? null,
      o.phone ?? null,
      o.addressLine ?? null,
      o.postalCode ?? null,
      o.city ?? null,
    ],
  );
  return { id, firstName, lastName };
}

/** Many persons in one statement (paging and statement-count tests). */
export async function buildPersons(
  db: DataSource,
  structureId: string,
  count: number,
  counsellorId: string | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO person (structure_id, first_name, last_name, birth_date, counsellor_id, sort_key)
     SELECT $1, 'Prénom' || g, 'Lot' || lpad(g::text, 4, '0'), DATE '1985-01-01' + g, $2, 'lot' || lpad(g::text, 4, '0') || ' prenom' || g
       FROM generate_series(1, $3) g`,
    [structureId, counsellorId, count],
  );
}
