import {
  buildHiringNeed,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import { NotificationKind, parseCsv, Role } from '@tremplin/domain';
import { NotificationEntity } from '../notifications';
import { startTestApp, type TestApp } from '../../testing/test-app';

const BOARD = `query($search: JobBoardSearchInput, $first: Int, $offset: Int) {
  jobBoard(search: $search, first: $first, offset: $offset) {
    totalCount items { id sourceKind jobTitle town postalCode contractKind contractKindLabel description ownerStructureName mine }
  } }`;
const CREATE_OFFER = `mutation($input: CreateJobOfferInput!) { createJobOffer(input: $input) { id version shared } }`;
const SHARE_OFFER = `mutation($id: ID!, $shared: Boolean!) { shareJobOffer(jobOfferId: $id, shared: $shared) }`;
const SHARE_NEED = `mutation($id: ID!, $shared: Boolean!) { shareHiringNeed(hiringNeedId: $id, shared: $shared) }`;
const PROPOSE = `mutation($input: ProposeToBoardOfferInput!) { proposeToBoardOffer(input: $input) { id status version } }`;
const INCOMING = `{ incomingBoardProposals { totalCount items { id jobTitle card { displayName phone email structureName message
  certification { title } evaluations { blockTitle } training { attendedMinutes } missions { id } } } } }`;

describe('the network job board', () => {
  let t: TestApp;
  let admin: GraphqlClient;
  let a: { id: string };
  let b: { id: string };
  let outsider: { id: string };
  let counsellorA: GraphqlClient & { userId: string };
  let counsellorB: GraphqlClient & { userId: string };
  let counsellorOut: GraphqlClient & { userId: string };
  let networkId: string;
  let offerA: string;
  let needId: string;
  let personB: { id: string; firstName: string; lastName: string };

  const sharedIdOf = async (client: GraphqlClient, jobTitle: string) =>
    ((await client.ok(BOARD, { search: { text: jobTitle } })).jobBoard.items as { id: string; jobTitle: string }[])[0]
      .id;

  beforeAll(async () => {
    t = await startTestApp();
    a = await buildStructure(t.db, { name: 'Rouen Insertion' });
    b = await buildStructure(t.db, { name: 'Le Havre Emploi' });
    outsider = await buildStructure(t.db, { name: 'Caen Chantiers' });
    const adminUser = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);
    counsellorA = await signedInAs(t, Role.COUNSELLOR, a.id);
    counsellorB = await signedInAs(t, Role.COUNSELLOR, b.id);
    counsellorOut = await signedInAs(t, Role.COUNSELLOR, outsider.id);

    networkId = (await admin.ok(`mutation { createNetwork(name: "Réseau Normandie ESS") }`)).createNetwork;
    await admin.ok(`mutation($input: SetNetworkMembersInput!) { setNetworkMembers(input: $input) }`, {
      input: { networkId, structureIds: [a.id, b.id] },
    });

    offerA = (
      await counsellorA.ok(CREATE_OFFER, {
        input: {
          jobTitle: 'Agent·e d’entretien des espaces verts',
          town: 'Rouen',
          postalCode: '76000',
          contractKind: 'CDDI',
          description: 'Débroussaillage, tonte.',
        },
      })
    ).createJobOffer.id;
    await counsellorA.ok(SHARE_OFFER, { id: offerA, shared: true });

    const landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    await buildPartnership(t.db, a.id, landlord.id);
    needId = (await buildHiringNeed(t.db, landlord.id, { jobTitle: 'Gardien·ne d’immeuble' })).id;
    await counsellorA.ok(SHARE_NEED, { id: needId, shared: true });

    personB = await buildPerson(t.db, b.id, { firstName: 'Awa', lastName: 'Diallo', email: 'awa.diallo@example.test' });
    await buildPerson(t.db, a.id, { firstName: 'Secret', lastName: 'Personne-A' });
  });
  afterAll(() => t?.close());

  it('shows the offers shared in my networks, searchable by job, place and contract, with the owner’s name only', async () => {
    const all = (await counsellorB.ok(BOARD)).jobBoard;
    expect(all.totalCount).toBe(2);
    expect(all.items.map((i: { ownerStructureName: string }) => i.ownerStructureName)).toEqual([
      'Rouen Insertion',
      'Rouen Insertion',
    ]);
    const byJob = (await counsellorB.ok(BOARD, { search: { text: 'espaces verts' } })).jobBoard;
    expect(byJob.totalCount).toBe(1);
    expect(byJob.items[0]).toMatchObject({
      sourceKind: 'JOB_OFFER',
      town: 'Rouen',
      contractKindLabel: 'CDDI (insertion)',
    });
    expect((await counsellorB.ok(BOARD, { search: { place: '76000' } })).jobBoard.totalCount).toBe(1);
    expect((await counsellorB.ok(BOARD, { search: { contractKind: 'CDI' } })).jobBoard.totalCount).toBe(0);
    expect((await counsellorB.ok(BOARD, { search: { text: '100%_' } })).jobBoard.totalCount).toBe(0);
    const paged = (await counsellorB.ok(BOARD, { first: 1, offset: 1 })).jobBoard;
    expect(paged).toMatchObject({ totalCount: 2 });
    expect(paged.items).toHaveLength(1);
    expect((await counsellorA.ok(BOARD)).jobBoard.items.every((i: { mine: boolean }) => i.mine)).toBe(true);
  });

  it('a structure outside the network sees nothing and cannot propose', async () => {
    expect((await counsellorOut.ok(BOARD)).jobBoard).toEqual({ totalCount: 0, items: [] });
    const sharedId = await sharedIdOf(counsellorB, 'espaces verts');
    const outPerson = await buildPerson(t.db, outsider.id);
    const e = await counsellorOut.fail(PROPOSE, {
      input: {
        sharedOfferId: sharedId,
        personId: outPerson.id,
        shareFullName: true,
        shareContact: true,
        consentGivenOn: '2026-01-05',
      },
    });
    expect(e.extensions?.code).toBe('NOT_FOUND');
  });

  it('only a need the structure reaches can be shared', async () => {
    const other = await buildPartnerOrganisation(t.db);
    const foreignNeed = await buildHiringNeed(t.db, other.id);
    expect((await counsellorA.fail(SHARE_NEED, { id: foreignNeed.id, shared: true })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('a counsellor proposes one of her people with consent; the owner sees the card, not the person', async () => {
    const sharedId = await sharedIdOf(counsellorB, 'espaces verts');
    const input = {
      sharedOfferId: sharedId,
      personId: personB.id,
      shareFullName: false,
      shareContact: false,
      message: 'Motivée, disponible tout de suite.',
      consentGivenOn: '2026-01-05',
    };
    // Another structure's person cannot be proposed.
    const foreign = await buildPerson(t.db, a.id);
    expect((await counsellorB.fail(PROPOSE, { input: { ...input, personId: foreign.id } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    // Consent in the future refused, nothing written.
    const future = await counsellorB.fail(PROPOSE, { input: { ...input, consentGivenOn: '2999-01-01' } });
    expect(future.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await counsellorA.ok(INCOMING)).incomingBoardProposals.totalCount).toBe(0);

    const proposal = (await counsellorB.ok(PROPOSE, { input })).proposeToBoardOffer;
    expect(proposal).toMatchObject({ status: 'PROPOSED', version: 1 });
    expect((await counsellorB.fail(PROPOSE, { input })).extensions?.fieldErrors?.[0]?.message).toMatch(
      /déjà une proposition en cours/,
    );
    // The owner cannot propose to its own offer through the board.
    const own = await buildPerson(t.db, a.id);
    expect((await counsellorA.fail(PROPOSE, { input: { ...input, personId: own.id } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    const incoming = (await counsellorA.ok(INCOMING)).incomingBoardProposals;
    expect(incoming.totalCount).toBe(1);
    const [line] = incoming.items;
    expect(line.jobTitle).toBe('Agent·e d’entretien des espaces verts');
    expect(line.card).toMatchObject({
      displayName: 'Awa D.',
      phone: null,
      email: null,
      structureName: 'Le Havre Emploi',
      message: 'Motivée, disponible tout de suite.',
    });
    const text = JSON.stringify(incoming);
    expect(text).not.toContain(personB.id);
    expect(text).not.toContain('Diallo');
    expect(text).not.toContain('awa.diallo');
    // Nothing else of structure B reaches A: its person is not A's, nor its proposal list.
    expect(
      (await counsellorA.fail(`query($id: ID!) { person(id: $id) { id } }`, { id: personB.id })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await counsellorA.ok(`query($id: ID!) { boardProposals(personId: $id) { id } }`, { id: personB.id }))
        .boardProposals,
    ).toEqual([]);
    // Structure B never sees structure A's persons on the board.
    expect(JSON.stringify(await counsellorB.ok(BOARD))).not.toContain('Personne-A');

    // The proposing counsellor sees it in the person's file: the offer and the structure that shared it.
    expect(
      (
        await counsellorB.ok(
          `query($id: ID!) { boardProposals(personId: $id) { id status jobTitle ownerStructureName } }`,
          { id: personB.id },
        )
      ).boardProposals,
    ).toEqual([
      {
        id: proposal.id,
        status: 'PROPOSED',
        jobTitle: 'Agent·e d’entretien des espaces verts',
        ownerStructureName: 'Rouen Insertion',
      },
    ]);

    // The consent withdrawn: the owner loses the card at once.
    await counsellorB.ok(
      `mutation($input: WithdrawBoardProposalInput!) { withdrawBoardProposal(input: $input) { status } }`,
      { input: { boardProposalId: proposal.id, version: proposal.version } },
    );
    expect((await counsellorA.ok(INCOMING)).incomingBoardProposals).toEqual({ totalCount: 0, items: [] });
  });

  it('notifies the offer’s owner staff of a proposal, naming the offer and the proposing structure, never the person', async () => {
    const NOTIFICATIONS = `{ notifications(first: 50) { unreadCount items { kind title body link } } }`;
    type Page = { unreadCount: number; items: { kind: string; title: string; body: string; link: string | null }[] };
    const boardNotes = async (client: GraphqlClient) =>
      ((await client.ok(NOTIFICATIONS)).notifications as Page).items.filter(
        (n) => n.kind === 'BOARD_PROPOSAL_RECEIVED',
      );
    const directorA = await signedInAs(t, Role.DIRECTOR, a.id);
    const supervisorA = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: a.id });
    const formerA = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: a.id, active: false });
    const directorB = await signedInAs(t, Role.DIRECTOR, b.id);
    const before = (await boardNotes(counsellorA)).length;
    const person = await buildPerson(t.db, b.id, {
      firstName: 'Yasmine',
      lastName: 'Benhamou',
      email: 'yasmine.benhamou@example.test',
      phone: '0611223344',
    });
    // Refused (consent in the future): nobody hears of it.
    const sharedId = await sharedIdOf(counsellorB, 'Gardien');
    const input = {
      sharedOfferId: sharedId,
      personId: person.id,
      shareFullName: true,
      shareContact: true,
      message: 'Très à l’aise avec les locataires.',
      consentGivenOn: '2026-01-05',
    };
    await counsellorB.fail(PROPOSE, { input: { ...input, consentGivenOn: '2999-01-01' } });
    expect(await boardNotes(counsellorA)).toHaveLength(before);

    const proposal = (await counsellorB.ok(PROPOSE, { input })).proposeToBoardOffer;
    for (const owner of [counsellorA, directorA]) {
      const notes = await boardNotes(owner);
      expect(notes).toHaveLength(owner === counsellorA ? before + 1 : 1);
      expect(notes[0]).toEqual({
        kind: 'BOARD_PROPOSAL_RECEIVED',
        title: 'Proposition reçue pour votre offre : Gardien·ne d’immeuble',
        body:
          'Le Havre Emploi vous propose une personne pour l’offre « Gardien·ne d’immeuble » partagée avec le réseau. ' +
          'Sa fiche est dans l’onglet « Propositions reçues ».',
        link: '/offres-du-reseau?onglet=propositions-recues',
      });
      // Nothing of the person, even consented to (the card shows it, audited), nor of the proposal's internals.
      const text = JSON.stringify(notes);
      for (const secret of [
        'Yasmine',
        'Benhamou',
        'yasmine.benhamou',
        '0611223344',
        person.id,
        proposal.id,
        counsellorB.userId,
        'Très à l’aise',
      ])
        expect(text).not.toContain(secret);
    }
    // The proposing structure, the owner's supervisor and its former staff hear nothing.
    expect(await boardNotes(counsellorB)).toEqual([]);
    expect(await boardNotes(directorB)).toEqual([]);
    expect(await boardNotes(counsellorOut)).toEqual([]);
    const recipients = (
      await t.db.getRepository(NotificationEntity).find({ where: { kind: NotificationKind.BOARD_PROPOSAL_RECEIVED } })
    ).map((n) => n.recipientUserId);
    expect(recipients).toEqual(expect.arrayContaining([counsellorA.userId, directorA.userId]));
    expect(recipients).not.toContain(supervisorA.id);
    expect(recipients).not.toContain(formerA.id);
    expect(recipients.every((id) => id === counsellorA.userId || id === directorA.userId)).toBe(true);
  });

  it('an unshared offer leaves the board', async () => {
    const id = (
      await counsellorA.ok(CREATE_OFFER, { input: { jobTitle: 'Plombier·e', town: 'Elbeuf', contractKind: 'CDI' } })
    ).createJobOffer.id;
    await counsellorA.ok(SHARE_OFFER, { id, shared: true });
    expect((await counsellorB.ok(BOARD, { search: { text: 'Plombier' } })).jobBoard.totalCount).toBe(1);
    await counsellorA.ok(SHARE_OFFER, { id, shared: false });
    expect((await counsellorB.ok(BOARD, { search: { text: 'Plombier' } })).jobBoard.totalCount).toBe(0);
  });

  it('only the administrator manages networks', async () => {
    expect((await counsellorA.fail(`{ networks { id } }`)).extensions?.code).toBe('FORBIDDEN');
    const networks = (await admin.ok(`{ networks { id name hasFeedToken members { id name } } }`)).networks;
    expect(networks.find((n: { id: string }) => n.id === networkId)).toMatchObject({
      name: 'Réseau Normandie ESS',
      hasFeedToken: false,
      members: expect.arrayContaining([{ id: a.id, name: 'Rouen Insertion' }]),
    });
  });

  describe('the outside feed', () => {
    let token: string;
    beforeAll(async () => {
      token = (
        await admin.ok(`mutation($id: ID!) { renewNetworkFeedToken(networkId: $id) { token } }`, { id: networkId })
      ).renewNetworkFeedToken.token;
    });

    it('refuses an unknown network, a missing or wrong token alike (404)', async () => {
      expect((await fetch(`${t.url}/api/job-board/${networkId}/offers.json`)).status).toBe(404);
      expect((await fetch(`${t.url}/api/job-board/${networkId}/offers.json?token=x${token}`)).status).toBe(404);
      expect((await fetch(`${t.url}/api/job-board/${a.id}/offers.json?token=${token}`)).status).toBe(404);
    });

    it('serves the network’s open offers as JSON and French CSV, without any personal data', async () => {
      const res = await fetch(`${t.url}/api/job-board/${networkId}/offers.json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { offers: Record<string, unknown>[] };
      expect(body.offers.map((o) => o['jobTitle']).sort()).toEqual([
        'Agent·e d’entretien des espaces verts',
        'Gardien·ne d’immeuble',
      ]);
      expect(Object.keys(body.offers[0]).sort()).toEqual(
        [
          'contractKind',
          'contractKindLabel',
          'description',
          'id',
          'jobTitle',
          'postalCode',
          'sharedAt',
          'source',
          'structureName',
          'town',
        ].sort(),
      );
      const csv = await (await fetch(`${t.url}/api/job-board/${networkId}/offers.csv?token=${token}`)).arrayBuffer();
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv);
      expect(text.startsWith('\ufeff')).toBe(true);
      const lines = parseCsv(text);
      expect(lines[0]).toEqual([
        'Métier',
        'Commune',
        'Code postal',
        'Contrat',
        'Description',
        'Structure',
        'Origine',
        'Partagée le',
      ]);
      expect(lines).toHaveLength(3);
      for (const secret of ['Diallo', 'Awa', 'Personne-A', personB.id]) {
        expect(text).not.toContain(secret);
        expect(JSON.stringify(body)).not.toContain(secret);
      }
    });

    it('a renewed token replaces the old one', async () => {
      const fresh = (
        await admin.ok(`mutation($id: ID!) { renewNetworkFeedToken(networkId: $id) { token } }`, { id: networkId })
      ).renewNetworkFeedToken.token;
      expect((await fetch(`${t.url}/api/job-board/${networkId}/offers.json?token=${token}`)).status).toBe(404);
      expect((await fetch(`${t.url}/api/job-board/${networkId}/offers.json?token=${fresh}`)).status).toBe(200);
      token = fresh;
    });
  });
});
