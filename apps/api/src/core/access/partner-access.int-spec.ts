/**
 * Acceptance (issue 5): « A reviewer of landlord X reaches no person that was not proposed to X, and no field outside
 * the shared set, through any operation or id. »
 *
 * Built from the live schema: every Query and Mutation root field is called as a reviewer of X, with arguments
 * generated from their types, every ID filled in turn with ids the reviewer must not reach (persons not proposed to X,
 * other landlords' proposals, withdrawn proposals, a proposal whose consent was withdrawn, other landlords' missions,
 * needs and sites). A new operation is covered without touching this file; a new operation opened to reviewers, or a new
 * field on the trainee card, makes it fail until it is reviewed here.
 */
import { randomUUID } from 'node:crypto';
import {
  buildCertification,
  buildDiagnosis,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnerSite,
  buildPartnership,
  buildPathwayEvent,
  buildPerson,
  buildProposal,
  buildReferral,
  buildSkillsEvaluation,
  buildStructure,
  type FieldDef,
  type GqlResponse,
  type GraphqlClient,
  type IdSource,
  type OperationKind,
  SchemaWalker,
  setTargetCertification,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { AuditAction, EligibilityCriterionCode, ProposalStatus, Role, todayInParis } from '@tremplin/domain';
import { In } from 'typeorm';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { PersonEntity } from '../../modules/persons/person.entity';
import { databaseClock, partnerReadsWithFields } from '../../testing/repositories/core-audit.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';

/** Operations about the session itself: not walked (signOut would end the walk, signIn is public). */
const SESSION_OPERATIONS = new Set([
  'signIn',
  'signOut',
  // Two-factor sign-in's second step (public), its enrolment and ending sessions (issue 15, point 5): about the
  // caller's own account and sessions, no person reached; their refusals are tested in two-factor.int-spec.ts.
  'verifyTwoFactorSignIn',
  'startTwoFactorEnrolment',
  'confirmTwoFactorEnrolment',
  'regenerateRecoveryCodes',
  'disableTwoFactor',
  'endSession',
  'endOtherSessions',
  // Accounts (issue 15, points 3-4): public single-use links and the caller's own password, no person reached; their
  // refusals (single use, expiry, no enumeration, current password) are tested in accounts.int-spec.ts.
  'accountLink',
  'setPasswordWithLink',
  'requestPasswordReset',
  'changePassword',
  // Urgent replacements (issue 18, point 3): the offer's public single-use link, no account; it names only the offer
  // and the first name it was sent to. Its refusals (used, unknown, expired, taken) are tested in replacements.int-spec.ts.
  'replacementOffer',
  'answerReplacementOffer',
]);

/** Every operation a reviewer may call. Anything else must answer FORBIDDEN. Review any change here. */
const REVIEWER_OPERATIONS = new Set([
  'me',
  // The caller's own account (issue 15, point 5): two-factor status and « Mes sessions », no person reached.
  'twoFactorStatus',
  'mySessions',
  'notifications',
  'markNotificationsRead',
  'portalOverview',
  'portalProposals',
  'portalProposal',
  'portalMissions',
  'portalHiringNeeds',
  'portalSites',
  'portalDecideProposal',
  'portalConfirmMissionHours',
  'portalDisputeMissionHours',
  'portalCreateHiringNeed',
  'portalUpdateHiringNeed',
  'portalShareHiringNeed',
  'portalCreateSite',
  // Coaching (issue 18, point 5): a mediation asked for on a mission hosted here, and the own requests' status.
  'portalRequestMediation',
  'portalMediationRequests',
  // Urgent replacements (issue 18, points 1-3): the organisation's own requests, the structures it may ask, and the
  // card of the person who accepted (the shared set, audited).
  'portalRequestReplacement',
  'portalReplacementRequests',
  'portalReplacementStructures',
  'portalReplacementCard',
  // The catalogue of certifications and their blocks, to require blocks in a replacement request (no person).
  'portalCertifications',
]);

/** The shared set: the only fields of the trainee card and of the portal's views of a person (the contract). */
const SHARED_FIELDS: Record<string, string[]> = {
  TraineeCard: [
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
  TraineeCertification: ['title', 'code', 'statusLabel', 'obtained', 'blocks'],
  TraineeBlock: ['code', 'title', 'levelLabel', 'evaluatedOn', 'resultLabel'],
  TraineeEvaluation: ['blockTitle', 'levelLabel', 'evaluatedOn', 'evaluatorName', 'comment'],
  TraineeTraining: ['attendedMinutes', 'plannedMinutes'],
  TraineeMission: [
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
  PortalProposal: [
    'id',
    'status',
    'statusLabel',
    'proposedAt',
    'structureName',
    'hiringNeed',
    'traineeName',
    'certificationTitle',
    'decidedAt',
    'declineReason',
    'declineReasonLabel',
    'decisionComment',
    'version',
  ],
  PortalProposalDetail: ['proposal', 'card', 'events'],
  PortalMission: [
    'id',
    'structureName',
    'kindLabel',
    'site',
    'startDate',
    'endDate',
    'minutes',
    'hoursStatus',
    'hoursStatusLabel',
    'hoursReviewComment',
    'hoursReviewedAt',
    'traineeName',
    'version',
    // The mission's hours by month, summed from its days (no day, no person: docs/domain/mission-days.md).
    'months',
  ],
  ProposalEvent: ['id', 'kind', 'kindLabel', 'occurredAt', 'actorLabel', 'reason', 'reasonLabel', 'comment'],
};

/** The only types a reviewer's operations may return or reach (no Person, no pathway record). */
const PORTAL_REACHABLE_TYPES = new Set([
  ...Object.keys(SHARED_FIELDS),
  'PortalProposalPage',
  'PortalMissionPage',
  'MissionMonth',
  'PortalOverview',
  'PortalPartnership',
  'HiringProgress',
  'HiringNeed',
  'PartnerSite',
  'PartnerOrganisation',
  'Notification',
  'NotificationPage',
  'CurrentUser',
  'Structure',
  'TwoFactorStatus',
  'AccountSession',
  // The own requests for a mediation (coaching): mission id, status, the employer's own message, dates.
  'PortalMediationRequest',
  // A replacement request of the organisation (times, job, status; the mission's id once filled, no person) and the
  // structures it works with (id, name).
  'ReplacementRequest',
  'ReplacementBlock',
  'ReplacementStructure',
  // The shared catalogue (titles, codes, blocks): the same for every structure, no person.
  'Certification',
  'CertificationBlock',
]);

describe('partner access: a reviewer of X reaches no person not proposed to X, no field outside the shared set', () => {
  let t: TestApp;
  let reviewer: GraphqlClient & { userId: string };
  let walker: SchemaWalker;
  /** Values that must never appear in a reviewer's response (per person not proposed to X, and the hidden fields of P). */
  const secrets: string[] = [];
  /** Ids the reviewer must not reach: persons, proposals, missions, needs, sites. */
  const foreignIds: Record<string, string> = {};
  const unproposed: string[] = [];
  let visible: { personId: string; proposalId: string; firstName: string; missionAtX: string };
  /** The reviewer's organisation X, the structure that proposed P to it, and a site of X. */
  let home: { partnerId: string; structureId: string; siteId: string };

  /** A person with every kind of data that must never leave the structure. */
  async function sensitivePerson(structureId: string, firstName: string, lastName: string, n: number) {
    const p = await buildPerson(t.db, structureId, {
      firstName,
      lastName,
      birthDate: `197${n}-0${n}-1${n}`,
      email: `${lastName.toLowerCase()}@prive.example`,
    });
    const phone = `06 4${n} 7${n} 1${n} 9${n}`;
    const address = `${n} rue des Secrets-${lastName}`;
    await t.db.getRepository(PersonEntity).update({ id: p.id }, { phone, addressLine: address });
    const eligibilityProof = `JUSTIF-AAH-${lastName}`;
    await buildDiagnosis(t.db, structureId, p.id, {
      criteria: [{ code: EligibilityCriterionCode.AAH, proofReference: eligibilityProof }],
    });
    const prescriber = `Prescripteur-${lastName}`;
    await buildReferral(t.db, structureId, p.id, {
      prescriberOrganisation: prescriber,
      prescriberContactName: `Agent-${lastName}`,
    });
    const note = `Note confidentielle sur ${lastName} : addiction`;
    await buildPathwayEvent(t.db, structureId, p.id, {
      confidential: true,
      notes: note,
      title: `Entretien-${lastName}`,
    });
    return {
      ...p,
      hidden: [
        lastName,
        p.id,
        `197${n}-0${n}-1${n}`,
        phone,
        address,
        eligibilityProof,
        prescriber,
        `Agent-${lastName}`,
        note,
        `Entretien-${lastName}`,
        `${lastName.toLowerCase()}@prive.example`,
      ],
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db, { name: 'Rouen Insertion' });
    const s2 = await buildStructure(t.db, { name: 'Elbeuf Insertion' });
    const x = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    const y = await buildPartnerOrganisation(t.db, { name: 'Logéal Immobilière' });
    await buildPartnership(t.db, s.id, x.id, { targets: { 2026: 12 } });
    await buildPartnership(t.db, s.id, y.id);
    const siteX = await buildPartnerSite(t.db, x.id, { name: 'Résidence Les Tilleuls' });
    const siteY = await buildPartnerSite(t.db, y.id, { name: 'Résidence Ailleurs' });
    const needX = await buildHiringNeed(t.db, x.id, { siteId: siteX.id });
    const needY = await buildHiringNeed(t.db, y.id, { siteId: siteY.id, jobTitle: 'Agent·e d’entretien chez Y' });
    reviewer = await signedInAsReviewer(t, x.id);
    home = { partnerId: x.id, structureId: s.id, siteId: siteX.id };

    // P: proposed to X, competences only (no full name, no contact).
    const p = await sensitivePerson(s.id, 'Awa', 'Diallonné', 1);
    const cert = await buildCertification(t.db, { title: 'Titre pro Agent de propreté', blocks: 2 });
    await setTargetCertification(t.db, p.id, cert.id);
    await buildSkillsEvaluation(t.db, s.id, p.id, cert.blockIds[0]);
    const pProposal = await buildProposal(t.db, s.id, p.id, needX.id, { message: 'Très motivée.' });
    const pMissionX = await buildMission(t.db, s.id, p.id, x.id, {
      site: 'Résidence Les Tilleuls',
      tutorFeedback: 'Soigneuse.',
    });
    const pMissionY = await buildMission(t.db, s.id, p.id, y.id, {
      site: 'Site-Chez-Logeal-Y',
      tutorFeedback: 'Retour-Pour-Y',
    });
    visible = { personId: p.id, proposalId: pProposal.id, firstName: 'Awa', missionAtX: pMissionX.id };
    secrets.push(...p.hidden, 'Site-Chez-Logeal-Y', 'Retour-Pour-Y', pMissionY.id);

    // Persons X must not reach.
    const u1 = await sensitivePerson(s.id, 'Zéphyrine', 'Quillardet', 2); // never proposed
    const u2 = await sensitivePerson(s.id, 'Barnabé', 'Hautecloque', 3); // proposed to Y only
    const u3 = await sensitivePerson(s.id, 'Clothilde', 'Vermandois', 4); // proposed to X, withdrawn
    const u4 = await sensitivePerson(s.id, 'Ernestine', 'Pomarède', 5); // proposed to X, consent withdrawn
    const u5 = await sensitivePerson(s2.id, 'Fulbert', 'Rochambaud', 6); // another structure's
    for (const u of [u1, u2, u3, u4, u5]) {
      unproposed.push(u.id);
      secrets.push(u.firstName, ...u.hidden);
    }
    const yProposal = await buildProposal(t.db, s.id, u2.id, needY.id, { shareFullName: true, shareContact: true });
    const withdrawn = await buildProposal(t.db, s.id, u3.id, needX.id, {
      status: ProposalStatus.WITHDRAWN,
      shareFullName: true,
    });
    const consentGone = await buildProposal(t.db, s.id, u4.id, needX.id, {
      status: ProposalStatus.WITHDRAWN,
      consentWithdrawnAt: new Date(),
      shareFullName: true,
    });
    // A proposal still PROPOSED whose consent was withdrawn (defensive: the predicate checks both).
    const consentOnly = await buildProposal(t.db, s.id, u4.id, needX.id, {
      consentWithdrawnAt: new Date(),
      shareFullName: true,
    });
    const u1MissionY = await buildMission(t.db, s.id, u1.id, y.id, { site: 'Chantier-Y-Secret' });
    await buildMission(t.db, s.id, u2.id, x.id, { site: 'Résidence Les Tilleuls' }); // at X: a line, never a name
    await buildMission(t.db, s2.id, u5.id, x.id); // at X, another structure: a line, never a name
    secrets.push('Chantier-Y-Secret', 'Agent·e d’entretien chez Y', 'Résidence Ailleurs');
    Object.assign(foreignIds, {
      personNeverProposed: u1.id,
      personProposedToY: u2.id,
      personWithdrawn: u3.id,
      personConsentWithdrawn: u4.id,
      personOtherStructure: u5.id,
      visiblePerson: p.id,
      proposalToY: yProposal.id,
      proposalWithdrawn: withdrawn.id,
      proposalConsentWithdrawn: consentGone.id,
      proposalConsentWithdrawnStillProposed: consentOnly.id,
      missionAtY: u1MissionY.id,
      missionOfVisibleAtY: pMissionY.id,
      needOfY: needY.id,
      siteOfY: siteY.id,
    });

    walker = await SchemaWalker.load(reviewer);
  });
  afterAll(() => t?.close());

  const selection = (ref: FieldDef['type'], depth: number) => walker.selection(ref, depth);
  const holdsId = (ref: FieldDef['type']) => walker.holdsId(ref);
  const operation = (kind: OperationKind, field: FieldDef, id: IdSource, depth: number) =>
    walker.operation(kind, field, id, depth);
  const rootFields = (kind: OperationKind) => walker.rootFields(kind);

  /** The secrets found in a response (ids sent in the request excluded: echoing one's input reveals nothing). */
  function leaks(response: unknown, sentId: string): string[] {
    const text = JSON.stringify(response);
    return secrets.filter((s) => s !== sentId && text.includes(s));
  }

  it('answers FORBIDDEN to every operation the reviewer’s permissions do not open', async () => {
    const closed = [...rootFields('query'), ...rootFields('mutation')].filter(
      ({ field }) => !REVIEWER_OPERATIONS.has(field.name) && !SESSION_OPERATIONS.has(field.name),
    );
    expect(closed.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const { kind, field } of closed) {
      for (const id of [foreignIds.personNeverProposed, foreignIds.visiblePerson]) {
        const { text, variables } = operation(kind, field, id, 1);
        const r = await reviewer.request(text, variables);
        const code = r.errors?.[0]?.extensions?.code;
        if (code !== 'FORBIDDEN' || r.data?.[field.name])
          problems.push(`${field.name}: ${JSON.stringify(r.errors ?? r.data)}`);
        const found = leaks(r, id);
        if (found.length) problems.push(`${field.name} laisse passer ${found.join(', ')}`);
        if (!field.args.some((a) => holdsId(a.type))) break;
      }
    }
    expect(problems).toEqual([]);
  });

  it('the portal operations answer NOT_FOUND, BAD_USER_INPUT or nothing for every foreign id, as for an unknown id', async () => {
    const open = [...rootFields('query'), ...rootFields('mutation')].filter(({ field }) =>
      REVIEWER_OPERATIONS.has(field.name),
    );
    expect(open.map((o) => o.field.name)).toEqual(
      expect.arrayContaining(['portalMissions', 'portalConfirmMissionHours']),
    );
    const problems: string[] = [];
    let calls = 0;
    for (const { kind, field } of open) {
      const withIds = field.args.some((a) => holdsId(a.type));
      const unknown = randomUUID();
      const baseline = await reviewer.request(
        operation(kind, field, unknown, 4).text,
        operation(kind, field, unknown, 4).variables,
      );
      const candidates = withIds ? Object.entries(foreignIds) : [['none', unknown] as [string, string]];
      for (const [label, id] of candidates) {
        const { text, variables } = operation(kind, field, id, 4);
        const r: GqlResponse<Record<string, unknown>> = await reviewer.request(text, variables);
        calls++;
        const code = r.errors?.[0]?.extensions?.code as string | undefined;
        if (code && !['NOT_FOUND', 'BAD_USER_INPUT'].includes(code))
          problems.push(`${field.name}(${label}) : ${code} ${r.errors?.[0]?.message}`);
        const found = leaks(r, id);
        if (found.length) problems.push(`${field.name}(${label}) laisse passer : ${found.join(', ')}`);
        // An id of another organisation reads exactly as an unknown id: same code, same message.
        if (withIds && (r.errors?.[0]?.message ?? null) !== (baseline.errors?.[0]?.message ?? null))
          problems.push(
            `${field.name}(${label}) se distingue d’un identifiant inconnu : « ${r.errors?.[0]?.message} » / « ${baseline.errors?.[0]?.message} »`,
          );
      }
    }
    expect(calls).toBeGreaterThan(open.length);
    expect(problems).toEqual([]);
    // Nothing about the unproposed persons was traced as read or decided by the reviewer: nothing was returned.
    const traced = await t.db.getRepository(AuditLogEntity).find({
      select: { action: true, personId: true },
      where: { actorUserId: reviewer.userId, personId: In(unproposed) },
    });
    expect(traced).toEqual([]);
  });

  it('the portal reaches only the shared types: no Person, no pathway record, whatever the nesting', () => {
    const reached = new Set<string>();
    const walk = (ref: FieldDef['type']) => {
      const def = walker.type(ref);
      if (def.kind !== 'OBJECT' || reached.has(def.name)) return;
      reached.add(def.name);
      for (const f of def.fields ?? []) walk(f.type);
    };
    for (const { field } of [...rootFields('query'), ...rootFields('mutation')])
      if (REVIEWER_OPERATIONS.has(field.name)) walk(field.type);
    expect([...reached].filter((n) => !PORTAL_REACHABLE_TYPES.has(n)).sort()).toEqual([]);
  });

  it('the trainee card and the portal’s views of a person hold exactly the shared set of fields', () => {
    const actual: Record<string, string[]> = {};
    for (const name of Object.keys(SHARED_FIELDS))
      actual[name] = ((walker.types.get(name)?.fields ?? []) as FieldDef[]).map((f) => f.name).sort();
    const expected = Object.fromEntries(Object.entries(SHARED_FIELDS).map(([k, v]) => [k, [...v].sort()]));
    expect(actual).toEqual(expected);
  });

  it('with a visible proposal, portalProposal, portalProposals and portalMissions show the shared set only', async () => {
    const field = (kind: 'query' | 'mutation', name: string) =>
      rootFields(kind).find((f) => f.field.name === name)?.field as FieldDef;
    const detail = await reviewer.request(
      `query($id: ID!) { portalProposal(id: $id) ${selection(field('query', 'portalProposal').type, 5)} }`,
      { id: visible.proposalId },
    );
    expect(detail.errors).toBeUndefined();
    const card = (detail.data as { portalProposal: { card: Record<string, unknown> } }).portalProposal.card;
    expect(card).toMatchObject({ displayName: 'Awa D.', phone: null, email: null, message: 'Très motivée.' });
    expect((card.missions as { id: string }[]).map((m) => m.id)).toEqual([visible.missionAtX]);
    const list = await reviewer.request(`{ portalProposals ${selection(field('query', 'portalProposals').type, 5)} }`);
    expect(list.errors).toBeUndefined();
    const items = (list.data as { portalProposals: { items: { id: string; traineeName: string }[] } }).portalProposals
      .items;
    expect(items.map((i) => i.id)).toEqual([visible.proposalId]);
    expect(items[0].traineeName).toBe('Awa D.');
    const missions = await reviewer.request(
      `{ portalMissions ${selection(field('query', 'portalMissions').type, 5)} }`,
    );
    expect(missions.errors).toBeUndefined();
    const lines = (missions.data as { portalMissions: { items: { id: string; traineeName: string | null }[] } })
      .portalMissions.items;
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.traineeName !== null).map((l) => [l.id, l.traineeName])).toEqual([
      [visible.missionAtX, 'Awa D.'],
    ]);
    for (const r of [detail, list, missions]) expect(leaks(r, '')).toEqual([]);
    const n = await t.db.getRepository(AuditLogEntity).countBy({
      actorUserId: reviewer.userId,
      personId: visible.personId,
      action: AuditAction.PARTNER_READ_TRAINEE,
    });
    expect(n).toBeGreaterThanOrEqual(3);
  });

  /**
   * Acceptance (issue 5): « every partner read appears in the audit log ». Every operation open to the reviewer is
   * called on P's records (a proposal, a mission, a notification, fresh for each call); each answer that carries P
   * must have written its audit row: who (the reviewer, their role and organisation), what (P, the operation, the
   * fields returned), when (during the call). Runs last: it adds proposals and missions of P.
   */
  it('every operation that returns the visible trainee writes its audit row: who, what, when', async () => {
    const counsellor = await signedInAs(t, Role.COUNSELLOR, home.structureId);
    const need = await buildHiringNeed(t.db, home.partnerId);
    // Proposed through the API: the reviewers' notification is the one the application writes.
    await counsellor.ok(`mutation($input: ProposeTraineeInput!) { proposeTrainee(input: $input) { id } }`, {
      input: {
        personId: visible.personId,
        hiringNeedId: need.id,
        consentGivenOn: todayInParis(),
        shareFullName: false,
        shareContact: false,
      },
    });
    const markers = ['Awa D.', 'Diallonné'];
    // The replacement operations need a request filled by an accepted offer to return anyone: their card's audit row
    // (PARTNER_READ_TRAINEE, the fields returned) is tested in replacements.int-spec.ts, « the employer reads the
    // competences card of the person who accepted ».
    const open = [...rootFields('query'), ...rootFields('mutation')].filter(
      ({ field }) => REVIEWER_OPERATIONS.has(field.name) && !/Replacement/.test(field.name),
    );
    const returning: string[] = [];
    const problems: string[] = [];
    for (const { kind, field } of open) {
      const fresh = {
        proposal: (
          await buildProposal(
            t.db,
            home.structureId,
            visible.personId,
            (await buildHiringNeed(t.db, home.partnerId)).id,
          )
        ).id,
        mission: (await buildMission(t.db, home.structureId, visible.personId, home.partnerId)).id,
        need: (await buildHiringNeed(t.db, home.partnerId)).id,
        notification: (
          await t.db.getRepository(NotificationEntity).findOneOrFail({
            where: { recipientUserId: reviewer.userId },
            order: { createdAt: 'ASC' },
          })
        ).id,
      };
      const pick = (name: string): string => {
        if (/mission/i.test(name)) return fresh.mission;
        if (/proposal/i.test(name) || field.name === 'portalProposal') return fresh.proposal;
        if (/site/i.test(name)) return home.siteId;
        if (field.name === 'portalUpdateHiringNeed' || field.name === 'portalShareHiringNeed') return fresh.need;
        if (field.name === 'markNotificationsRead') return fresh.notification;
        problems.push(`${field.name}.${name} : quel identifiant de P ou de X donner ? Complétez ce test.`);
        return randomUUID();
      };
      const { text, variables } = operation(kind, field, pick, 4);
      const start = await databaseClock(t.db);
      const r = await reviewer.request(text, variables);
      const end = await databaseClock(t.db);
      if (r.errors) problems.push(`${field.name} : ${JSON.stringify(r.errors)}`);
      const answer = JSON.stringify(r.data);
      if (!markers.some((m) => answer.includes(m))) continue;
      returning.push(field.name);
      // One row tells that P's data went to the reviewer: a PARTNER_READ_TRAINEE row, or the decision's own row,
      // listing the fields returned.
      const rows = await partnerReadsWithFields(t.db, {
        actorUserId: reviewer.userId,
        personId: visible.personId,
        operation: field.name,
        from: start,
        to: end,
      });
      if (rows.length !== 1)
        problems.push(`${field.name} renvoie P mais écrit ${rows.length} ligne(s) d’audit de lecture pendant l’appel`);
      for (const row of rows)
        expect({ op: field.name, ...row }).toEqual({
          op: field.name,
          actor_role: Role.PARTNER_REVIEWER,
          actor_partner_organisation_id: home.partnerId,
          structure_id: home.structureId,
          fields: expect.arrayContaining([expect.any(String)]),
        });
    }
    expect(problems).toEqual([]);
    // The operations that return P (notifications never do: no name in them, the reviewer opens the proposal).
    expect(returning.sort()).toEqual([
      'portalConfirmMissionHours',
      'portalDecideProposal',
      'portalDisputeMissionHours',
      'portalMissions',
      'portalProposal',
      'portalProposals',
    ]);
  });
});
