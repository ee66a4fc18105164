/** Test data builders for the partner portal (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { HiringNeedStatus, ProposalStatus, Role } from '@tremplin/domain';
import { buildUser } from './builders';
import type { GraphqlClient } from './graphql-client';

let seq = 0;
const next = () => ++seq;

/** A signed-in reviewer of `partnerOrganisationId`; `userId` is the user's id. */
export async function signedInAsReviewer(
  t: { db: DataSource; client(): GraphqlClient },
  partnerOrganisationId: string,
  names: { firstName?: string; lastName?: string } = {},
): Promise<GraphqlClient & { userId: string }> {
  const user = await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId, ...names });
  const client = t.client();
  await client.signIn(user.email, user.password);
  return Object.assign(client, { userId: user.id });
}

export async function buildPartnerSite(
  db: DataSource,
  partnerOrganisationId: string,
  o: Partial<{ name: string; city: string; addressLine: string | null; postalCode: string | null }> = {},
): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  const name = o.name ?? `Résidence ${next()}`;
  await db.query(
    `INSERT INTO partner_site (id, partner_organisation_id, name, city, address_line, postal_code) VALUES ($1,$2,$3,$4,$5,$6)`,
    [id, partnerOrganisationId, name, o.city ?? 'Rouen', o.addressLine ?? null, o.postalCode ?? null],
  );
  return { id, name };
}

/** A partnership of `structureId` with `partnerOrganisationId`, with a hiring target per year given. */
export async function buildPartnership(
  db: DataSource,
  structureId: string,
  partnerOrganisationId: string,
  o: Partial<{ startedOn: string; endedOn: string | null; targets: Record<number, number> }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO partnership (id, structure_id, partner_organisation_id, started_on, ended_on) VALUES ($1,$2,$3,$4,$5)`,
    [id, structureId, partnerOrganisationId, o.startedOn ?? '2025-01-01', o.endedOn ?? null],
  );
  for (const [year, hires] of Object.entries(o.targets ?? {}))
    await db.query(`INSERT INTO hiring_target (partnership_id, year, hires) VALUES ($1,$2,$3)`, [
      id,
      Number(year),
      hires,
    ]);
  return { id };
}

export async function buildHiringNeed(
  db: DataSource,
  partnerOrganisationId: string,
  o: Partial<{
    siteId: string | null;
    jobTitle: string;
    positions: number;
    startDate: string;
    requirements: string | null;
    status: HiringNeedStatus;
    createdByStructureId: string | null;
    /** For a need a structure entered: the landlord shared it with its other partner structures. */
    sharedWithPartners: boolean;
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO hiring_need (id, partner_organisation_id, site_id, job_title, positions, start_date, requirements, status,
                              created_by_structure_id, shared_with_partners)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [
      id,
      partnerOrganisationId,
      o.siteId ?? null,
      o.jobTitle ?? 'Gardien·ne d’immeuble',
      o.positions ?? 1,
      o.startDate ?? '2026-09-01',
      o.requirements ?? null,
      o.status ?? HiringNeedStatus.OPEN,
      o.createdByStructureId ?? null,
      o.sharedWithPartners ?? false,
    ],
  );
  return { id };
}

/** A proposal (and its PROPOSED event) of `personId` for the need; the need's organisation is read from the need. */
export async function buildProposal(
  db: DataSource,
  structureId: string,
  personId: string,
  hiringNeedId: string,
  o: Partial<{
    status: ProposalStatus;
    consentGivenOn: string;
    shareFullName: boolean;
    shareContact: boolean;
    consentWithdrawnAt: Date | null;
    declineReason: string | null;
    message: string | null;
  }> = {},
): Promise<{ id: string; partnerOrganisationId: string }> {
  const id = randomUUID();
  const [{ partner_organisation_id: partnerOrganisationId }] = await db.query(
    `SELECT partner_organisation_id FROM hiring_need WHERE id = $1`,
    [hiringNeedId],
  );
  const status = o.status ?? ProposalStatus.PROPOSED;
  await db.query(
    `INSERT INTO proposal (id, structure_id, person_id, hiring_need_id, partner_organisation_id, status, consent_given_on,
                           share_full_name, share_contact, consent_withdrawn_at, decline_reason, message,
                           withdrawn_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [
      id,
      structureId,
      personId,
      hiringNeedId,
      partnerOrganisationId,
      status,
      o.consentGivenOn ?? '2026-06-01',
      o.shareFullName ?? false,
      o.shareContact ?? false,
      o.consentWithdrawnAt ?? null,
      status === ProposalStatus.DECLINED ? (o.declineReason ?? 'SKILLS_NOT_YET') : null,
      o.message ?? null,
      status === ProposalStatus.WITHDRAWN ? new Date() : null,
    ],
  );
  await db.query(
    `INSERT INTO proposal_event (structure_id, person_id, proposal_id, kind, actor_label) VALUES ($1,$2,$3,'PROPOSED','Test')`,
    [structureId, personId, id],
  );
  return { id, partnerOrganisationId };
}
