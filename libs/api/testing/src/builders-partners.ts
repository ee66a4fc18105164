/** Test data builders for the partner portal (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hiringNeedPartnerOrganisation, insertRow } from './builders.repository';
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
  await insertRow(db, 'partner_site', {
    id,
    partner_organisation_id: partnerOrganisationId,
    name,
    city: o.city ?? 'Rouen',
    address_line: o.addressLine ?? null,
    postal_code: o.postalCode ?? null,
  });
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
  await insertRow(db, 'partnership', {
    id,
    structure_id: structureId,
    partner_organisation_id: partnerOrganisationId,
    started_on: o.startedOn ?? '2025-01-01',
    ended_on: o.endedOn ?? null,
  });
  for (const [year, hires] of Object.entries(o.targets ?? {}))
    await insertRow(db, 'hiring_target', { partnership_id: id, year: Number(year), hires });
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
  await insertRow(db, 'hiring_need', {
    id,
    partner_organisation_id: partnerOrganisationId,
    site_id: o.siteId ?? null,
    job_title: o.jobTitle ?? 'Gardien·ne d’immeuble',
    positions: o.positions ?? 1,
    start_date: o.startDate ?? '2026-09-01',
    requirements: o.requirements ?? null,
    status: o.status ?? HiringNeedStatus.OPEN,
    created_by_structure_id: o.createdByStructureId ?? null,
    shared_with_partners: o.sharedWithPartners ?? false,
  });
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
  const partnerOrganisationId = await hiringNeedPartnerOrganisation(db, hiringNeedId);
  const status = o.status ?? ProposalStatus.PROPOSED;
  await insertRow(db, 'proposal', {
    id,
    structure_id: structureId,
    person_id: personId,
    hiring_need_id: hiringNeedId,
    partner_organisation_id: partnerOrganisationId,
    status,
    consent_given_on: o.consentGivenOn ?? '2026-06-01',
    share_full_name: o.shareFullName ?? false,
    share_contact: o.shareContact ?? false,
    consent_withdrawn_at: o.consentWithdrawnAt ?? null,
    decline_reason: status === ProposalStatus.DECLINED ? (o.declineReason ?? 'SKILLS_NOT_YET') : null,
    message: o.message ?? null,
    withdrawn_at: status === ProposalStatus.WITHDRAWN ? new Date() : null,
  });
  await insertRow(db, 'proposal_event', {
    structure_id: structureId,
    person_id: personId,
    proposal_id: id,
    kind: 'PROPOSED',
    actor_label: 'Test',
  });
  return { id, partnerOrganisationId };
}
