import {
  buildHire,
  buildHiringNeed,
  buildPartnerOrganisation,
  buildPartnership,
  buildPartnerSite,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { addDays, Role, todayInParis } from '@tremplin/domain';
import { In } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ProposalEntity } from '../proposals';
import { HiringNeedEntity, HiringTargetEntity, PartnershipEntity } from './partner.entities';

const PARTNERSHIP = `id startedOn endedOn version partnerOrganisation { id name } sites { id name }
  hiringTargets { id year hires version } progress(year: 2026) { year target hires }`;
const SAVE = `mutation($input: SavePartnershipInput!) { savePartnership(input: $input) { ${PARTNERSHIP} } }`;
const TARGET = `mutation($input: SetHiringTargetInput!) { setHiringTarget(input: $input) { ${PARTNERSHIP} } }`;
const LIST = `query { partnerships { ${PARTNERSHIP} } }`;
const NEED = `id jobTitle positions startDate requirements status statusLabel enteredByPartner version
  partnerOrganisation { id name } site { id name }`;
const NEEDS = `query($partner: ID, $status: String) { hiringNeeds(partnerOrganisationId: $partner, status: $status) { ${NEED} } }`;
const CREATE_NEED = `mutation($input: CreateHiringNeedInput!) { createHiringNeed(input: $input) { ${NEED} } }`;
const UPDATE_NEED = `mutation($input: UpdateHiringNeedInput!) { updateHiringNeed(input: $input) { ${NEED} } }`;
const PORTAL_NEEDS = `query($status: String) { portalHiringNeeds(status: $status) { ${NEED} } }`;
const PORTAL_CREATE_NEED = `mutation($input: PortalCreateHiringNeedInput!) { portalCreateHiringNeed(input: $input) { ${NEED} } }`;
const PORTAL_UPDATE_NEED = `mutation($input: UpdateHiringNeedInput!) { portalUpdateHiringNeed(input: $input) { ${NEED} } }`;
const SITES = `query { portalSites { id name addressLine postalCode city version } }`;
const CREATE_SITE = `mutation($input: CreatePartnerSiteInput!) { portalCreateSite(input: $input) { id name addressLine postalCode city version } }`;
const OVERVIEW = `query($year: Int) { portalOverview(year: $year) { organisationName proposalsAwaitingDecision hoursAwaitingConfirmation
  progress { year target hires } partnerships { structureName progress { year target hires } } } }`;

describe('partnerships, hiring targets, sites and hiring needs', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let other: { id: string; name: string };
  let director: GraphqlClient;
  let counsellor: GraphqlClient;
  const today = todayInParis();

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    other = await buildStructure(t.db, { name: 'Elbeuf Emploi' });
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
  });
  afterAll(() => t?.close());

  describe('savePartnership and setHiringTarget', () => {
    it('the director creates, updates and sets targets; the counsellor is FORBIDDEN', async () => {
      const landlord = await buildPartnerOrganisation(t.db, { name: 'Habitat 76' });
      await buildPartnerSite(t.db, landlord.id, { name: 'Résidence Les Tilleuls' });
      const input = { partnerOrganisationId: landlord.id, startedOn: '2026-01-01' };
      expect((await counsellor.fail(SAVE, { input })).extensions?.code).toBe('FORBIDDEN');
      const { savePartnership } = await director.ok(SAVE, { input });
      expect(savePartnership).toMatchObject({
        startedOn: '2026-01-01',
        endedOn: null,
        version: 1,
        partnerOrganisation: { name: 'Habitat 76' },
        sites: [{ name: 'Résidence Les Tilleuls' }],
        hiringTargets: [],
        progress: { year: 2026, target: null, hires: 0 },
      });
      // An existing partnership needs its version.
      expect((await director.fail(SAVE, { input })).extensions?.code).toBe('CONFLICT');
      const { savePartnership: ended } = await director.ok(SAVE, {
        input: { ...input, endedOn: '2026-12-31', version: 1 },
      });
      expect(ended).toMatchObject({ id: savePartnership.id, endedOn: '2026-12-31', version: 2 });
      const e = await director.fail(SAVE, { input: { ...input, endedOn: '2025-12-31', version: 2 } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors?.[0].field).toBe('endedOn');
      expect((await director.fail(SAVE, { input: { ...input, partnerOrganisationId: 'x' } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );

      const target = { partnershipId: savePartnership.id, year: 2026, hires: 12 };
      expect((await counsellor.fail(TARGET, { input: target })).extensions?.code).toBe('FORBIDDEN');
      await director.ok(TARGET, { input: target });
      const { setHiringTarget } = await director.ok(TARGET, { input: { ...target, hires: 15 } });
      expect(setHiringTarget.hiringTargets).toEqual([{ id: expect.any(String), year: 2026, hires: 15, version: 2 }]);
      expect(setHiringTarget.progress).toEqual({ year: 2026, target: 15, hires: 0 });
      expect((await director.fail(TARGET, { input: { ...target, hires: -1 } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await director.fail(TARGET, { input: { ...target, year: 1999 } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      // Another structure's partnership is absent.
      const theirs = await buildPartnership(t.db, other.id, landlord.id);
      expect((await director.fail(TARGET, { input: { ...target, partnershipId: theirs.id } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const { partnerships } = await counsellor.ok(LIST);
      expect(partnerships.map((p: { id: string }) => p.id)).toContain(savePartnership.id);
      expect(partnerships.map((p: { id: string }) => p.id)).not.toContain(theirs.id);
    });

    it('progress counts the hires at the landlord by my structure in the year', async () => {
      const landlord = await buildPartnerOrganisation(t.db);
      const mine = await buildPartnership(t.db, s.id, landlord.id, { targets: { 2026: 3 } });
      await buildPartnership(t.db, other.id, landlord.id, { targets: { 2026: 5 } });
      const p = await buildPerson(t.db, s.id);
      const q = await buildPerson(t.db, other.id);
      await buildHire(t.db, s.id, p.id, { employerOrganisationId: landlord.id, startDate: '2026-03-01' });
      await buildHire(t.db, s.id, p.id, { employerOrganisationId: landlord.id, startDate: '2025-12-31' });
      await buildHire(t.db, s.id, p.id, { employerOrganisationId: null, startDate: '2026-04-01' });
      await buildHire(t.db, other.id, q.id, { employerOrganisationId: landlord.id, startDate: '2026-05-01' });
      const { partnerships } = await counsellor.ok(LIST);
      expect(partnerships.find((x: { id: string }) => x.id === mine.id).progress).toEqual({
        year: 2026,
        target: 3,
        hires: 1,
      });

      const reviewer = await signedInAsReviewer(t, landlord.id);
      const { portalOverview } = await reviewer.ok(OVERVIEW, { year: 2026 });
      expect(portalOverview.progress).toEqual({ year: 2026, target: 8, hires: 2 });
      expect(portalOverview.partnerships).toEqual([
        { structureName: 'Elbeuf Emploi', progress: { year: 2026, target: 5, hires: 1 } },
        { structureName: 'Rouen Insertion', progress: { year: 2026, target: 3, hires: 1 } },
      ]);
      expect((await reviewer.ok(OVERVIEW, { year: 2025 })).portalOverview.progress).toEqual({
        year: 2025,
        target: null,
        hires: 1,
      });
      expect((await counsellor.fail(OVERVIEW)).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('shared hiring targets (one target, several landlords)', () => {
    const PROGRESS = `progress(year: 2026) { year target hires ownHires rateBp shared groupName sharedWith }`;
    const GROUP = `id name version partnerships { id partnerOrganisation { name } hiringTargets { year hires } }
      hiringTargets { year hires } ${PROGRESS}`;
    const SAVE_GROUP = `mutation($input: SavePartnershipGroupInput!) { savePartnershipGroup(input: $input) { ${GROUP} } }`;
    const DELETE_GROUP = `mutation($input: DeletePartnershipGroupInput!) { deletePartnershipGroup(input: $input) {
      id hiringTargets { year } group { id } } }`;
    const SHARED_TARGET = `mutation($input: SetSharedHiringTargetInput!) { setSharedHiringTarget(input: $input) { ${GROUP} } }`;
    const GROUPS = `query { partnershipGroups { ${GROUP} } }`;
    const MEMBERS = `query { partnerships { id group { id name } hiringTargets { year hires } ${PROGRESS} } }`;
    const PORTAL = `query { portalOverview(year: 2026) { progress { year target hires ownHires rateBp shared sharedWith }
      partnerships { structureName progress { year target hires ownHires rateBp shared groupName sharedWith } } } }`;

    it('the director groups partnerships: their own targets add up into the shared one, hires count at every landlord', async () => {
      const [l1, l2, l3] = await Promise.all(
        ['Logis de la Seine', 'Foyer Rouennais', 'Habitat Cauchois'].map((name) =>
          buildPartnerOrganisation(t.db, { name }),
        ),
      );
      const p1 = await buildPartnership(t.db, s.id, l1.id, { targets: { 2026: 10, 2027: 3 } });
      const p2 = await buildPartnership(t.db, s.id, l2.id, { targets: { 2026: 5 } });
      const p3 = await buildPartnership(t.db, s.id, l3.id, { targets: { 2026: 4 } });
      const person = await buildPerson(t.db, s.id);
      for (const [landlord, startDate] of [
        [l1.id, '2026-02-01'],
        [l1.id, '2026-05-01'],
        [l2.id, '2026-03-01'],
        [l2.id, '2025-12-01'], // another year
        [l3.id, '2026-04-01'],
      ])
        await buildHire(t.db, s.id, person.id, { employerOrganisationId: landlord, startDate });
      const input = { name: 'Bailleurs de la Métropole', partnershipIds: [p1.id, p2.id] };
      expect((await counsellor.fail(SAVE_GROUP, { input })).extensions?.code).toBe('FORBIDDEN');

      const { savePartnershipGroup: group } = await director.ok(SAVE_GROUP, { input });
      // 2026: 10 + 5 = 15; 2027: 3 (only one had one). The partnerships keep no target of their own.
      expect(group).toMatchObject({
        name: 'Bailleurs de la Métropole',
        version: 1,
        hiringTargets: [
          { year: 2027, hires: 3 },
          { year: 2026, hires: 15 },
        ],
        partnerships: [
          { id: p2.id, partnerOrganisation: { name: 'Foyer Rouennais' }, hiringTargets: [] },
          { id: p1.id, partnerOrganisation: { name: 'Logis de la Seine' }, hiringTargets: [] },
        ],
        // hires of 2026 at either landlord: 2 + 1 = 3 of 15 → 20 %
        progress: {
          year: 2026,
          target: 15,
          hires: 3,
          ownHires: 3,
          rateBp: 2000,
          shared: true,
          groupName: 'Bailleurs de la Métropole',
          sharedWith: ['Foyer Rouennais', 'Logis de la Seine'],
        },
      });
      const { partnerships } = await counsellor.ok(MEMBERS);
      const byId = (id: string) => partnerships.find((x: { id: string }) => x.id === id);
      expect(byId(p1.id)).toMatchObject({
        group: { id: group.id, name: 'Bailleurs de la Métropole' },
        hiringTargets: [],
        progress: {
          target: 15,
          hires: 3,
          ownHires: 2,
          rateBp: 2000,
          shared: true,
          groupName: 'Bailleurs de la Métropole',
          sharedWith: ['Foyer Rouennais'],
        },
      });
      // a partnership outside the group keeps its own target: 1 / 4 = 25 %
      expect(byId(p3.id)).toMatchObject({
        group: null,
        hiringTargets: [{ year: 2026, hires: 4 }],
        progress: { target: 4, hires: 1, ownHires: 1, rateBp: 2500, shared: false, groupName: null, sharedWith: [] },
      });

      // A member's target is the group's: refused, naming the group; the group's is set on the group.
      const own = await director.fail(TARGET, { input: { partnershipId: p1.id, year: 2026, hires: 20 } });
      expect(own.extensions?.code).toBe('BAD_USER_INPUT');
      expect(own.extensions?.fieldErrors?.[0]).toEqual({
        field: 'partnershipId',
        message:
          'Le partenariat avec Logis de la Seine partage l’objectif « Bailleurs de la Métropole » : fixez l’objectif de l’année sur cet objectif partagé.',
      });
      const target = { groupId: group.id, year: 2026, hires: 12 };
      expect((await counsellor.fail(SHARED_TARGET, { input: target })).extensions?.code).toBe('FORBIDDEN');
      const { setSharedHiringTarget } = await director.ok(SHARED_TARGET, { input: target });
      expect(setSharedHiringTarget.progress).toMatchObject({ target: 12, hires: 3, rateBp: 2500 });
      expect((await director.fail(SHARED_TARGET, { input: { ...target, hires: -1 } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );

      // The landlord's portal says the target is shared, with whom, and what is theirs.
      const reviewer = await signedInAsReviewer(t, l1.id);
      const { portalOverview } = await reviewer.ok(PORTAL);
      expect(portalOverview).toEqual({
        // A shared target is not the landlord's to add up: the total has its hires, without a target.
        progress: { year: 2026, target: null, hires: 2, ownHires: 2, rateBp: null, shared: true, sharedWith: [] },
        partnerships: [
          {
            structureName: 'Rouen Insertion',
            progress: {
              year: 2026,
              target: 12,
              hires: 3,
              ownHires: 2,
              rateBp: 2500,
              shared: true,
              groupName: 'Bailleurs de la Métropole',
              sharedWith: ['Foyer Rouennais'],
            },
          },
        ],
      });

      // p3 joins with its own 4 for 2026 (12 + 4 = 16); p2 leaves (with no target of its own).
      const { savePartnershipGroup: changed } = await director.ok(SAVE_GROUP, {
        input: { id: group.id, version: 1, name: 'Bailleurs de la Métropole', partnershipIds: [p1.id, p3.id] },
      });
      expect(changed).toMatchObject({
        version: 2,
        hiringTargets: [
          { year: 2027, hires: 3 },
          { year: 2026, hires: 16 },
        ],
        partnerships: [{ id: p3.id }, { id: p1.id }],
        progress: { target: 16, hires: 3, rateBp: 1875 }, // 2 at l1 + 1 at l3
      });
      const after = (await counsellor.ok(MEMBERS)).partnerships.find((x: { id: string }) => x.id === p2.id);
      expect(after).toMatchObject({ group: null, hiringTargets: [], progress: { target: null, rateBp: null } });
      expect((await counsellor.ok(GROUPS)).partnershipGroups.map((g: { id: string }) => g.id)).toEqual([group.id]);

      // Stopping the share frees the partnerships, with no target of their own; the group's targets go with it.
      expect((await director.fail(DELETE_GROUP, { input: { id: group.id, version: 1 } })).extensions?.code).toBe(
        'CONFLICT',
      );
      const { deletePartnershipGroup } = await director.ok(DELETE_GROUP, { input: { id: group.id, version: 2 } });
      expect(deletePartnershipGroup.map((x: { id: string }) => x.id).sort()).toEqual([p1.id, p3.id].sort());
      expect(deletePartnershipGroup.every((x: { group: unknown; hiringTargets: unknown[] }) => !x.group)).toBe(true);
      expect((await counsellor.ok(GROUPS)).partnershipGroups).toEqual([]);
      expect(await t.db.getRepository(HiringTargetEntity).findBy({ groupId: group.id })).toEqual([]);
    });

    it('refuses what would make a shared target wrong, and nothing changes', async () => {
      const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => buildPartnerOrganisation(t.db)));
      const pa = await buildPartnership(t.db, s.id, a.id, { targets: { 2026: 2 } });
      const pb = await buildPartnership(t.db, s.id, b.id);
      const pc = await buildPartnership(t.db, s.id, c.id);
      const pd = await buildPartnership(t.db, s.id, d.id);
      const theirs = await buildPartnership(t.db, other.id, a.id);
      const refused = async (input: Record<string, unknown>, field: string, message: RegExp) => {
        const e = await director.fail(SAVE_GROUP, { input });
        expect([e.extensions?.code, e.extensions?.fieldErrors?.[0]?.field]).toEqual(['BAD_USER_INPUT', field]);
        expect(e.extensions?.fieldErrors?.[0]?.message).toMatch(message);
      };
      await refused({ name: 'Seul', partnershipIds: [pa.id] }, 'partnershipIds', /au moins deux partenariats/);
      await refused({ name: 'Doublon', partnershipIds: [pa.id, pa.id] }, 'partnershipIds', /au moins deux/);
      await refused({ name: 'Autre', partnershipIds: [pa.id, theirs.id] }, 'partnershipIds', /introuvable/);
      await refused({ name: 'Faux', partnershipIds: [pa.id, 'pas-un-id'] }, 'partnershipIds', /introuvable/);
      await refused({ name: '  ', partnershipIds: [pa.id, pb.id] }, 'name', /nom/);
      const { savePartnershipGroup: ab } = await director.ok(SAVE_GROUP, {
        input: { name: 'Groupe A', partnershipIds: [pa.id, pb.id] },
      });
      await refused(
        { name: 'Groupe C', partnershipIds: [pb.id, pc.id] },
        'partnershipIds',
        /partage déjà l’objectif « Groupe A » : retirez-le d’abord/,
      );
      await refused({ name: 'groupe a', partnershipIds: [pc.id, pd.id] }, 'name', /s’appelle déjà « groupe a »/);
      const stale = await director.fail(SAVE_GROUP, {
        input: { id: ab.id, version: 7, name: 'Groupe A', partnershipIds: [pa.id, pb.id] },
      });
      expect(stale.extensions?.code).toBe('CONFLICT');
      // Another structure's director reaches none of it.
      const elsewhere = await signedInAs(t, Role.DIRECTOR, other.id);
      for (const [query, input] of [
        [SAVE_GROUP, { id: ab.id, version: 1, name: 'X', partnershipIds: [theirs.id, theirs.id] }],
        [SHARED_TARGET, { groupId: ab.id, year: 2026, hires: 1 }],
        [DELETE_GROUP, { id: ab.id, version: 1 }],
      ] as const) {
        const e = await elsewhere.fail(query, { input });
        expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(e.extensions?.code);
      }
      expect(
        (await elsewhere.fail(SHARED_TARGET, { input: { groupId: ab.id, year: 2026, hires: 1 } })).extensions?.code,
      ).toBe('NOT_FOUND');
      // Nothing changed: the group, its two partnerships and its target (pa's 2 for 2026).
      const { partnershipGroups } = await director.ok(GROUPS);
      expect(partnershipGroups.find((g: { id: string }) => g.id === ab.id)).toMatchObject({
        name: 'Groupe A',
        version: 1,
        hiringTargets: [{ year: 2026, hires: 2 }],
        partnerships: expect.arrayContaining([
          expect.objectContaining({ id: pa.id }),
          expect.objectContaining({ id: pb.id }),
        ]),
      });
      expect(
        (await t.db.getRepository(PartnershipEntity).findBy({ id: In([pc.id, pd.id, theirs.id]) })).map(
          (r) => r.groupId,
        ),
      ).toEqual([null, null, null]);
      // The database keeps a target to one holder, and a group to its structure's partnerships.
      await expect(
        t.db.getRepository(HiringTargetEntity).insert({ partnershipId: pc.id, groupId: ab.id, year: 2030, hires: 1 }),
      ).rejects.toThrow(/CHK_hiring_target_holder/);
      await expect(t.db.getRepository(PartnershipEntity).update({ id: theirs.id }, { groupId: ab.id })).rejects.toThrow(
        /FK_partnership_group/,
      );
    });
  });

  describe('hiring needs', () => {
    it('the structure sees the needs of its active partners only, OPEN by default', async () => {
      const active = await buildPartnerOrganisation(t.db, { name: 'Actif' });
      const ended = await buildPartnerOrganisation(t.db, { name: 'Fini' });
      const none = await buildPartnerOrganisation(t.db, { name: 'Aucun' });
      await buildPartnership(t.db, s.id, active.id);
      await buildPartnership(t.db, s.id, ended.id, { endedOn: addDays(today, -1) });
      const open = await buildHiringNeed(t.db, active.id);
      const closed = await buildHiringNeed(t.db, active.id, { status: 'CLOSED' as never });
      await buildHiringNeed(t.db, ended.id);
      await buildHiringNeed(t.db, none.id);
      const { hiringNeeds } = await counsellor.ok(NEEDS, { partner: active.id });
      expect(hiringNeeds.map((n: { id: string }) => n.id)).toEqual([open.id]);
      const { hiringNeeds: closedOnes } = await counsellor.ok(NEEDS, { partner: active.id, status: 'CLOSED' });
      expect(closedOnes.map((n: { id: string }) => n.id)).toEqual([closed.id]);
      for (const partner of [ended.id, none.id, 'pas-un-id'])
        expect((await counsellor.ok(NEEDS, { partner })).hiringNeeds).toEqual([]);
      const all = (await counsellor.ok(NEEDS)).hiringNeeds.map(
        (n: { partnerOrganisation: { name: string } }) => n.partnerOrganisation.name,
      );
      expect(all).toContain('Actif');
      expect(all).not.toContain('Fini');
      expect(all).not.toContain('Aucun');
      expect((await counsellor.fail(NEEDS, { status: 'NOPE' })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('the structure enters and updates needs of active partners; not the landlord’s own needs', async () => {
      const landlord = await buildPartnerOrganisation(t.db, { name: 'Seine Habitat' });
      const site = await buildPartnerSite(t.db, landlord.id, { name: 'Les Érables' });
      const strangerSite = await buildPartnerSite(t.db, (await buildPartnerOrganisation(t.db)).id);
      const input = {
        partnerOrganisationId: landlord.id,
        jobTitle: ' Gardien ',
        positions: 2,
        startDate: '2026-09-01',
        siteId: site.id,
      };
      let e = await counsellor.fail(CREATE_NEED, { input });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('pas de partenariat en cours');
      await buildPartnership(t.db, s.id, landlord.id);
      e = await counsellor.fail(CREATE_NEED, { input: { ...input, siteId: strangerSite.id } });
      expect(e.extensions?.fieldErrors?.[0].field).toBe('siteId');
      const { createHiringNeed } = await counsellor.ok(CREATE_NEED, { input });
      expect(createHiringNeed).toMatchObject({
        jobTitle: 'Gardien',
        positions: 2,
        status: 'OPEN',
        statusLabel: 'Ouvert',
        enteredByPartner: false,
        site: { id: site.id, name: 'Les Érables' },
        partnerOrganisation: { name: 'Seine Habitat' },
        version: 1,
      });
      const update = {
        id: createHiringNeed.id,
        version: 1,
        jobTitle: 'Gardien·ne',
        positions: 1,
        startDate: '2026-10-01',
        status: 'CLOSED',
        // Cleared explicitly: a field left out is kept (issue 13, point 2).
        siteId: null,
      };
      const { updateHiringNeed } = await counsellor.ok(UPDATE_NEED, { input: update });
      expect(updateHiringNeed).toMatchObject({ jobTitle: 'Gardien·ne', status: 'CLOSED', site: null, version: 2 });
      expect((await counsellor.fail(UPDATE_NEED, { input: update })).extensions?.code).toBe('CONFLICT');

      const landlords = await buildHiringNeed(t.db, landlord.id);
      e = await counsellor.fail(UPDATE_NEED, { input: { ...update, id: landlords.id } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('saisi par l’employeur');
      const stranger = await buildHiringNeed(t.db, (await buildPartnerOrganisation(t.db)).id);
      expect((await counsellor.fail(UPDATE_NEED, { input: { ...update, id: stranger.id } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
      expect((await supervisor.fail(CREATE_NEED, { input })).extensions?.code).toBe('FORBIDDEN');
    });

    it('a need entered by one structure is not shown to another until the landlord shares it (issue 14, point 12)', async () => {
      const landlord = await buildPartnerOrganisation(t.db, { name: 'Habitat Partagé' });
      await buildPartnership(t.db, s.id, landlord.id);
      await buildPartnership(t.db, other.id, landlord.id);
      const otherCounsellor = await signedInAs(t, Role.COUNSELLOR, other.id);
      const reviewer = await signedInAsReviewer(t, landlord.id);
      const SHARE = `mutation($input: ShareHiringNeedInput!) { portalShareHiringNeed(input: $input) { id sharedWithPartners version } }`;
      const PROPOSE = `mutation($input: ProposeTraineeInput!) { proposeTrainee(input: $input) { id } }`;
      const { createHiringNeed: need } = await counsellor.ok(CREATE_NEED, {
        input: {
          partnerOrganisationId: landlord.id,
          jobTitle: 'Poste-saisi-par-Rouen',
          positions: 1,
          startDate: '2026-09-01',
        },
      });
      const listed = async (c: GraphqlClient) =>
        (await c.ok(NEEDS, { partner: landlord.id })).hiringNeeds.map((n: { id: string }) => n.id);
      expect(await listed(counsellor)).toEqual([need.id]);
      expect(await listed(otherCounsellor)).toEqual([]);
      // By id too: an unshared need of another structure reads as an unknown one, and nothing is written.
      const person = await buildPerson(t.db, other.id);
      const propose = {
        personId: person.id,
        hiringNeedId: need.id,
        consentGivenOn: today,
        shareFullName: false,
        shareContact: false,
      };
      let e = await otherCounsellor.fail(PROPOSE, { input: propose });
      expect([e.extensions?.code, e.message]).toEqual(['NOT_FOUND', expect.stringContaining('introuvable')]);
      e = await otherCounsellor.fail(UPDATE_NEED, { input: { id: need.id, version: 1, jobTitle: 'Piraté' } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await t.db.getRepository(ProposalEntity).countBy({ personId: person.id })).toBe(0);
      expect(JSON.stringify(await otherCounsellor.request(NEEDS))).not.toContain('Poste-saisi-par-Rouen');

      // The landlord shares it: the other structure sees it and may propose; the landlord may stop sharing it.
      const { portalShareHiringNeed } = await reviewer.ok(SHARE, { input: { id: need.id, version: 1, shared: true } });
      expect(portalShareHiringNeed).toEqual({ id: need.id, sharedWithPartners: true, version: 2 });
      expect(await listed(otherCounsellor)).toEqual([need.id]);
      await otherCounsellor.ok(PROPOSE, { input: propose });
      e = await otherCounsellor.fail(UPDATE_NEED, { input: { id: need.id, version: 2, jobTitle: 'Piraté' } });
      expect([e.extensions?.code, e.message]).toEqual(['BAD_USER_INPUT', expect.stringContaining('autre structure')]);
      await reviewer.ok(SHARE, { input: { id: need.id, version: 2, shared: false } });
      expect(await listed(otherCounsellor)).toEqual([]);
      expect(await listed(counsellor)).toEqual([need.id]);
      // Only the landlord shares, only its own needs, with the version read.
      expect(
        (await counsellor.fail(SHARE, { input: { id: need.id, version: 3, shared: true } })).extensions?.code,
      ).toBe('FORBIDDEN');
      const elsewhere = await signedInAsReviewer(t, (await buildPartnerOrganisation(t.db)).id);
      expect((await elsewhere.fail(SHARE, { input: { id: need.id, version: 3, shared: true } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await reviewer.fail(SHARE, { input: { id: need.id, version: 1, shared: true } })).extensions?.code).toBe(
        'CONFLICT',
      );
      const { sharedWithPartners: shared_with_partners } = await t.db
        .getRepository(HiringNeedEntity)
        .findOneByOrFail({ id: need.id });
      expect(shared_with_partners).toBe(false);
    });

    it('the landlord enters and updates its own needs and sites only', async () => {
      const landlord = await buildPartnerOrganisation(t.db, { name: 'Quevilly Habitat' });
      const otherLandlord = await buildPartnerOrganisation(t.db);
      const reviewer = await signedInAsReviewer(t, landlord.id);
      const { portalCreateSite } = await reviewer.ok(CREATE_SITE, {
        input: { name: 'Résidence du Parc', postalCode: '76120', city: 'Le Grand-Quevilly' },
      });
      expect(portalCreateSite).toMatchObject({ name: 'Résidence du Parc', postalCode: '76120', version: 1 });
      expect((await reviewer.fail(CREATE_SITE, { input: { name: 'X', postalCode: '7612' } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      const theirSite = await buildPartnerSite(t.db, otherLandlord.id);
      expect((await reviewer.ok(SITES)).portalSites.map((x: { id: string }) => x.id)).toEqual([portalCreateSite.id]);

      const { portalCreateHiringNeed } = await reviewer.ok(PORTAL_CREATE_NEED, {
        input: { jobTitle: 'Agent·e d’entretien', positions: 3, startDate: '2026-11-01', siteId: portalCreateSite.id },
      });
      expect(portalCreateHiringNeed).toMatchObject({
        enteredByPartner: true,
        status: 'OPEN',
        site: { id: portalCreateSite.id },
      });
      expect(
        (
          await reviewer.fail(PORTAL_CREATE_NEED, {
            input: { jobTitle: 'X', positions: 1, startDate: '2026-11-01', siteId: theirSite.id },
          })
        ).extensions?.fieldErrors?.[0].field,
      ).toBe('siteId');
      // A need the structure entered for this landlord is the landlord's to change too.
      const entered = await buildHiringNeed(t.db, landlord.id, { createdByStructureId: s.id });
      const { portalUpdateHiringNeed } = await reviewer.ok(PORTAL_UPDATE_NEED, {
        input: {
          id: entered.id,
          version: 1,
          jobTitle: 'Gardien',
          positions: 1,
          startDate: '2026-09-01',
          status: 'FILLED',
        },
      });
      expect(portalUpdateHiringNeed).toMatchObject({
        status: 'FILLED',
        statusLabel: 'Pourvu',
        enteredByPartner: false,
      });
      const theirs = await buildHiringNeed(t.db, otherLandlord.id);
      expect(
        (
          await reviewer.fail(PORTAL_UPDATE_NEED, {
            input: { id: theirs.id, version: 1, jobTitle: 'X', positions: 1, startDate: '2026-09-01', status: 'OPEN' },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
      const { portalHiringNeeds } = await reviewer.ok(PORTAL_NEEDS);
      expect(portalHiringNeeds.map((n: { id: string }) => n.id)).toEqual([portalCreateHiringNeed.id, entered.id]);
      expect(
        (await reviewer.ok(PORTAL_NEEDS, { status: 'FILLED' })).portalHiringNeeds.map((n: { id: string }) => n.id),
      ).toEqual([entered.id]);
      expect((await counsellor.fail(PORTAL_NEEDS)).extensions?.code).toBe('FORBIDDEN');
      expect((await reviewer.fail(NEEDS)).extensions?.code).toBe('FORBIDDEN');
    });
  });
});
