import {
  buildCertification,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildProposal,
  buildSkillsEvaluation,
  buildStructure,
  type GraphqlClient,
  setTargetCertification,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { ProposalStatus, Role } from '@tremplin/domain';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import {
  insertConfidentialInterview,
  recordAuditInserts,
  setPersonContact,
} from '../../testing/repositories/proposals.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { NotificationEntity } from '../notifications';
import { ProposalEntity } from './proposal.entities';

const CARD = `displayName phone email structureName message
  certification { title code statusLabel obtained blocks { code title levelLabel evaluatedOn resultLabel } }
  evaluations { blockTitle levelLabel evaluatedOn evaluatorName comment }
  training { attendedMinutes plannedMinutes }
  missions { id kindLabel site startDate endDate minutes hoursStatus hoursStatusLabel tutorFeedback }`;
const LINE = `id status statusLabel proposedAt structureName traineeName certificationTitle decidedAt declineReason
  declineReasonLabel decisionComment version hiringNeed { id jobTitle partnerOrganisation { id name } }`;
const ONE = `query($id: ID!) { portalProposal(id: $id) { proposal { ${LINE} } card { ${CARD} } events { kind kindLabel actorLabel reason reasonLabel comment } } }`;
const LIST = `query($status: [String!], $first: Int, $offset: Int) { portalProposals(status: $status, first: $first, offset: $offset) { totalCount items { ${LINE} } } }`;
const DECIDE = `mutation($input: DecideProposalInput!) { portalDecideProposal(input: $input) { proposal { ${LINE} } card { displayName } events { kind reason comment } } }`;

/** The keys a card may carry, per nested object (the contract's TraineeCard). */
const CARD_KEYS: Record<string, string[]> = {
  card: [
    'displayName',
    'phone',
    'email',
    'structureName',
    'message',
    'certification',
    'evaluations',
    'training',
    'missions',
  ],
  certification: ['title', 'code', 'statusLabel', 'obtained', 'blocks'],
  blocks: ['code', 'title', 'levelLabel', 'evaluatedOn', 'resultLabel'],
  evaluations: ['blockTitle', 'levelLabel', 'evaluatedOn', 'evaluatorName', 'comment'],
  training: ['attendedMinutes', 'plannedMinutes'],
  missions: [
    'id',
    'kindLabel',
    'site',
    'startDate',
    'endDate',
    'minutes',
    'hoursStatus',
    'hoursStatusLabel',
    'tutorFeedback',
  ],
};

/** Every key of `value` (recursively) is one of the allowed keys of its place in the card. */
function assertCardKeys(value: unknown, place = 'card'): void {
  if (Array.isArray(value)) return value.forEach((v) => assertCardKeys(v, place));
  if (value === null || typeof value !== 'object') return;
  const allowed = CARD_KEYS[place];
  expect(allowed).toBeDefined();
  for (const [k, v] of Object.entries(value)) {
    expect(allowed).toContain(k);
    if (v !== null && typeof v === 'object') assertCardKeys(v, k);
  }
}

describe('portal proposals: a reviewer reaches only what was proposed to their organisation', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let x: { id: string };
  let y: { id: string };
  let needX: { id: string };
  let needY: { id: string };
  let reviewerX: GraphqlClient & { userId: string };
  let reviewerY: GraphqlClient & { userId: string };
  let counsellorId: string;
  let person: { id: string; firstName: string; lastName: string };
  let proposalX: { id: string };

  const auditRows = (personId: string) =>
    t.db.getRepository(AuditLogEntity).find({
      select: { action: true, actorUserId: true, details: true },
      where: { personId },
      order: { id: 'ASC' },
    });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    x = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    y = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    await buildPartnership(t.db, s.id, x.id);
    await buildPartnership(t.db, s.id, y.id);
    needX = await buildHiringNeed(t.db, x.id, { jobTitle: 'Gardien·ne d’immeuble' });
    needY = await buildHiringNeed(t.db, y.id);
    reviewerX = await signedInAsReviewer(t, x.id, { firstName: 'Rémi', lastName: 'Hamel' });
    reviewerY = await signedInAsReviewer(t, y.id);
    const counsellor = await signedInAs(t, Role.COUNSELLOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    counsellorId = counsellor.userId;
    person = await buildPerson(t.db, s.id, {
      firstName: 'Awa',
      lastName: 'Diallo',
      birthDate: '1987-04-23',
      email: 'awa.diallo@example.test',
      counsellorId,
    });
    await setPersonContact(t.db, person.id, {
      phone: '0611223344',
      addressLine: '7 impasse des Secrets',
      postalCode: '76000',
    });
    const cert = await buildCertification(t.db, { blocks: 2 });
    await setTargetCertification(t.db, person.id, cert.id);
    await buildSkillsEvaluation(t.db, s.id, person.id, cert.blockIds[0]);
    await buildMission(t.db, s.id, person.id, x.id, { site: 'Résidence Les Tilleuls', tutorFeedback: 'Sérieuse.' });
    await buildMission(t.db, s.id, person.id, y.id, { site: 'Site Logéal' });
    await insertConfidentialInterview(t.db, s.id, person.id);
    proposalX = await buildProposal(t.db, s.id, person.id, needX.id, { message: 'Je la recommande.' });
  });
  afterAll(() => t?.close());

  describe('visibility', () => {
    it('a reviewer of X lists only X’s visible proposals; Y sees none of them', async () => {
      const withdrawn = await buildPerson(t.db, s.id);
      await buildProposal(t.db, s.id, withdrawn.id, needX.id, { status: ProposalStatus.WITHDRAWN });
      const noConsent = await buildPerson(t.db, s.id);
      await buildProposal(t.db, s.id, noConsent.id, needX.id, { consentWithdrawnAt: new Date() });
      const toY = await buildPerson(t.db, s.id);
      const proposalY = await buildProposal(t.db, s.id, toY.id, needY.id);

      const { portalProposals } = await reviewerX.ok(LIST);
      expect(portalProposals.items.map((i: { id: string }) => i.id)).toEqual([proposalX.id]);
      expect(portalProposals.totalCount).toBe(1);
      expect(portalProposals.items[0]).toMatchObject({
        traineeName: 'Awa D.',
        structureName: 'Rouen Insertion',
        hiringNeed: { id: needX.id, partnerOrganisation: { id: x.id } },
      });
      const { portalProposals: ofY } = await reviewerY.ok(LIST);
      expect(ofY.items.map((i: { id: string }) => i.id)).toEqual([proposalY.id]);

      for (const id of [proposalY.id, '00000000-0000-4000-8000-000000000000', 'nimporte', person.id]) {
        const e = await reviewerX.fail(ONE, { id });
        expect(e.extensions?.code).toBe('NOT_FOUND');
        expect(e.message).toBe('Cette proposition est introuvable.');
      }
      expect((await reviewerY.fail(ONE, { id: proposalX.id })).extensions?.code).toBe('NOT_FOUND');
      expect(
        (await reviewerY.fail(DECIDE, { input: { proposalId: proposalX.id, version: 1, decision: 'VALIDATE' } }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('filters by status and pages, newest first', async () => {
      const { portalProposals } = await reviewerX.ok(LIST, { status: ['DECLINED'] });
      expect(portalProposals).toEqual({ totalCount: 0, items: [] });
      const e = await reviewerX.fail(LIST, { status: ['PAS_UN_STATUT'] });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await reviewerX.fail(LIST, { first: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('the card carries no field outside the shared set, nor the person’s birth date, address or phone', async () => {
      const r = await reviewerX.request(ONE, { id: proposalX.id });
      expect(r.errors).toBeUndefined();
      const data = r.data as { portalProposal: { card: Record<string, unknown> } };
      assertCardKeys(data.portalProposal.card);
      const text = JSON.stringify(r.data);
      for (const secret of [
        '1987-04-23',
        '23/04/1987',
        '7 impasse',
        '0611223344',
        'awa.diallo@',
        'Diallo',
        'confidentielle',
        person.id,
      ])
        expect(text).not.toContain(secret);
      expect(data.portalProposal.card).toMatchObject({
        displayName: 'Awa D.',
        phone: null,
        email: null,
        message: 'Je la recommande.',
        missions: [{ site: 'Résidence Les Tilleuls', tutorFeedback: 'Sérieuse.' }],
      });
      // The list and a decision neither.
      const list = JSON.stringify(await reviewerX.ok(LIST));
      for (const secret of ['1987-04-23', '7 impasse', '0611223344', 'Diallo', person.id])
        expect(list).not.toContain(secret);
    });

    it('contact details and the full name appear only with the person’s agreement', async () => {
      const p = await buildPerson(t.db, s.id, { firstName: 'Inès', lastName: 'Bakari', email: 'ines@example.test' });
      await setPersonContact(t.db, p.id, { phone: '0700000000' });
      const n = await buildHiringNeed(t.db, x.id);
      const { id } = await buildProposal(t.db, s.id, p.id, n.id, { shareFullName: true, shareContact: true });
      const { portalProposal } = await reviewerX.ok(ONE, { id });
      expect(portalProposal.card).toMatchObject({
        displayName: 'Inès Bakari',
        phone: '0700000000',
        email: 'ines@example.test',
      });
      expect(portalProposal.proposal.traineeName).toBe('Inès Bakari');
    });

    it('counsellors cannot call the portal, reviewers cannot call the structure side', async () => {
      const counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
      expect((await counsellor.fail(LIST)).extensions?.code).toBe('FORBIDDEN');
      expect(
        (await reviewerX.fail(`query($id: ID!) { proposals(personId: $id) { id } }`, { id: person.id })).extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await reviewerX.fail(`query($i: ProposalPreviewInput!) { proposalPreview(input: $i) { displayName } }`, {
            i: { personId: person.id, hiringNeedId: needX.id, shareFullName: true, shareContact: true },
          })
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('audit of reads', () => {
    it('portalProposal writes one PARTNER_READ_TRAINEE row with the fields returned', async () => {
      const p = await buildPerson(t.db, s.id);
      const { id } = await buildProposal(t.db, s.id, p.id, needX.id);
      await reviewerX.ok(ONE, { id });
      const rows = await auditRows(p.id);
      expect(rows).toEqual([
        {
          action: 'PARTNER_READ_TRAINEE',
          actorUserId: reviewerX.userId,
          details: {
            operation: 'portalProposal',
            fields: ['displayName', 'structureName', 'evaluations', 'training', 'missions'],
          },
        },
      ]);
    });

    it('portalProposals writes one row per person returned, in one INSERT', async () => {
      const org = await buildPartnerOrganisation(t.db);
      await buildPartnership(t.db, s.id, org.id);
      const reviewer = await signedInAsReviewer(t, org.id);
      const n1 = await buildHiringNeed(t.db, org.id);
      const n2 = await buildHiringNeed(t.db, org.id);
      const a = await buildPerson(t.db, s.id);
      const b = await buildPerson(t.db, s.id);
      await buildProposal(t.db, s.id, a.id, n1.id);
      await buildProposal(t.db, s.id, a.id, n2.id);
      await buildProposal(t.db, s.id, b.id, n1.id);
      const { inserts, restore } = recordAuditInserts(t.db);
      try {
        const { portalProposals } = await reviewer.ok(LIST);
        expect(portalProposals.items).toHaveLength(3);
      } finally {
        restore();
      }
      expect(inserts).toHaveLength(1);
      const rows = await t.db.getRepository(AuditLogEntity).find({
        select: { personId: true, details: true },
        where: { actorUserId: reviewer.userId, action: 'PARTNER_READ_TRAINEE' },
        order: { id: 'ASC' },
      });
      expect(rows.map((r) => r.personId).sort()).toEqual([a.id, b.id].sort());
      expect(rows[0].details).toMatchObject({
        operation: 'portalProposals',
        fields: ['traineeName', 'certificationTitle'],
      });
      expect(rows.find((r) => r.personId === a.id)?.details?.['proposalIds']).toHaveLength(2);
    });

    it('an empty page writes no row', async () => {
      const org = await buildPartnerOrganisation(t.db);
      const reviewer = await signedInAsReviewer(t, org.id);
      await reviewer.ok(LIST);
      expect(await t.db.getRepository(AuditLogEntity).findBy({ actorUserId: reviewer.userId })).toEqual([]);
    });
  });

  describe('decisions', () => {
    const fresh = async () => {
      const p = await buildPerson(t.db, s.id, { firstName: 'Nora', lastName: 'Kaci', counsellorId });
      const n = await buildHiringNeed(t.db, x.id, { jobTitle: 'Agent·e d’entretien' });
      return { person: p, proposal: await buildProposal(t.db, s.id, p.id, n.id) };
    };
    const decide = (
      c: GraphqlClient,
      proposalId: string,
      version: number,
      decision: string,
      o: Record<string, unknown> = {},
    ) =>
      c.request<{ portalDecideProposal: { proposal: { status: string; version: number } } }>(DECIDE, {
        input: { proposalId, version, decision, ...o },
      });

    it('PROPOSED → INTERVIEW_REQUESTED → VALIDATED, with events, audit and the counsellor notified', async () => {
      const { person: p, proposal } = await fresh();
      let r = await decide(reviewerX, proposal.id, 1, 'REQUEST_INTERVIEW');
      expect(r.data?.portalDecideProposal.proposal).toMatchObject({ status: 'INTERVIEW_REQUESTED', version: 2 });
      // No second interview request.
      const again = await reviewerX.fail(DECIDE, {
        input: { proposalId: proposal.id, version: 2, decision: 'REQUEST_INTERVIEW' },
      });
      expect(again.extensions?.code).toBe('BAD_USER_INPUT');
      r = await decide(reviewerX, proposal.id, 2, 'VALIDATE', { comment: 'Bon entretien' });
      const { portalDecideProposal } = r.data as { portalDecideProposal: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(portalDecideProposal.proposal).toMatchObject({
        status: 'VALIDATED',
        statusLabel: 'Validé·e pour embauche',
        decisionComment: 'Bon entretien',
      });
      expect(portalDecideProposal.events.map((e: { kind: string }) => e.kind)).toEqual([
        'PROPOSED',
        'INTERVIEW_REQUESTED',
        'VALIDATED',
      ]);
      const audit = await auditRows(p.id);
      expect(audit.filter((a: { action: string }) => a.action === 'PROPOSAL_DECIDED')).toHaveLength(2);
      const notes = await t.db.getRepository(NotificationEntity).find({
        select: { recipientUserId: true, kind: true, title: true, body: true, link: true },
        where: { proposalId: proposal.id },
        order: { createdAt: 'ASC' },
      });
      expect(notes).toHaveLength(2);
      expect(notes[1]).toMatchObject({
        recipientUserId: counsellorId,
        kind: 'PROPOSAL_DECIDED',
        link: `/personnes/${p.id}?onglet=propositions`,
      });
      expect(notes[1].title).toContain('Nora Kaci');
      expect(notes[1].body).not.toContain('Nora');
      expect(notes[1].body).not.toContain('Kaci');
      // Decided: no further decision.
      const late = await reviewerX.fail(DECIDE, {
        input: { proposalId: proposal.id, version: 3, decision: 'DECLINE', declineReason: 'MOBILITY' },
      });
      expect(late.extensions?.code).toBe('BAD_USER_INPUT');
      expect(late.message).toContain('Cette proposition n’attend plus de décision');
    });

    it('a decline needs a reason, the reason OTHER a comment', async () => {
      const { proposal } = await fresh();
      let e = await reviewerX.fail(DECIDE, { input: { proposalId: proposal.id, version: 1, decision: 'DECLINE' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'declineReason' })]);
      e = await reviewerX.fail(DECIDE, {
        input: { proposalId: proposal.id, version: 1, decision: 'DECLINE', declineReason: 'OTHER' },
      });
      expect(e.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'comment' })]);
      e = await reviewerX.fail(DECIDE, {
        input: { proposalId: proposal.id, version: 1, decision: 'DECLINE', declineReason: 'NOPE' },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      const r = await decide(reviewerX, proposal.id, 1, 'DECLINE', {
        declineReason: 'OTHER',
        comment: 'Poste supprimé',
      });
      expect(r.errors).toBeUndefined();
      const { portalProposal } = await reviewerX.ok(ONE, { id: proposal.id });
      expect(portalProposal.proposal).toMatchObject({
        status: 'DECLINED',
        declineReason: 'OTHER',
        declineReasonLabel: 'Autre motif (à préciser)',
        decisionComment: 'Poste supprimé',
      });
      expect(portalProposal.events[1]).toMatchObject({
        kind: 'DECLINED',
        reason: 'OTHER',
        comment: 'Poste supprimé',
        actorLabel: 'Rémi Hamel (Rouen Habitat)',
      });
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      const { proposal } = await fresh();
      await decide(reviewerX, proposal.id, 1, 'REQUEST_INTERVIEW');
      const e = await reviewerX.fail(DECIDE, { input: { proposalId: proposal.id, version: 1, decision: 'VALIDATE' } });
      expect(e.extensions?.code).toBe('CONFLICT');
      const row = await t.db
        .getRepository(ProposalEntity)
        .findOneOrFail({ select: { status: true, version: true }, where: { id: proposal.id } });
      expect(row).toEqual({ status: 'INTERVIEW_REQUESTED', version: 2 });
    });
  });
});
