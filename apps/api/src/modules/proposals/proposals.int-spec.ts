import {
  buildAttendance,
  buildCertification,
  buildCollectiveSession,
  buildExamSession,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildProposal,
  buildSkillsEvaluation,
  buildStructure,
  contractRows,
  type GqlResponse,
  type GraphqlClient,
  setTargetCertification,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { addDays, HiringNeedStatus, PathwayStage, ProposalStatus, Role, todayInParis } from '@tremplin/domain';
import { In, MoreThan, Not } from 'typeorm';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { setPersonContact } from '../../testing/repositories/proposals.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { NotificationEntity } from '../notifications';
import { ProposalEntity, ProposalEventEntity } from './proposal.entities';

const CARD = `displayName phone email structureName message
  certification { title code statusLabel obtained blocks { code title levelLabel evaluatedOn resultLabel } }
  evaluations { blockTitle levelLabel evaluatedOn evaluatorName comment }
  training { attendedMinutes plannedMinutes }
  missions { id kindLabel site startDate endDate minutes hoursStatus hoursStatusLabel tutorFeedback }`;
const PROPOSAL = `id personId status statusLabel consentGivenOn shareFullName shareContact consentWithdrawnAt message proposedAt
  decidedAt declineReason declineReasonLabel decisionComment withdrawnAt withdrawalReason version
  hiringNeed { id jobTitle status positions version partnerOrganisation { id name } }
  hire { id employerName jobTitle contractType startDate employerOrganisation { id } }
  events { kind kindLabel actorLabel reason reasonLabel comment }`;
const PROPOSE = `mutation($input: ProposeTraineeInput!) { proposeTrainee(input: $input) { ${PROPOSAL} } }`;
const PREVIEW = `query($input: ProposalPreviewInput!) { proposalPreview(input: $input) { ${CARD} } }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { ${PROPOSAL} } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawProposalConsentInput!) { withdrawProposalConsent(input: $input) { ${PROPOSAL} } }`;
const HIRE = `mutation($input: RecordHireFromProposalInput!) { recordHireFromProposal(input: $input) { ${PROPOSAL} } }`;
const LIST = `query($personId: ID!) { proposals(personId: $personId) { ${PROPOSAL} } }`;
const PORTAL_ONE = `query($id: ID!) { portalProposal(id: $id) { proposal { id status version } card { ${CARD} } events { kind } } }`;
const PORTAL_LIST = `query { portalProposals { totalCount items { id status traineeName } } }`;
const DECIDE = `mutation($input: DecideProposalInput!) { portalDecideProposal(input: $input) { proposal { id status version } } }`;
const PARTNERSHIPS = `query($year: Int) { partnerships { id partnerOrganisation { id } progress(year: $year) { year target hires } } }`;
const OVERVIEW = `query($year: Int) { portalOverview(year: $year) { progress { year target hires } } }`;
const TIMELINE = `query($id: ID!) { person(id: $id) { timeline { id kind kindLabel title detail } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id consentGivenOn } }`;
const ROOT_FIELDS = `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`;
const MISSION_LINE = `id site minutes hoursStatus traineeName`;
const NEED = `id jobTitle status version site { id name }`;

/**
 * Every operation a reviewer may call, run against a person's proposal and missions at the landlord (ids of the
 * caller's choosing). The keys are the root fields: the test compares them with the live schema's portal operations.
 */
const REVIEWER_CALLS: Record<
  string,
  (ids: { proposalId: string; version: number; missionIds: [string, string]; needId: string }) => {
    query: string;
    variables?: Record<string, unknown>;
  }
> = {
  me: () => ({ query: `{ me { id fullName role partnerOrganisation { id name } } }` }),
  notifications: () => ({ query: `{ notifications(first: 100) { unreadCount items { id kind title body link } } }` }),
  markNotificationsRead: () => ({
    query: `mutation { markNotificationsRead(input: { all: true }) { unreadCount items { kind title body link } } }`,
  }),
  portalOverview: () => ({
    query: `{ portalOverview { organisationName proposalsAwaitingDecision hoursAwaitingConfirmation
      partnerships { structureName } } }`,
  }),
  portalProposals: () => ({ query: `{ portalProposals(first: 200) { totalCount items { id status traineeName } } }` }),
  portalProposal: ({ proposalId }) => ({
    query: `query($id: ID!) { portalProposal(id: $id) { proposal { id traineeName } card { displayName } } }`,
    variables: { id: proposalId },
  }),
  portalDecideProposal: ({ proposalId, version }) => ({
    query: `mutation($input: DecideProposalInput!) { portalDecideProposal(input: $input) {
      proposal { id status traineeName } card { displayName } } }`,
    variables: { input: { proposalId, version, decision: 'VALIDATE' } },
  }),
  portalMissions: () => ({ query: `{ portalMissions(first: 200) { totalCount items { ${MISSION_LINE} } } }` }),
  portalConfirmMissionHours: ({ missionIds }) => ({
    query: `mutation($input: ConfirmMissionHoursInput!) { portalConfirmMissionHours(input: $input) { ${MISSION_LINE} } }`,
    variables: { input: { missions: [{ missionId: missionIds[0], version: 1 }] } },
  }),
  portalDisputeMissionHours: ({ missionIds }) => ({
    query: `mutation($input: DisputeMissionHoursInput!) { portalDisputeMissionHours(input: $input) { ${MISSION_LINE} } }`,
    variables: { input: { missionId: missionIds[1], version: 1, comment: 'Il manque le lundi.' } },
  }),
  portalHiringNeeds: () => ({ query: `{ portalHiringNeeds { ${NEED} } }` }),
  portalSites: () => ({ query: `{ portalSites { id name } }` }),
  // Coaching (issue 18, point 5): a mediation asked for on a mission hosted here names no person; its own requests.
  portalRequestMediation: ({ missionIds }) => ({
    query: `mutation($input: PortalRequestMediationInput!) { portalRequestMediation(input: $input) { id missionId status } }`,
    variables: { input: { missionId: missionIds[0], message: 'Un désaccord sur les horaires.' } },
  }),
  portalMediationRequests: () => ({ query: `{ portalMediationRequests { id missionId status message } }` }),
  portalReplacementRequests: () => ({ query: `{ portalReplacementRequests { id status jobLabel } }` }),
  portalReplacementStructures: () => ({ query: `{ portalReplacementStructures { id name } }` }),
  // The shared catalogue of certifications and blocks (a request's required blocks): no person in it.
  portalCertifications: () => ({ query: `{ portalCertifications { id title blocks { id code title } } }` }),
  // No replacement of this organisation was filled: NOT_FOUND (the card's rules: replacements.int-spec.ts).
  portalReplacementCard: ({ proposalId }) => ({
    query: `query($id: ID!) { portalReplacementCard(requestId: $id) { displayName } }`,
    variables: { id: proposalId },
  }),
  // An unknown structure: refused (a request names no person; replacements.int-spec.ts posts real ones).
  portalRequestReplacement: ({ needId }) => ({
    query: `mutation($input: PortalRequestReplacementInput!) { portalRequestReplacement(input: $input) { id } }`,
    variables: {
      input: {
        structureId: needId,
        siteId: needId,
        startsAt: '2030-01-08T20:00:00.000Z',
        endsAt: '2030-01-09T06:00:00.000Z',
        minutes: 600,
        jobLabel: 'Veilleur de nuit',
        requiredBlockIds: [],
        minLevel: 'PROGRESSING',
        requiredClearances: [],
        answerBy: '2030-01-08T17:00:00.000Z',
      },
    },
  }),
  portalCreateSite: () => ({
    query: `mutation($input: CreatePartnerSiteInput!) { portalCreateSite(input: $input) { id name } }`,
    variables: { input: { name: 'Résidence Les Érables' } },
  }),
  portalCreateHiringNeed: () => ({
    query: `mutation($input: PortalCreateHiringNeedInput!) { portalCreateHiringNeed(input: $input) { ${NEED} } }`,
    variables: { input: { jobTitle: 'Agent·e de propreté', positions: 1, startDate: '2027-09-01' } },
  }),
  portalUpdateHiringNeed: ({ needId }) => ({
    query: `mutation($input: UpdateHiringNeedInput!) { portalUpdateHiringNeed(input: $input) { ${NEED} } }`,
    variables: {
      input: {
        id: needId,
        version: 1,
        jobTitle: 'Gardien·ne (renfort)',
        positions: 2,
        startDate: '2027-09-01',
        status: 'OPEN',
      },
    },
  }),
  // Called after portalUpdateHiringNeed (object order): the need is at version 2 then.
  portalShareHiringNeed: ({ needId }) => ({
    query: `mutation($input: ShareHiringNeedInput!) { portalShareHiringNeed(input: $input) { ${NEED} } }`,
    variables: { input: { id: needId, version: 2, shared: true } },
  }),
};

describe('proposals: a counsellor proposes a trainee to a landlord, withdraws, records the hire', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let other: { id: string };
  let landlord: { id: string };
  let counsellor: GraphqlClient & { userId: string };
  let reviewer: GraphqlClient & { userId: string };
  let need: { id: string };
  const today = todayInParis();
  const year = Number(today.slice(0, 4));

  const proposeInput = (personId: string, o: Record<string, unknown> = {}) => ({
    input: {
      personId,
      hiringNeedId: need.id,
      consentGivenOn: today,
      shareFullName: false,
      shareContact: false,
      message: 'Très investie sur les parties communes.',
      ...o,
    },
  });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    other = await buildStructure(t.db);
    landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    await buildPartnership(t.db, s.id, landlord.id, { targets: { [year]: 12 } });
    need = await buildHiringNeed(t.db, landlord.id, { jobTitle: 'Gardien·ne d’immeuble', positions: 1 });
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    reviewer = await signedInAsReviewer(t, landlord.id, { firstName: 'Rémi', lastName: 'Hamel' });
  });
  afterAll(() => t?.close());

  describe('proposeTrainee', () => {
    it('sends a proposal: event, audit row, notification to the reviewers, visible on the portal', async () => {
      const p = await buildPerson(t.db, s.id, { firstName: 'Awa', lastName: 'Diallo' });
      const { proposeTrainee } = await counsellor.ok(PROPOSE, proposeInput(p.id));
      expect(proposeTrainee).toMatchObject({
        personId: p.id,
        status: 'PROPOSED',
        statusLabel: 'En attente de décision',
        consentGivenOn: today,
        shareFullName: false,
        hiringNeed: { id: need.id, partnerOrganisation: { id: landlord.id, name: 'Rouen Habitat' } },
        hire: null,
        events: [
          { kind: 'PROPOSED', kindLabel: 'Proposé·e à l’employeur', actorLabel: 'Claire Martin (Rouen Insertion)' },
        ],
        version: 1,
      });
      const audit = await t.db.getRepository(AuditLogEntity).find({
        select: { action: true, personId: true, subjectId: true },
        where: { subjectId: proposeTrainee.id },
      });
      expect(audit).toEqual([{ action: 'PROPOSAL_SENT', personId: p.id, subjectId: proposeTrainee.id }]);
      const notes = await t.db.getRepository(NotificationEntity).find({
        select: { recipientUserId: true, kind: true, title: true, body: true, link: true },
        where: { proposalId: proposeTrainee.id },
      });
      expect(notes).toHaveLength(1);
      // No name in what the landlord's reviewers keep: they open the proposal (an audited read) to see who.
      expect(notes[0]).toMatchObject({
        recipientUserId: reviewer.userId,
        kind: 'PROPOSAL_RECEIVED',
        title: 'Nouvelle proposition pour « Gardien·ne d’immeuble »',
        link: `/portail/propositions/${proposeTrainee.id}`,
      });
      for (const text of [notes[0].title, notes[0].body]) {
        expect(text).not.toContain('Awa');
        expect(text).not.toContain('Diallo');
      }
      const { portalProposals } = await reviewer.ok(PORTAL_LIST);
      expect(portalProposals.items.map((i: { id: string }) => i.id)).toContain(proposeTrainee.id);
    });

    it('refuses a closed or filled need, with its state', async () => {
      const p = await buildPerson(t.db, s.id);
      for (const status of [HiringNeedStatus.CLOSED, HiringNeedStatus.FILLED]) {
        const closed = await buildHiringNeed(t.db, landlord.id, { status });
        const e = await counsellor.fail(PROPOSE, proposeInput(p.id, { hiringNeedId: closed.id }));
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'hiringNeedId' });
        expect(e.message).toContain('on ne propose qu’à un besoin ouvert');
      }
    });

    it('refuses a landlord without partnership, or whose partnership has ended', async () => {
      const p = await buildPerson(t.db, s.id);
      const stranger = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
      const strangerNeed = await buildHiringNeed(t.db, stranger.id);
      let e = await counsellor.fail(PROPOSE, proposeInput(p.id, { hiringNeedId: strangerNeed.id }));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('pas de partenariat avec Logéal');

      const ended = await buildPartnerOrganisation(t.db, { name: 'Quevilly Habitat' });
      await buildPartnership(t.db, s.id, ended.id, { endedOn: addDays(today, -1) });
      const endedNeed = await buildHiringNeed(t.db, ended.id);
      e = await counsellor.fail(PROPOSE, proposeInput(p.id, { hiringNeedId: endedNeed.id }));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('Le partenariat avec Quevilly Habitat a pris fin');
      expect(await t.db.getRepository(ProposalEntity).findBy({ personId: p.id })).toEqual([]);
    });

    it('accepts a partnership ending today', async () => {
      const p = await buildPerson(t.db, s.id);
      const last = await buildPartnerOrganisation(t.db);
      await buildPartnership(t.db, s.id, last.id, { endedOn: today });
      const lastNeed = await buildHiringNeed(t.db, last.id);
      await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: lastNeed.id }));
    });

    it('refuses a consent dated in the future, and requires one', async () => {
      const p = await buildPerson(t.db, s.id);
      const e = await counsellor.fail(PROPOSE, proposeInput(p.id, { consentGivenOn: addDays(today, 1) }));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'consentGivenOn' })]);
      expect(e.message).toContain('est dans le futur');
      const missing = await counsellor.fail(PROPOSE, proposeInput(p.id, { consentGivenOn: '' }));
      expect(missing.extensions?.fieldErrors?.[0]).toMatchObject({
        field: 'consentGivenOn',
        message: 'La date du consentement est obligatoire.',
      });
    });

    it('refuses a second live proposal of the same person for the same need, not after a decline', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id);
      await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      const e = await counsellor.fail(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('déjà une proposition en cours pour ce besoin');
      // A declined proposal is no longer live: the person may be proposed again.
      const q = await buildPerson(t.db, s.id);
      await buildProposal(t.db, s.id, q.id, n.id, { status: ProposalStatus.DECLINED });
      await counsellor.ok(PROPOSE, proposeInput(q.id, { hiringNeedId: n.id }));
    });

    it('refuses a person who has exited the pathway', async () => {
      const p = await buildPerson(t.db, s.id, { stage: PathwayStage.EXITED });
      const e = await counsellor.fail(PROPOSE, proposeInput(p.id));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('sortie du parcours');
    });

    it('answers NOT_FOUND for another structure’s person or an unknown need', async () => {
      const stranger = await buildPerson(t.db, other.id);
      expect((await counsellor.fail(PROPOSE, proposeInput(stranger.id))).extensions?.code).toBe('NOT_FOUND');
      const previewInput = { personId: stranger.id, hiringNeedId: need.id, shareFullName: true, shareContact: true };
      expect((await counsellor.fail(PREVIEW, { input: previewInput })).extensions?.code).toBe('NOT_FOUND');
      const p = await buildPerson(t.db, s.id);
      for (const hiringNeedId of ['00000000-0000-4000-8000-000000000000', 'pas-un-uuid'])
        expect((await counsellor.fail(PROPOSE, proposeInput(p.id, { hiringNeedId }))).extensions?.code).toBe(
          'NOT_FOUND',
        );
    });

    it('is refused to a supervisor (FORBIDDEN)', async () => {
      const supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
      const p = await buildPerson(t.db, s.id);
      expect((await supervisor.fail(PROPOSE, proposeInput(p.id))).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('proposalPreview', () => {
    it('is exactly the card the reviewer then sees', async () => {
      const cert = await buildCertification(t.db, {
        title: 'TP Agent d’entretien du bâtiment',
        rncpCode: '99901',
        blocks: 2,
      });
      const p = await buildPerson(t.db, s.id, { firstName: 'Inès', lastName: 'Bakari', email: 'ines@example.test' });
      await setPersonContact(t.db, p.id, { phone: '0601020304', addressLine: '12 rue Secrète' });
      await setTargetCertification(t.db, p.id, cert.id);
      await buildSkillsEvaluation(t.db, s.id, p.id, cert.blockIds[0], {
        level: 'ACQUIRED' as never,
        evaluatedOn: '2026-02-10',
      });
      await buildSkillsEvaluation(t.db, s.id, p.id, cert.blockIds[1], { evaluatedOn: '2026-03-10' });
      await buildExamSession(t.db, s.id, p.id, cert.id, { results: [{ blockId: cert.blockIds[0], result: 'FULL' }] });
      const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-01-12', plannedMinutes: 420 });
      await buildAttendance(t.db, s.id, session.id, p.id, { minutesAttended: 360 });
      await buildMission(t.db, s.id, p.id, landlord.id, {
        site: 'Résidence Les Tilleuls',
        tutorFeedback: 'Ponctuelle.',
      });
      const elsewhere = await buildPartnerOrganisation(t.db);
      await buildMission(t.db, s.id, p.id, elsewhere.id, { site: 'Ailleurs' });

      const input = {
        personId: p.id,
        hiringNeedId: need.id,
        shareFullName: true,
        shareContact: true,
        message: 'Motivée.',
      };
      const { proposalPreview } = await counsellor.ok(PREVIEW, { input });
      expect(proposalPreview).toMatchObject({
        displayName: 'Inès Bakari',
        phone: '0601020304',
        email: 'ines@example.test',
        structureName: 'Rouen Insertion',
        message: 'Motivée.',
        certification: {
          title: 'TP Agent d’entretien du bâtiment',
          code: '99901',
          statusLabel: 'Certification partielle',
          obtained: false,
          blocks: [
            { code: 'B1', levelLabel: 'Acquis', evaluatedOn: '2026-02-10', resultLabel: 'Acquis' },
            { code: 'B2', levelLabel: 'En progression', evaluatedOn: '2026-03-10', resultLabel: null },
          ],
        },
        evaluations: [
          { blockTitle: 'Bloc B2', evaluatedOn: '2026-03-10' },
          { blockTitle: 'Bloc B1', evaluatedOn: '2026-02-10' },
        ],
        training: { attendedMinutes: 360, plannedMinutes: null },
        missions: [{ site: 'Résidence Les Tilleuls', tutorFeedback: 'Ponctuelle.', hoursStatus: 'PENDING' }],
      });
      const { proposeTrainee } = await counsellor.ok(PROPOSE, { input: { ...input, consentGivenOn: today } });
      const { portalProposal } = await reviewer.ok(PORTAL_ONE, { id: proposeTrainee.id });
      expect(portalProposal.card).toEqual(proposalPreview);

      // Without consent to share: initial only, no contact.
      const { proposalPreview: masked } = await counsellor.ok(PREVIEW, {
        input: { ...input, shareFullName: false, shareContact: false },
      });
      expect(masked).toMatchObject({ displayName: 'Inès B.', phone: null, email: null });
    });

    it('shows the certification of the current contrat de professionnalisation when the person has no target', async () => {
      const cert = await buildCertification(t.db, { title: 'CQP Agent de propreté', rncpCode: '99902', blocks: 2 });
      const older = await buildCertification(t.db, { title: 'Titre d’un contrat rompu', blocks: 1 });
      const p = await buildPerson(t.db, s.id, { firstName: 'Yanis', lastName: 'Morel' });
      // No target on the person; a broken contract (not current) and the running one, which names the CQP.
      await contractRows.contract(t.db, s.id, p.id, {
        certificationId: older.id,
        status: 'BROKEN',
        startDate: '2026-09-01',
        brokenOn: '2026-10-01',
        breakReason: 'MUTUAL_AGREEMENT',
      });
      await contractRows.contract(t.db, s.id, p.id, {
        certificationId: cert.id,
        status: 'ACTIVE',
        startDate: '2026-01-05',
      });
      await buildSkillsEvaluation(t.db, s.id, p.id, cert.blockIds[0], { evaluatedOn: '2026-02-10' });
      const input = { personId: p.id, hiringNeedId: need.id, shareFullName: false, shareContact: false, message: null };

      const { proposalPreview } = await counsellor.ok(PREVIEW, { input });
      expect(proposalPreview.certification).toMatchObject({
        title: 'CQP Agent de propreté',
        code: '99902',
        statusLabel: 'En préparation (pas encore de résultat d’examen)',
        blocks: [
          { code: 'B1', evaluatedOn: '2026-02-10' },
          { code: 'B2', evaluatedOn: null },
        ],
      });
      expect(proposalPreview.evaluations).toHaveLength(1);

      // The landlord's real card and their list say the same.
      const { proposeTrainee } = await counsellor.ok(PROPOSE, { input: { ...input, consentGivenOn: today } });
      const { portalProposal } = await reviewer.ok(PORTAL_ONE, { id: proposeTrainee.id });
      expect(portalProposal.card).toEqual(proposalPreview);
      const { portalProposals } = await reviewer.ok(
        `query { portalProposals(first: 200) { items { id certificationTitle } } }`,
      );
      expect(portalProposals.items).toContainEqual({
        id: proposeTrainee.id,
        certificationTitle: 'CQP Agent de propreté',
      });

      // A target set on the person takes precedence over the contract's.
      await setTargetCertification(t.db, p.id, older.id);
      const { proposalPreview: targeted } = await counsellor.ok(PREVIEW, { input });
      expect(targeted.certification.title).toBe('Titre d’un contrat rompu');
    });
  });

  describe('withdrawal', () => {
    /**
     * A person followed by the counsellor, proposed through the API (the reviewers are notified), with two PENDING
     * missions at the landlord; the reviewer has seen them (name on the card and on the mission lines).
     */
    async function proposedAndSeen(firstName: string, lastName: string) {
      const p = await buildPerson(t.db, s.id, { firstName, lastName, counsellorId: counsellor.userId });
      await counsellor.ok(RECORD_CONSENT, {
        input: { personId: p.id, informationGivenOn: today, consentGivenOn: today },
      });
      const n = await buildHiringNeed(t.db, landlord.id, { jobTitle: 'Gardien·ne d’immeuble' });
      const { proposeTrainee: sent } = await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      const missions = [
        await buildMission(t.db, s.id, p.id, landlord.id, { site: 'Résidence Les Tilleuls' }),
        await buildMission(t.db, s.id, p.id, landlord.id, { site: 'Résidence Les Tilleuls' }),
      ];
      const display = `${firstName} ${lastName[0]}.`;
      expect((await reviewer.ok(PORTAL_ONE, { id: sent.id })).portalProposal.card.displayName).toBe(display);
      const { portalMissions } = await reviewer.ok(REVIEWER_CALLS.portalMissions({} as never).query);
      expect(portalMissions.items.filter((l: { traineeName: string | null }) => l.traineeName === display).length).toBe(
        2,
      );
      return {
        person: p,
        sent,
        needId: n.id,
        missionIds: missions.map((m) => m.id) as [string, string],
        names: [firstName, lastName, display],
      };
    }

    /**
     * After a withdrawal: every operation the reviewer may call is run; none returns the person (no name, no card),
     * the proposal reads as unknown and can no longer be decided, the missions' lines are anonymous (and can still be
     * reviewed: the hours are the host's), and no read of the person is written to the audit log.
     */
    async function expectNoAccessLeft(
      x: Awaited<ReturnType<typeof proposedAndSeen>>,
      proposal: { id: string; version: number; status: string },
    ) {
      const { __schema } = await reviewer.ok(ROOT_FIELDS);
      const portalOperations = [...__schema.queryType.fields, ...__schema.mutationType.fields]
        .map((f: { name: string }) => f.name)
        .filter((name: string) => name.startsWith('portal'));
      expect(Object.keys(REVIEWER_CALLS).sort()).toEqual(
        [...portalOperations, 'me', 'notifications', 'markNotificationsRead'].sort(),
      );
      const [last] = await t.db
        .getRepository(AuditLogEntity)
        .find({ select: { id: true }, order: { id: 'DESC' }, take: 1 });
      const lastAudit = last?.id ?? '0';
      const answers: Record<string, GqlResponse<Record<string, unknown>>> = {};
      for (const [name, call] of Object.entries(REVIEWER_CALLS)) {
        const { query, variables } = call({
          proposalId: proposal.id,
          version: proposal.version,
          missionIds: x.missionIds,
          needId: x.needId,
        });
        answers[name] = await reviewer.request(query, variables);
      }
      const problems: string[] = [];
      for (const [name, answer] of Object.entries(answers)) {
        const text = JSON.stringify(answer);
        for (const secret of [...x.names, x.person.id])
          if (text.includes(secret)) problems.push(`${name} renvoie « ${secret} »`);
        const expected = ['portalProposal', 'portalDecideProposal', 'portalReplacementCard'].includes(name)
          ? 'NOT_FOUND'
          : name === 'portalRequestReplacement'
            ? 'BAD_USER_INPUT'
            : undefined;
        if (answer.errors?.[0]?.extensions?.code !== expected)
          problems.push(`${name} : ${JSON.stringify(answer.errors ?? null)} (attendu ${expected ?? 'une réponse'})`);
      }
      expect(problems).toEqual([]);
      const d = answers as unknown as Record<string, { data: Record<string, never> }>;
      expect(d.portalProposals.data.portalProposals['items']).not.toContainEqual(
        expect.objectContaining({ id: proposal.id }),
      );
      const lines = (d.portalMissions.data.portalMissions['items'] as { id: string }[]).filter((l) =>
        x.missionIds.includes(l.id),
      );
      expect(lines).toHaveLength(2);
      expect(lines).toEqual(
        expect.arrayContaining(x.missionIds.map((id) => expect.objectContaining({ id, traineeName: null }))),
      );
      expect(d.portalConfirmMissionHours.data.portalConfirmMissionHours).toEqual([
        expect.objectContaining({ id: x.missionIds[0], hoursStatus: 'CONFIRMED', traineeName: null }),
      ]);
      expect(d.portalDisputeMissionHours.data.portalDisputeMissionHours).toMatchObject({
        id: x.missionIds[1],
        hoursStatus: 'DISPUTED',
        traineeName: null,
      });
      // The refused decision changed nothing.
      expect(
        await t.db.getRepository(ProposalEntity).findOneOrFail({
          select: { status: true, version: true },
          where: { id: proposal.id },
        }),
      ).toEqual({ status: proposal.status, version: proposal.version });
      const reads = await t.db.getRepository(AuditLogEntity).findBy({
        id: MoreThan(lastAudit),
        personId: x.person.id,
        action: 'PARTNER_READ_TRAINEE',
      });
      expect(reads).toEqual([]);
    }

    it('after withdrawProposal, no reviewer operation reaches the person any more', async () => {
      const x = await proposedAndSeen('Ombeline', 'Fauconnier');
      const { withdrawProposal } = await counsellor.ok(WITHDRAW, {
        input: { proposalId: x.sent.id, version: x.sent.version },
      });
      await expectNoAccessLeft(x, withdrawProposal);
    });

    it('after withdrawProposalConsent, no reviewer operation reaches the person any more', async () => {
      const x = await proposedAndSeen('Perrine', 'Vasseur');
      const { withdrawProposalConsent } = await counsellor.ok(WITHDRAW_CONSENT, {
        input: { proposalId: x.sent.id, version: x.sent.version },
      });
      await expectNoAccessLeft(x, withdrawProposalConsent);
    });

    it('recordConsent removing the person’s consent withdraws their proposals: no reviewer operation reaches them', async () => {
      const x = await proposedAndSeen('Sidonie', 'Lagarde');
      // Declined and hired proposals are still visible to their landlord: they keep their outcome, without access.
      const declined = await buildProposal(t.db, s.id, x.person.id, (await buildHiringNeed(t.db, landlord.id)).id, {
        status: ProposalStatus.DECLINED,
      });
      const hired = await buildProposal(t.db, s.id, x.person.id, (await buildHiringNeed(t.db, landlord.id)).id, {
        status: ProposalStatus.HIRED,
      });
      const eventCount = () => t.db.getRepository(ProposalEventEntity).countBy({ personId: x.person.id });
      const before = await eventCount();
      // Recording the consent again (a date corrected) changes no proposal.
      await counsellor.ok(RECORD_CONSENT, {
        input: { personId: x.person.id, informationGivenOn: addDays(today, -1), consentGivenOn: today },
      });
      expect(await eventCount()).toEqual(before);
      const { recordConsent } = await counsellor.ok(RECORD_CONSENT, {
        input: { personId: x.person.id, informationGivenOn: addDays(today, -1), consentGivenOn: null },
      });
      expect(recordConsent.consentGivenOn).toBeNull();

      const { proposals } = await counsellor.ok(LIST, { personId: x.person.id });
      const byId = new Map(proposals.map((p: { id: string }) => [p.id, p]));
      for (const [id, status] of [
        [x.sent.id, 'WITHDRAWN'],
        [declined.id, 'DECLINED'],
        [hired.id, 'HIRED'],
      ]) {
        const p = byId.get(id) as { status: string; consentWithdrawnAt: string | null; events: { kind: string }[] };
        expect({ id, status: p.status, withdrawn: p.consentWithdrawnAt !== null }).toEqual({
          id,
          status,
          withdrawn: true,
        });
        expect(p.events.map((e) => e.kind)).toContain('CONSENT_WITHDRAWN');
      }
      const audit = await t.db.getRepository(AuditLogEntity).find({
        select: { subjectId: true, details: true },
        where: { personId: x.person.id, action: 'PROPOSAL_CONSENT_WITHDRAWN' },
        order: { subjectId: 'ASC' },
      });
      expect(audit.map((a) => ({ subject_id: a.subjectId, operation: a.details?.['operation'] }))).toEqual(
        [x.sent.id, declined.id, hired.id].sort().map((id) => ({ subject_id: id, operation: 'recordConsent' })),
      );
      const notes = await t.db.getRepository(NotificationEntity).find({
        select: { kind: true, title: true },
        where: {
          recipientUserId: reviewer.userId,
          proposalId: In([x.sent.id, declined.id, hired.id]),
          kind: 'PROPOSAL_WITHDRAWN',
        },
      });
      expect(notes).toHaveLength(3);
      const sent = byId.get(x.sent.id) as { id: string; version: number; status: string };
      await expectNoAccessLeft(x, sent);
      // Once the consent is given again, the withdrawn proposals stay withdrawn: sharing needs a new proposal.
      await counsellor.ok(RECORD_CONSENT, {
        input: { personId: x.person.id, informationGivenOn: today, consentGivenOn: today },
      });
      expect((await reviewer.fail(PORTAL_ONE, { id: x.sent.id })).extensions?.code).toBe('NOT_FOUND');
    });

    it('withdrawProposal removes the reviewer’s access at once and notifies them', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id);
      const { proposeTrainee: sent } = await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      await reviewer.ok(PORTAL_ONE, { id: sent.id });
      const { withdrawProposal } = await counsellor.ok(WITHDRAW, {
        input: { proposalId: sent.id, version: sent.version, reason: 'La personne a trouvé un emploi.' },
      });
      expect(withdrawProposal).toMatchObject({
        status: 'WITHDRAWN',
        withdrawalReason: 'La personne a trouvé un emploi.',
      });
      expect(withdrawProposal.withdrawnAt).not.toBeNull();
      expect((await reviewer.fail(PORTAL_ONE, { id: sent.id })).extensions?.code).toBe('NOT_FOUND');
      const { portalProposals } = await reviewer.ok(PORTAL_LIST);
      expect(portalProposals.items.map((i: { id: string }) => i.id)).not.toContain(sent.id);
      const notes = await t.db.getRepository(NotificationEntity).find({
        select: { kind: true, recipientUserId: true },
        where: { proposalId: sent.id },
        order: { createdAt: 'ASC' },
      });
      expect(notes.map((x) => x.kind)).toEqual(['PROPOSAL_RECEIVED', 'PROPOSAL_WITHDRAWN']);
      const audit = await t.db.getRepository(AuditLogEntity).find({
        select: { action: true },
        where: { subjectId: sent.id, action: Not('PARTNER_READ_TRAINEE') },
        order: { id: 'ASC' },
      });
      expect(audit.map((a) => a.action)).toEqual(['PROPOSAL_SENT', 'PROPOSAL_WITHDRAWN']);
      // Not twice; a stale version is a conflict.
      expect(
        (await counsellor.fail(WITHDRAW, { input: { proposalId: sent.id, version: withdrawProposal.version } }))
          .extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect((await counsellor.fail(WITHDRAW, { input: { proposalId: sent.id, version: 1 } })).extensions?.code).toBe(
        'CONFLICT',
      );
    });

    it('withdrawProposalConsent removes the access at once, even of a decided proposal', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id);
      const { proposeTrainee: sent } = await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      const { portalDecideProposal } = await reviewer.ok(DECIDE, {
        input: { proposalId: sent.id, version: sent.version, decision: 'REQUEST_INTERVIEW' },
      });
      const { withdrawProposalConsent } = await counsellor.ok(WITHDRAW_CONSENT, {
        input: { proposalId: sent.id, version: portalDecideProposal.proposal.version },
      });
      expect(withdrawProposalConsent.status).toBe('WITHDRAWN');
      expect(withdrawProposalConsent.consentWithdrawnAt).not.toBeNull();
      expect(withdrawProposalConsent.events.map((e: { kind: string }) => e.kind)).toEqual([
        'PROPOSED',
        'INTERVIEW_REQUESTED',
        'CONSENT_WITHDRAWN',
      ]);
      expect((await reviewer.fail(PORTAL_ONE, { id: sent.id })).extensions?.code).toBe('NOT_FOUND');
      const { portalProposals } = await reviewer.ok(PORTAL_LIST);
      expect(portalProposals.items.map((i: { id: string }) => i.id)).not.toContain(sent.id);
      expect(
        (
          await counsellor.fail(WITHDRAW_CONSENT, {
            input: { proposalId: sent.id, version: withdrawProposalConsent.version },
          })
        ).extensions?.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('a hired proposal stays HIRED when the consent is withdrawn, but the partner loses access', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id, { positions: 5 });
      const { id } = await buildProposal(t.db, s.id, p.id, n.id, { status: ProposalStatus.HIRED });
      await reviewer.ok(PORTAL_ONE, { id });
      const { withdrawProposalConsent } = await counsellor.ok(WITHDRAW_CONSENT, {
        input: { proposalId: id, version: 1 },
      });
      expect(withdrawProposalConsent.status).toBe('HIRED');
      expect((await reviewer.fail(PORTAL_ONE, { id })).extensions?.code).toBe('NOT_FOUND');
    });

    it('withdrawProposal of a declined proposal ends its landlord’s access; the reason stays in its history', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id);
      const { id } = await buildProposal(t.db, s.id, p.id, n.id, { status: ProposalStatus.DECLINED });
      await t.db.getRepository(ProposalEventEntity).insert({
        structureId: s.id,
        personId: p.id,
        proposalId: id,
        kind: 'DECLINED',
        actorLabel: 'Rémi Hamel (Rouen Habitat)',
        reason: 'SKILLS_NOT_YET',
      });
      await reviewer.ok(PORTAL_ONE, { id });
      const { withdrawProposal } = await counsellor.ok(WITHDRAW, { input: { proposalId: id, version: 1 } });
      expect(withdrawProposal).toMatchObject({ status: 'WITHDRAWN', declineReason: null });
      expect(withdrawProposal.events).toContainEqual(
        expect.objectContaining({ kind: 'DECLINED', reason: 'SKILLS_NOT_YET' }),
      );
      expect((await reviewer.fail(PORTAL_ONE, { id })).extensions?.code).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for another structure’s proposal', async () => {
      const q = await buildPerson(t.db, other.id);
      await buildPartnership(t.db, other.id, landlord.id);
      const { id } = await buildProposal(t.db, other.id, q.id, need.id);
      expect((await counsellor.fail(WITHDRAW, { input: { proposalId: id, version: 1 } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await counsellor.fail(LIST, { personId: q.id })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('recordHireFromProposal and the timeline', () => {
    it('hires from a validated proposal: the hiring progress moves, the need is filled, the timeline shows it all', async () => {
      const p = await buildPerson(t.db, s.id, { firstName: 'Yanis', lastName: 'Benali' });
      const n = await buildHiringNeed(t.db, landlord.id, { jobTitle: 'Agent·e d’entretien', positions: 1 });
      const before = (await counsellor.ok(PARTNERSHIPS, { year })).partnerships.find(
        (x: { partnerOrganisation: { id: string } }) => x.partnerOrganisation.id === landlord.id,
      ).progress;
      const overviewBefore = (await reviewer.ok(OVERVIEW, { year })).portalOverview.progress;
      expect(before).toMatchObject({ year, target: 12 });
      const { proposeTrainee: sent } = await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));

      const early = await counsellor.fail(HIRE, {
        input: {
          proposalId: sent.id,
          version: sent.version,
          contractType: 'CDI',
          startDate: `${year}-09-01`,
          weeklyMinutes: 2100,
        },
      });
      expect(early.extensions?.code).toBe('BAD_USER_INPUT');

      const { portalDecideProposal } = await reviewer.ok(DECIDE, {
        input: { proposalId: sent.id, version: sent.version, decision: 'VALIDATE', comment: 'Bon entretien.' },
      });
      const { recordHireFromProposal } = await counsellor.ok(HIRE, {
        input: {
          proposalId: sent.id,
          version: portalDecideProposal.proposal.version,
          contractType: 'CDI',
          startDate: `${year}-09-01`,
          weeklyMinutes: 2100,
        },
      });
      expect(recordHireFromProposal).toMatchObject({
        status: 'HIRED',
        hire: {
          employerName: 'Rouen Habitat',
          jobTitle: 'Agent·e d’entretien',
          contractType: 'CDI',
          startDate: `${year}-09-01`,
          employerOrganisation: { id: landlord.id },
        },
        hiringNeed: { id: n.id, status: 'FILLED' },
      });
      const after = (await counsellor.ok(PARTNERSHIPS, { year })).partnerships.find(
        (x: { partnerOrganisation: { id: string } }) => x.partnerOrganisation.id === landlord.id,
      ).progress;
      expect(after.hires).toBe(before.hires + 1);
      expect((await reviewer.ok(OVERVIEW, { year })).portalOverview.progress.hires).toBe(overviewBefore.hires + 1);
      expect(await t.db.getRepository(AuditLogEntity).countBy({ subjectId: sent.id, action: 'HIRE_RECORDED' })).toBe(1);

      const { person } = await counsellor.ok(TIMELINE, { id: p.id });
      const entries = person.timeline.filter((e: { kind: string }) => e.kind === 'PROPOSAL');
      expect(entries.map((e: { title: string }) => e.title)).toEqual([
        'Embauche enregistrée — Rouen Habitat, Agent·e d’entretien',
        'Validé·e pour embauche par l’employeur — Rouen Habitat, Agent·e d’entretien',
        'Proposé·e à l’employeur — Rouen Habitat, Agent·e d’entretien',
      ]);
      expect(entries[0].kindLabel).toBe('Proposition');
      expect(entries[1].detail).toBe('Bon entretien. Par Rémi Hamel (Rouen Habitat).');
    });

    it('a decline shows in the timeline with its reason and comment, at once', async () => {
      const p = await buildPerson(t.db, s.id);
      const n = await buildHiringNeed(t.db, landlord.id, { jobTitle: 'Gardien·ne' });
      const { proposeTrainee: sent } = await counsellor.ok(PROPOSE, proposeInput(p.id, { hiringNeedId: n.id }));
      await reviewer.ok(DECIDE, {
        input: {
          proposalId: sent.id,
          version: sent.version,
          decision: 'DECLINE',
          declineReason: 'MOBILITY',
          comment: 'Trop loin',
        },
      });
      const { person } = await counsellor.ok(TIMELINE, { id: p.id });
      const declined = person.timeline.find((e: { title: string }) => e.title.startsWith('Non retenu·e'));
      expect(declined).toMatchObject({
        kind: 'PROPOSAL',
        title: 'Non retenu·e par l’employeur — Rouen Habitat, Gardien·ne',
        detail: 'Motif : Mobilité ou distance au site. Trop loin. Par Rémi Hamel (Rouen Habitat).',
      });
      const { proposals } = await counsellor.ok(LIST, { personId: p.id });
      expect(proposals[0]).toMatchObject({
        status: 'DECLINED',
        declineReason: 'MOBILITY',
        declineReasonLabel: 'Mobilité ou distance au site',
        decisionComment: 'Trop loin',
      });
    });

    it('fills a need only when its hires reach its positions', async () => {
      const n = await buildHiringNeed(t.db, landlord.id, { positions: 2 });
      const p1 = await buildPerson(t.db, s.id);
      const { id } = await buildProposal(t.db, s.id, p1.id, n.id, { status: ProposalStatus.VALIDATED });
      const { recordHireFromProposal } = await counsellor.ok(HIRE, {
        input: {
          proposalId: id,
          version: 1,
          contractType: 'CDD',
          startDate: `${year}-10-01`,
          weeklyMinutes: 1820,
          jobTitle: 'Gardien',
        },
      });
      expect(recordHireFromProposal.hiringNeed.status).toBe('OPEN');
      expect(recordHireFromProposal.hire.jobTitle).toBe('Gardien');
    });
  });
});
