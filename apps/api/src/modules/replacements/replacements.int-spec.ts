import {
  buildCertification,
  buildMission,
  buildPartnerOrganisation,
  buildPartnerSite,
  buildPartnership,
  buildPerson,
  buildSkillsEvaluation,
  buildStructure,
  type GraphqlClient,
  type LocalSmtp,
  signedInAs,
  signedInAsReviewer,
  startLocalSmtp,
} from '@tremplin/api-testing';
import { MissionKind, NotificationKind, PathwayStage, Role, SkillLevel } from '@tremplin/domain';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { MissionEntity } from '../activities';
import { NotificationEntity } from '../notifications';
import { PartnerSiteEntity } from '../partners';
import { PersonEntity } from '../persons';
import {
  PersonAvailabilityEntity,
  PersonClearanceEntity,
  PersonUnavailabilityEntity,
  ReplacementOfferEntity,
  ReplacementRequestEntity,
} from './replacement.entities';
import { ReplacementsService } from './replacements.service';

const REQUEST_FIELDS = 'id status statusLabel jobLabel minutes startsAt endsAt answerBy missionId version';
const PORTAL_REQUEST = `mutation($input: PortalRequestReplacementInput!) { portalRequestReplacement(input: $input) { ${REQUEST_FIELDS} } }`;
const REQUEST = `mutation($input: RequestReplacementInput!) { requestReplacement(input: $input) { ${REQUEST_FIELDS} } }`;
const CANDIDATES = `query($id: ID!) { replacementCandidates(requestId: $id) {
  request { ${REQUEST_FIELDS} }
  candidates { personId firstName lastName canGo score distanceKm travelMinutes capMinutesLeft weekMinutesLeft reasons { kind ok text } }
  excluded { personId lastName reasons { kind ok text } }
  offers { personId status } } }`;
const SEND = `mutation($input: SendReplacementOffersInput!) { sendReplacementOffers(input: $input) { id personId status } }`;
const READ_OFFER = `query($token: String!) { replacementOffer(token: $token) { firstName jobLabel organisationName siteCity startsAt endsAt minutes status answerable message } }`;
const ANSWER = `mutation($input: AnswerReplacementOfferInput!) { answerReplacementOffer(input: $input) { status answerable message } }`;

// Tuesday 12 January 2027, 21:00 → Wednesday 13, 07:00 in Paris (UTC+1): a night shift.
const NIGHT = { startsAt: '2027-01-12T20:00:00.000Z', endsAt: '2027-01-13T06:00:00.000Z', minutes: 600 };
const ANSWER_BY = '2027-01-12T17:00:00.000Z';

type Reason = { kind: string; ok: boolean; text: string };
type Line = { personId: string; lastName: string; reasons: Reason[] };

describe('urgent replacements (issue 18, points 1-4)', () => {
  let t: TestApp;
  let smtp: LocalSmtp;
  let s: { id: string };
  let other: { id: string };
  let x: { id: string };
  let y: { id: string };
  let site: { id: string; name: string };
  let blocks: string[];
  let reviewerX: GraphqlClient & { userId: string };
  let reviewerY: GraphqlClient & { userId: string };
  let counsellor: GraphqlClient & { userId: string };
  let director: GraphqlClient & { userId: string };
  let outsider: GraphqlClient & { userId: string };
  const p: Record<string, { id: string; lastName: string }> = {};
  let requestId: string;

  const slot = (o: Record<string, unknown> = {}) => ({
    siteId: site.id,
    ...NIGHT,
    jobLabel: 'Veilleur de nuit',
    requiredBlockIds: blocks,
    minLevel: SkillLevel.PROGRESSING,
    requiredClearances: ['SST'],
    answerBy: ANSWER_BY,
    ...o,
  });

  /** A person of `s` who can go on the night, unless the overrides take something away. */
  async function person(
    key: string,
    o: {
      level?: SkillLevel;
      clearanceExpires?: string | null;
      noClearance?: boolean;
      ranges?: [number, number, number][] | null;
      coords?: [number, number] | null;
      stage?: PathwayStage;
      structureId?: string;
      email?: string;
    } = {},
  ) {
    const structureId = o.structureId ?? s.id;
    const built = await buildPerson(t.db, structureId, {
      lastName: `Candidat${key}`,
      firstName: key,
      stage: o.stage ?? PathwayStage.TRAINING,
      email: o.email ?? null,
      counsellorId: structureId === s.id ? counsellor.userId : null,
    });
    for (const b of blocks)
      await buildSkillsEvaluation(t.db, structureId, built.id, b, { level: o.level ?? SkillLevel.PROGRESSING });
    if (!o.noClearance)
      await t.db.getRepository(PersonClearanceEntity).insert({
        structureId,
        personId: built.id,
        code: 'SST',
        expiresOn: o.clearanceExpires === undefined ? null : o.clearanceExpires,
      });
    const ranges =
      o.ranges === undefined
        ? ([
            [2, 1200, 1440],
            [3, 0, 480],
          ] as [number, number, number][])
        : o.ranges;
    if (ranges?.length)
      await t.db.getRepository(PersonAvailabilityEntity).insert(
        ranges.map(([weekday, startMinute, endMinute]) => ({
          structureId,
          personId: built.id,
          weekday,
          startMinute,
          endMinute,
        })),
      );
    if (o.coords)
      await t.db.getRepository(PersonEntity).update(built.id, { latitude: o.coords[0], longitude: o.coords[1] });
    p[key] = built;
    return built;
  }

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://tremplin.example.org' });
    s = await buildStructure(t.db, { name: 'Coop Emploi Rouen' });
    other = await buildStructure(t.db, { name: 'Autre structure' });
    x = await buildPartnerOrganisation(t.db, { name: 'Résidences de Seine' });
    y = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    await buildPartnership(t.db, s.id, x.id);
    await buildPartnership(t.db, other.id, y.id);
    site = await buildPartnerSite(t.db, x.id, { name: 'Résidence Les Tilleuls', city: 'Rouen' });
    await t.db.getRepository(PartnerSiteEntity).update(site.id, { latitude: 49.4431, longitude: 1.0993 });
    blocks = (await buildCertification(t.db, { blocks: 2 })).blockIds;
    reviewerX = await signedInAsReviewer(t, x.id);
    reviewerY = await signedInAsReviewer(t, y.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    outsider = await signedInAs(t, Role.COUNSELLOR, other.id);

    // Three who can go: near with history and acquired skills; farther; unknown place and pattern.
    await person('A', { level: SkillLevel.ACQUIRED, coords: [49.4404, 1.0939], email: 'a@exemple.fr' });
    await buildMission(t.db, s.id, p.A.id, x.id, {
      site: site.name,
      startDate: '2026-10-05',
      endDate: '2026-10-05',
      minutes: 600,
      tutorFeedback: 'Ponctuel et calme.',
    });
    await person('B', { coords: [49.2866, 1.0087], email: 'b@exemple.fr' });
    await person('C', { ranges: null, email: 'c@exemple.fr' });
    // One reason each to stay apart.
    await person('D', { level: SkillLevel.BEGINNING });
    await person('E', { clearanceExpires: '2027-01-01' });
    await person('F', { ranges: [[1, 0, 1440]] });
    await person('G');
    await t.db
      .getRepository(PersonUnavailabilityEntity)
      .insert({ structureId: s.id, personId: p.G.id, startsOn: '2027-01-10', endsOn: '2027-01-12', reason: 'Congés' });
    await person('H');
    await buildMission(t.db, s.id, p.H.id, x.id, { startDate: '2027-01-13', endDate: '2027-01-15', minutes: 1200 });
    await person('I');
    await buildMission(t.db, s.id, p.I.id, x.id, { startDate: '2026-01-05', endDate: '2026-06-30', minutes: 475 * 60 });
    await person('J');
    const elsewhere = await buildPartnerOrganisation(t.db);
    await buildMission(t.db, s.id, p.J.id, elsewhere.id, {
      startDate: '2027-01-11',
      endDate: '2027-01-11',
      minutes: 1440,
    });
    await buildMission(t.db, s.id, p.J.id, elsewhere.id, {
      startDate: '2027-01-14',
      endDate: '2027-01-15',
      minutes: 1200,
    });
    // Never listed: exited, or of another structure.
    await person('K', { stage: PathwayStage.EXITED });
    await person('L', { structureId: other.id });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  describe('the request', () => {
    it('a reviewer posts it from the portal; the structure’s staff is notified at once', async () => {
      const { portalRequestReplacement: r } = await reviewerX.ok(PORTAL_REQUEST, {
        input: { ...slot(), structureId: s.id },
      });
      expect(r).toMatchObject({ status: 'OPEN', statusLabel: 'Ouverte', jobLabel: 'Veilleur de nuit', minutes: 600 });
      requestId = r.id;
      const notes = await t.db
        .getRepository(NotificationEntity)
        .find({ where: { kind: NotificationKind.REPLACEMENT_REQUESTED } });
      expect(notes.map((n) => n.recipientUserId).sort()).toEqual([counsellor.userId, director.userId].sort());
      expect(notes[0].link).toBe(`/remplacements/${r.id}`);
    });

    it('refuses a structure without partnership, a site of another organisation, a slot the wrong way round', async () => {
      const noPartner = await reviewerX.fail(PORTAL_REQUEST, { input: { ...slot(), structureId: other.id } });
      expect(noPartner.extensions?.fieldErrors?.[0].message).toMatch(/pas de partenariat/);
      const ySite = await buildPartnerSite(t.db, y.id);
      const wrongSite = await counsellor.fail(REQUEST, {
        input: { ...slot({ siteId: ySite.id }), partnerOrganisationId: x.id },
      });
      expect(wrongSite.extensions?.fieldErrors?.map((f) => f.field)).toEqual(['siteId']);
      const backwards = await counsellor.fail(REQUEST, {
        input: { ...slot({ endsAt: NIGHT.startsAt, startsAt: NIGHT.endsAt }), partnerOrganisationId: x.id },
      });
      expect(backwards.extensions?.fieldErrors?.[0].message).toBe('La fin doit être après le début.');
      const counsellorForY = await counsellor.fail(REQUEST, { input: { ...slot(), partnerOrganisationId: y.id } });
      expect(counsellorForY.extensions?.code).toBe('NOT_FOUND');
    });

    it('the portal lists the structures a request can be sent to: its partners only', async () => {
      const { portalReplacementStructures } = await reviewerX.ok(`{ portalReplacementStructures { id name } }`);
      expect(portalReplacementStructures).toEqual([{ id: s.id, name: 'Coop Emploi Rouen' }]);
    });

    it('only the organisation and the structure see it', async () => {
      const mine = await reviewerX.ok(`{ portalReplacementRequests { id } }`);
      expect(mine.portalReplacementRequests.map((r: { id: string }) => r.id)).toContain(requestId);
      expect((await reviewerY.ok(`{ portalReplacementRequests { id } }`)).portalReplacementRequests).toEqual([]);
      expect((await outsider.ok(`{ replacementRequests { id } }`)).replacementRequests).toEqual([]);
      expect((await outsider.fail(CANDIDATES, { id: requestId })).extensions?.code).toBe('NOT_FOUND');
      expect((await reviewerX.fail(CANDIDATES, { id: requestId })).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the ranking', () => {
    let ranking: { candidates: (Line & { score: number; distanceKm: number | null })[]; excluded: Line[] };
    beforeAll(async () => {
      ranking = (await counsellor.ok(CANDIDATES, { id: requestId })).replacementCandidates;
    });
    const excludedFor = (key: string) => ranking.excluded.find((l) => l.personId === p[key].id);
    const blocking = (key: string) =>
      excludedFor(key)
        ?.reasons.filter((r) => !r.ok)
        .map((r) => r.kind);

    it('ranks those who can go, best first, with their reasons line by line', () => {
      expect(ranking.candidates.map((c) => c.lastName)).toEqual(['CandidatA', 'CandidatB', 'CandidatC']);
      const [a, b, c] = ranking.candidates;
      expect(a.distanceKm).toBeLessThan(1);
      expect(b.distanceKm).toBeGreaterThan(15);
      expect(c.distanceKm).toBeNull();
      expect(a.reasons.map((r) => r.text)).toEqual(
        expect.arrayContaining([
          '« Bloc B1 » : Acquis (au moins En progression demandé).',
          'Sauveteur secouriste du travail (SST) : valide.',
          'Disponible sur tout le créneau (disponibilités de la semaine).',
          '1 mission déjà faite sur ce site.',
          'Avis de l’employeur : « Ponctuel et calme. »',
        ]),
      );
      expect(a.reasons.find((r) => r.kind === 'DISTANCE')?.text).toMatch(
        /km à vol d’oiseau, environ \d+ min de trajet/,
      );
      expect(a.reasons.find((r) => r.kind === 'CAP')?.text).toMatch(/^Reste 460 h sous le plafond de 480 h/);
      expect(a.reasons.find((r) => r.kind === 'WEEKLY')?.text).toMatch(
        /^0 h prévues la semaine du 11\/01\/2027 : reste 38 h/,
      );
      expect(c.reasons.find((r) => r.kind === 'AVAILABILITY')?.text).toMatch(/non renseignées/);
    });

    it('lists apart those who cannot go, each with the reason', () => {
      expect(blocking('D')).toEqual(['SKILLS', 'SKILLS']);
      expect(excludedFor('D')?.reasons[0].text).toBe('« Bloc B1 » : Débutant, il faut au moins En progression.');
      expect(blocking('E')).toEqual(['CLEARANCE']);
      expect(excludedFor('E')?.reasons.find((r) => !r.ok)?.text).toMatch(/expirée le 01\/01\/2027/);
      expect(blocking('F')).toEqual(['AVAILABILITY']);
      expect(blocking('G')).toEqual(['ABSENCE']);
      expect(blocking('H')).toEqual(['MISSION_OVERLAP']);
      expect(blocking('I')).toEqual(['CAP']);
      expect(blocking('J')).toEqual(['WEEKLY']);
      expect(excludedFor('J')?.reasons.find((r) => !r.ok)?.text).toMatch(
        /44 h déjà prévues .* plus de 48 h .*L3121-20/,
      );
      // Only what keeps them from going: none of the lines that hold for them (distance, history, cap…).
      expect(ranking.excluded.flatMap((l) => l.reasons).filter((r) => r.ok)).toEqual([]);
      const listed = [...ranking.candidates, ...ranking.excluded].map((l) => l.personId);
      expect(listed).not.toContain(p.K.id);
      expect(listed).not.toContain(p.L.id);
    });

    it('reads a constant number of statements, whatever the number of candidates', async () => {
      const before = await t.statementsOf(() => counsellor.ok(CANDIDATES, { id: requestId }));
      for (let i = 0; i < 8; i++) await person(`M${i}`);
      const after = await t.statementsOf(() => counsellor.ok(CANDIDATES, { id: requestId }));
      expect(after.statements).toBe(before.statements);
    });
  });

  describe('offers by single-use link', () => {
    const tokens: Record<string, string> = {};
    const answer = (token: string, accept: boolean) => t.client().request(ANSWER, { input: { token, accept } });

    it('sends the offer only to persons who can go, one link each by e-mail', async () => {
      const refused = await counsellor.fail(SEND, { input: { requestId, personIds: [p.D.id] } });
      expect(refused.extensions?.fieldErrors?.[0].field).toBe('personIds');
      const stranger = await counsellor.fail(SEND, { input: { requestId, personIds: [p.L.id] } });
      expect(stranger.extensions?.code).toBe('NOT_FOUND');
      const { sendReplacementOffers } = await counsellor.ok(SEND, {
        input: { requestId, personIds: [p.A.id, p.B.id, p.C.id] },
      });
      expect(sendReplacementOffers).toHaveLength(3);
      for (const key of ['A', 'B', 'C']) {
        const mail = await smtp.waitFor(`${key.toLowerCase()}@exemple.fr`, /\/offre\//);
        tokens[key] = /https:\/\/tremplin\.example\.org\/offre\/([\w-]+)/.exec(mail.text)![1];
      }
      const stored = await t.db.getRepository(ReplacementOfferEntity).find({ where: { requestId } });
      expect(stored.map((o) => o.tokenHash)).not.toContain(tokens.A);
      expect(stored.every((o) => /^[0-9a-f]{64}$/.test(o.tokenHash))).toBe(true);
    });

    it('the link shows the job, the town, the times and the hours — no one else’s data', async () => {
      const { replacementOffer } = await t.client().ok(READ_OFFER, { token: tokens.B });
      expect(replacementOffer).toEqual({
        firstName: 'B',
        jobLabel: 'Veilleur de nuit',
        organisationName: 'Résidences de Seine',
        siteCity: 'Rouen',
        startsAt: NIGHT.startsAt,
        endsAt: NIGHT.endsAt,
        minutes: 600,
        status: 'SENT',
        answerable: true,
        message: null,
      });
    });

    it('parallel accepts: exactly one mission, one FILLED, the others told the place is taken', async () => {
      const results = await Promise.all(['A', 'B', 'C'].map((k) => answer(tokens[k], true)));
      const answers = results.map((r) => r.data?.answerReplacementOffer as { status: string; message: string });
      expect(answers.filter((a) => a.status === 'ACCEPTED')).toHaveLength(1);
      const taken = answers.filter((a) => a.status === 'TAKEN');
      expect(taken).toHaveLength(2);
      for (const a of taken) expect(a.message).toMatch(/^La place a été prise/);
      const request = await t.db.getRepository(ReplacementRequestEntity).findOneByOrFail({ id: requestId });
      expect(request.status).toBe('FILLED');
      const missions = await t.db.getRepository(MissionEntity).find({ where: { id: request.missionId! } });
      expect(missions).toHaveLength(1);
      expect(missions[0]).toMatchObject({
        kind: MissionKind.PLACEMENT,
        hostOrganisationId: x.id,
        site: site.name,
        startDate: '2027-01-12',
        endDate: '2027-01-13',
        minutes: 600,
        hoursStatus: 'PENDING',
      });
      const winner = (
        await t.db.getRepository(ReplacementOfferEntity).findOneByOrFail({ requestId, status: 'ACCEPTED' })
      ).personId;
      expect(missions[0].personId).toBe(winner);
      const all = await t.db
        .getRepository(MissionEntity)
        .count({ where: { hostOrganisationId: x.id, startDate: '2027-01-12' } });
      expect(all).toBe(1);
      const filled = await t.db
        .getRepository(NotificationEntity)
        .find({ where: { kind: NotificationKind.REPLACEMENT_FILLED } });
      expect(filled.map((n) => n.recipientUserId)).toEqual([reviewerX.userId]);
      expect(filled[0].missionId).toBe(missions[0].id);
    });

    it('the employer reads the competences card of the person who accepted (proposals’ rules, audited)', async () => {
      const CARD = `query($id: ID!) { portalReplacementCard(requestId: $id) { displayName email phone missions { site } } }`;
      const winner = (
        await t.db.getRepository(ReplacementOfferEntity).findOneByOrFail({ requestId, status: 'ACCEPTED' })
      ).personId;
      const key = Object.keys(p).find((k) => p[k].id === winner) as string;
      const { portalReplacementCard: card } = await reviewerX.ok(CARD, { id: requestId });
      expect(card.displayName).toContain(`Candidat${key}`);
      expect(card).toMatchObject({ email: null, phone: null });
      expect((await reviewerY.fail(CARD, { id: requestId })).extensions?.code).toBe('NOT_FOUND');
      expect((await counsellor.fail(CARD, { id: requestId })).extensions?.code).toBe('FORBIDDEN');
      const audit = await t.db
        .getRepository(AuditLogEntity)
        .find({ where: { personId: winner, subjectId: requestId } });
      expect(audit.map((a) => a.action)).toEqual(['PARTNER_READ_TRAINEE']);
    });

    it('a used, an unknown or an expired link is refused with a French message', async () => {
      const reused = await t.client().fail(ANSWER, { input: { token: tokens.A, accept: true } });
      expect(reused.message).toBe('Vous avez déjà répondu à cette offre : le lien ne sert qu’une fois.');
      const unknown = await t.client().fail(ANSWER, { input: { token: 'x'.repeat(43), accept: true } });
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
      expect(unknown.message).toMatch(/^Ce lien n’est pas valable/);

      const { requestReplacement: second } = await counsellor.ok(REQUEST, {
        input: {
          ...slot({
            startsAt: '2027-02-02T20:00:00.000Z',
            endsAt: '2027-02-03T06:00:00.000Z',
            answerBy: '2027-02-02T17:00:00.000Z',
          }),
          partnerOrganisationId: x.id,
        },
      });
      await counsellor.ok(SEND, { input: { requestId: second.id, personIds: [p.B.id] } });
      const mail = await smtp.waitFor('b@exemple.fr', /2 février 2027|mardi 2 février/);
      const token = /\/offre\/([\w-]+)/.exec(mail.text)![1];
      await t.db
        .getRepository(ReplacementOfferEntity)
        .update({ requestId: second.id }, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await t.client().fail(ANSWER, { input: { token, accept: true } });
      expect(expired.extensions?.fieldErrors?.[0].message).toBe(
        'Ce lien a expiré : l’heure limite de réponse est passée.',
      );
      expect(await t.db.getRepository(MissionEntity).count({ where: { personId: p.B.id } })).toBe(0);
    });

    it('a decline uses the link and leaves the request open', async () => {
      const { requestReplacement: third } = await counsellor.ok(REQUEST, {
        input: {
          ...slot({
            startsAt: '2027-03-02T20:00:00.000Z',
            endsAt: '2027-03-03T06:00:00.000Z',
            answerBy: '2027-03-02T17:00:00.000Z',
          }),
          partnerOrganisationId: x.id,
        },
      });
      await counsellor.ok(SEND, { input: { requestId: third.id, personIds: [p.C.id] } });
      const mail = await smtp.waitFor('c@exemple.fr', /mars 2027/);
      const token = /\/offre\/([\w-]+)/.exec(mail.text)![1];
      expect((await answer(token, false)).data?.answerReplacementOffer).toMatchObject({ status: 'DECLINED' });
      expect((await t.db.getRepository(ReplacementRequestEntity).findOneByOrFail({ id: third.id })).status).toBe(
        'OFFERED',
      );
    });
  });

  describe('escalation and figures', () => {
    it('a request not filled by its answer-by time is escalated to the counsellor (checked on read)', async () => {
      const { requestReplacement: late } = await counsellor.ok(REQUEST, {
        input: {
          ...slot({
            startsAt: '2027-04-06T19:00:00.000Z',
            endsAt: '2027-04-07T05:00:00.000Z',
            answerBy: '2027-04-06T16:00:00.000Z',
          }),
          partnerOrganisationId: x.id,
        },
      });
      await t.db.getRepository(ReplacementRequestEntity).update(late.id, { answerBy: new Date(Date.now() - 60_000) });
      const { replacementRequests } = await counsellor.ok(`{ replacementRequests { id status } }`);
      expect(replacementRequests.find((r: { id: string }) => r.id === late.id).status).toBe('ESCALATED');
      await counsellor.ok(`{ replacementRequests { id status } }`);
      const notes = await t.db
        .getRepository(NotificationEntity)
        .find({ where: { kind: NotificationKind.REPLACEMENT_ESCALATED } });
      expect(notes.map((n) => n.recipientUserId)).toEqual([counsellor.userId]);
    });

    it('the dashboard: requests, filled, median time to fill, fill rate per employer', async () => {
      const { replacementStats } = await director.ok(
        `{ replacementStats(year: 2027) { year requests filled medianMinutesToFill byEmployer { partnerOrganisationId name requests filled fillRate } } }`,
      );
      expect(replacementStats).toMatchObject({ year: 2027, requests: 4, filled: 1 });
      expect(replacementStats.medianMinutesToFill).toBeGreaterThanOrEqual(0);
      expect(replacementStats.byEmployer).toEqual([
        { partnerOrganisationId: x.id, name: 'Résidences de Seine', requests: 4, filled: 1, fillRate: 0.25 },
      ]);
      expect((await outsider.fail(`{ replacementStats(year: 2027) { requests } }`)).extensions?.code).toBe('FORBIDDEN');
    });

    it('the escalation job escalates and notifies every structure’s late requests once, without anyone reading them', async () => {
      const { requestReplacement: late } = await counsellor.ok(REQUEST, {
        input: {
          ...slot({
            startsAt: '2027-04-13T19:00:00.000Z',
            endsAt: '2027-04-14T05:00:00.000Z',
            answerBy: '2027-04-13T16:00:00.000Z',
          }),
          partnerOrganisationId: x.id,
        },
      });
      await t.db.getRepository(ReplacementRequestEntity).update(late.id, { answerBy: new Date(Date.now() - 60_000) });
      const notified = () =>
        t.db
          .getRepository(NotificationEntity)
          .countBy({ kind: NotificationKind.REPLACEMENT_ESCALATED, link: `/remplacements/${late.id}` });
      expect(await notified()).toBe(0);
      const service = t.app.get(ReplacementsService);
      // Two instances at once: each request is escalated and notified once between them.
      const [a, b] = await Promise.all([service.escalateDue(), service.escalateDue()]);
      expect(a + b).toBe(1);
      expect(await service.escalateDue()).toBe(0);
      expect((await t.db.getRepository(ReplacementRequestEntity).findOneByOrFail({ id: late.id })).status).toBe(
        'ESCALATED',
      );
      expect(await notified()).toBe(1);
    });
  });

  describe('availability kept by the counsellor', () => {
    it('replaces the weekly pattern, records absences and clearances, for persons of the structure only', async () => {
      const SET = `mutation($input: SetPersonAvailabilityInput!) { setPersonAvailability(input: $input) }`;
      await counsellor.ok(SET, {
        input: { personId: p.F.id, version: 0, ranges: [{ weekday: 2, startMinute: 1200, endMinute: 1440 }] },
      });
      expect(await t.db.getRepository(PersonAvailabilityEntity).count({ where: { personId: p.F.id } })).toBe(1);
      const bad = await counsellor.fail(SET, {
        input: { personId: p.F.id, version: 1, ranges: [{ weekday: 2, startMinute: 600, endMinute: 500 }] },
      });
      expect(bad.extensions?.fieldErrors?.[0].message).toBe('La fin d’une plage doit être après son début.');
      const foreign = await outsider.fail(SET, { input: { personId: p.F.id, version: 1, ranges: [] } });
      expect(foreign.extensions?.code).toBe('NOT_FOUND');
      await counsellor.ok(`mutation($input: SetPersonClearanceInput!) { setPersonClearance(input: $input) }`, {
        input: { personId: p.E.id, code: 'SST', expiresOn: '2029-01-01' },
      });
      expect((await t.db.getRepository(PersonClearanceEntity).findOneByOrFail({ personId: p.E.id })).expiresOn).toBe(
        '2029-01-01',
      );
      await counsellor.ok(
        `mutation($input: AddPersonUnavailabilityInput!) { addPersonUnavailability(input: $input) }`,
        {
          input: { personId: p.F.id, startsOn: '2027-05-01', endsOn: '2027-05-03', reason: 'Formation' },
        },
      );
      expect(await t.db.getRepository(PersonUnavailabilityEntity).count({ where: { personId: p.F.id } })).toBe(1);
    });
  });

  describe('the « Disponibilités » tab: read, version, removals (issue 18, point 2)', () => {
    const READ = `query($id: ID!) { personAvailability(personId: $id) {
      personId version slots { weekday startMinute endMinute } absences { id startsOn endsOn reason past }
      clearances { code label expiresOn expired } clearanceCatalogue { code label } } }`;
    const SET = `mutation($input: SetPersonAvailabilityInput!) { setPersonAvailability(input: $input) }`;
    const ADD_ABSENCE = `mutation($input: AddPersonUnavailabilityInput!) { addPersonUnavailability(input: $input) }`;
    const REMOVE_ABSENCE = `mutation($id: ID!) { removePersonUnavailability(id: $id) }`;
    const SET_CLEARANCE = `mutation($input: SetPersonClearanceInput!) { setPersonClearance(input: $input) }`;
    const REMOVE_CLEARANCE = `mutation($personId: ID!, $code: String!) { removePersonClearance(personId: $personId, code: $code) }`;
    type Read = {
      version: number;
      slots: { weekday: number; startMinute: number; endMinute: number }[];
      absences: { id: string; startsOn: string; endsOn: string; reason: string | null; past: boolean }[];
      clearances: { code: string; label: string; expiresOn: string | null; expired: boolean }[];
      clearanceCatalogue: { code: string; label: string }[];
    };
    const read = async (id: string): Promise<Read> => (await counsellor.ok(READ, { id })).personAvailability;

    it('reads the week, the absences (current and future first, past last) and the clearances (expired flagged)', async () => {
      const k = await person('K', {
        ranges: [
          [3, 0, 420],
          [2, 1260, 1440],
        ],
        clearanceExpires: '2020-06-30',
      });
      await t.db
        .getRepository(PersonClearanceEntity)
        .insert({ structureId: s.id, personId: k.id, code: 'HACCP', expiresOn: null });
      await t.db.getRepository(PersonUnavailabilityEntity).insert([
        { structureId: s.id, personId: k.id, startsOn: '2020-02-01', endsOn: '2020-02-03', reason: 'Passée' },
        { structureId: s.id, personId: k.id, startsOn: '2099-03-01', endsOn: '2099-03-02', reason: 'Plus tard' },
        { structureId: s.id, personId: k.id, startsOn: '2099-01-01', endsOn: '2099-01-05', reason: null },
      ]);
      const r = await read(k.id);
      expect(r.version).toBe(0);
      expect(r.slots).toEqual([
        { weekday: 2, startMinute: 1260, endMinute: 1440 },
        { weekday: 3, startMinute: 0, endMinute: 420 },
      ]);
      expect(r.absences.map((a) => [a.startsOn, a.endsOn, a.reason, a.past])).toEqual([
        ['2099-01-01', '2099-01-05', null, false],
        ['2099-03-01', '2099-03-02', 'Plus tard', false],
        ['2020-02-01', '2020-02-03', 'Passée', true],
      ]);
      expect(r.clearances).toEqual([
        { code: 'HACCP', label: 'Hygiène alimentaire (HACCP)', expiresOn: null, expired: false },
        { code: 'SST', label: 'Sauveteur secouriste du travail (SST)', expiresOn: '2020-06-30', expired: true },
      ]);
      expect(r.clearanceCatalogue).toContainEqual({ code: 'CACES_R489', label: 'CACES R489 (chariots élévateurs)' });
      expect(r.clearanceCatalogue).toHaveLength(7);
      // A supervisor reads (PATHWAY_READ) but does not write.
      const supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
      expect((await supervisor.ok(READ, { id: k.id })).personAvailability.slots).toHaveLength(2);
      expect((await supervisor.fail(SET, { input: { personId: k.id, version: 0, ranges: [] } })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('saves the whole week with the version read; a stale version is a CONFLICT and changes nothing', async () => {
      const l = await person('L', { ranges: null });
      const night = [
        { weekday: 2, startMinute: 1260, endMinute: 1440 },
        { weekday: 3, startMinute: 0, endMinute: 420 },
      ];
      await counsellor.ok(SET, { input: { personId: l.id, version: 0, ranges: night } });
      expect(await read(l.id)).toMatchObject({ version: 1, slots: night });
      // Someone else's tab still holds version 0.
      const stale = await counsellor.fail(SET, {
        input: { personId: l.id, version: 0, ranges: [{ weekday: 1, startMinute: 480, endMinute: 1020 }] },
      });
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect(stale.message).toBe(
        'Les disponibilités de cette personne ont été modifiées par quelqu’un d’autre depuis leur affichage : rechargez-les, puis refaites vos changements.',
      );
      expect(await read(l.id)).toMatchObject({ version: 1, slots: night });
      await counsellor.ok(SET, { input: { personId: l.id, version: 1, ranges: [] } });
      expect(await read(l.id)).toMatchObject({ version: 2, slots: [] });
    });

    it('refuses bad input in French and changes nothing: overlapping slots, end before start, minutes out of the day', async () => {
      const m = await person('M', { ranges: [[1, 480, 720]] });
      const before = await read(m.id);
      const overlap = await counsellor.fail(SET, {
        input: {
          personId: m.id,
          version: 0,
          ranges: [
            { weekday: 2, startMinute: 1200, endMinute: 1380 },
            { weekday: 3, startMinute: 0, endMinute: 420 },
            { weekday: 2, startMinute: 1260, endMinute: 1440 },
          ],
        },
      });
      expect(overlap.extensions?.code).toBe('BAD_USER_INPUT');
      expect(overlap.extensions?.fieldErrors).toEqual([
        {
          field: 'ranges.2.startMinute',
          message:
            'Deux plages du mardi se chevauchent (20:00 – 23:00 et 21:00 – 24:00) : fusionnez-les ou corrigez leurs heures.',
        },
      ]);
      // Touching slots are fine (08:00 – 12:00 then 12:00 – 17:00), so is a whole day.
      const outOfDay = await counsellor.fail(SET, {
        input: { personId: m.id, version: 0, ranges: [{ weekday: 1, startMinute: 0, endMinute: 1500 }] },
      });
      expect(outOfDay.extensions?.code).toBe('BAD_USER_INPUT');
      expect(outOfDay.message).toContain('Heure de fin invalide.');
      const badDay = await counsellor.fail(SET, {
        input: { personId: m.id, version: 0, ranges: [{ weekday: 8, startMinute: 0, endMinute: 60 }] },
      });
      expect(badDay.message).toContain('Jour invalide.');
      const backwards = await counsellor.fail(ADD_ABSENCE, {
        input: { personId: m.id, startsOn: '2099-05-03', endsOn: '2099-05-01', reason: null },
      });
      expect(backwards.extensions?.fieldErrors).toEqual([
        { field: 'endsOn', message: 'Le dernier jour doit suivre le premier.' },
      ]);
      const badCode = await counsellor.fail(SET_CLEARANCE, {
        input: { personId: m.id, code: 'PERMIS_B', expiresOn: null },
      });
      expect(badCode.message).toContain('Choisissez l’habilitation dans la liste.');
      expect(await read(m.id)).toEqual(before);
      await counsellor.ok(SET, {
        input: {
          personId: m.id,
          version: 0,
          ranges: [
            { weekday: 1, startMinute: 720, endMinute: 1020 },
            { weekday: 1, startMinute: 480, endMinute: 720 },
            { weekday: 7, startMinute: 0, endMinute: 1440 },
          ],
        },
      });
      expect((await read(m.id)).slots).toHaveLength(3);
    });

    it('removes an absence and a clearance; another structure’s read as NOT_FOUND, nothing removed', async () => {
      const n = await person('N');
      await counsellor.ok(ADD_ABSENCE, {
        input: { personId: n.id, startsOn: '2099-05-01', endsOn: '2099-05-03', reason: 'Rendez-vous médical' },
      });
      await counsellor.ok(SET_CLEARANCE, { input: { personId: n.id, code: 'CACES_R489', expiresOn: '2099-12-31' } });
      const r = await read(n.id);
      expect(r.absences).toEqual([
        {
          id: expect.any(String),
          startsOn: '2099-05-01',
          endsOn: '2099-05-03',
          reason: 'Rendez-vous médical',
          past: false,
        },
      ]);
      const absenceId = r.absences[0].id;

      // Another structure: the person, the absence and the clearance do not exist for it.
      expect((await outsider.fail(READ, { id: n.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await outsider.fail(REMOVE_ABSENCE, { id: absenceId })).extensions?.code).toBe('NOT_FOUND');
      expect((await outsider.fail(REMOVE_CLEARANCE, { personId: n.id, code: 'SST' })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await outsider.fail(REMOVE_ABSENCE, { id: 'pas-un-uuid' })).extensions?.code).toBe('NOT_FOUND');
      expect(await read(n.id)).toEqual(r);

      await counsellor.ok(REMOVE_ABSENCE, { id: absenceId });
      await counsellor.ok(REMOVE_CLEARANCE, { personId: n.id, code: 'SST' });
      const after = await read(n.id);
      expect(after.absences).toEqual([]);
      expect(after.clearances.map((c) => c.code)).toEqual(['CACES_R489']);
      const again = await counsellor.fail(REMOVE_ABSENCE, { id: absenceId });
      expect(again.extensions?.code).toBe('NOT_FOUND');
      expect(again.message).toBe('Cette absence est introuvable : elle a peut-être déjà été supprimée.');
      expect((await counsellor.fail(REMOVE_CLEARANCE, { personId: n.id, code: 'SST' })).message).toBe(
        'Cette personne n’a pas cette habilitation : elle a peut-être déjà été retirée.',
      );
      expect((await counsellor.fail(REMOVE_CLEARANCE, { personId: n.id, code: 'PERMIS_B' })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      // Updating a clearance replaces its expiry.
      await counsellor.ok(SET_CLEARANCE, { input: { personId: n.id, code: 'CACES_R489', expiresOn: null } });
      expect((await read(n.id)).clearances).toEqual([
        { code: 'CACES_R489', label: 'CACES R489 (chariots élévateurs)', expiresOn: null, expired: false },
      ]);
    });
  });

  describe('a request on the employer’s behalf, with required blocks (the shared form)', () => {
    // A week after the first night (filled by then): Tuesday 19 → Wednesday 20 January 2027.
    const NEXT_NIGHT = {
      startsAt: '2027-01-19T20:00:00.000Z',
      endsAt: '2027-01-20T06:00:00.000Z',
      answerBy: '2027-01-19T17:00:00.000Z',
    };
    it('the portal reads the catalogue of blocks (no person), the counsellor its own', async () => {
      const CATALOGUE = `{ portalCertifications { id title blocks { id code title } } }`;
      const { portalCertifications } = await reviewerX.ok(CATALOGUE);
      const ids = portalCertifications.flatMap((c: { blocks: { id: string }[] }) => c.blocks.map((b) => b.id));
      expect(ids).toEqual(expect.arrayContaining(blocks));
      expect(JSON.stringify(portalCertifications)).not.toMatch(/Candidat/);
      expect((await counsellor.fail(CATALOGUE)).extensions?.code).toBe('FORBIDDEN');
      const { certifications } = await counsellor.ok(`{ certifications { id blocks { id } } }`);
      expect(certifications.flatMap((c: { blocks: { id: string }[] }) => c.blocks.map((b) => b.id))).toEqual(ids);
    });

    it('the counsellor posts for a partner employer: blocks and level kept, the same ranking', async () => {
      const { requestReplacement: r } = await counsellor.ok(
        `mutation($input: RequestReplacementInput!) { requestReplacement(input: $input) {
          id status partnerOrganisationId siteId requiredBlockIds minLevel requiredClearances } }`,
        {
          input: {
            ...slot({ ...NEXT_NIGHT, requiredBlockIds: [blocks[1]], minLevel: SkillLevel.ACQUIRED }),
            partnerOrganisationId: x.id,
          },
        },
      );
      expect(r).toMatchObject({
        status: 'OPEN',
        partnerOrganisationId: x.id,
        siteId: site.id,
        requiredBlockIds: [blocks[1]],
        minLevel: SkillLevel.ACQUIRED,
        requiredClearances: ['SST'],
      });
      const row = await t.db.getRepository(ReplacementRequestEntity).findOneByOrFail({ id: r.id });
      expect(row.createdById).toBe(counsellor.userId);
      // Only A's evaluations are « Acquis »: the others stay apart for that block.
      const { replacementCandidates } = await counsellor.ok(CANDIDATES, { id: r.id });
      expect(replacementCandidates.candidates.map((c: Line) => c.lastName)).toEqual(['CandidatA']);
      const b = replacementCandidates.excluded.find((l: Line) => l.personId === p.B.id);
      expect(b.reasons.filter((x: Reason) => !x.ok).map((x: Reason) => x.kind)).toEqual(['SKILLS']);
      // The request names its blocks (by code) and its level in words, to the structure and to the employer, in one
      // read for all the requests of the answer.
      const named = { requiredBlocks: [{ id: blocks[1], code: 'B2', title: 'Bloc B2' }], minLevelLabel: 'Acquis' };
      const { replacementRequests } = await counsellor.ok(
        `{ replacementRequests { id requiredBlocks { id code title } minLevelLabel } }`,
      );
      expect(replacementRequests.find((q: { id: string }) => q.id === r.id)).toEqual({ id: r.id, ...named });
      const { portalReplacementRequests } = await reviewerX.ok(
        `{ portalReplacementRequests { id requiredBlocks { id code title } minLevelLabel } }`,
      );
      expect(portalReplacementRequests).toContainEqual({ id: r.id, ...named });
    });

    it('refuses an unknown block, a bad level, another structure’s employer — nothing written', async () => {
      const before = await t.db.getRepository(ReplacementRequestEntity).count();
      const unknownBlock = await counsellor.fail(REQUEST, {
        input: { ...slot({ requiredBlockIds: [s.id] }), partnerOrganisationId: x.id },
      });
      expect(unknownBlock.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknownBlock.extensions?.fieldErrors).toEqual([
        { field: 'requiredBlockIds', message: 'Un des blocs exigés est introuvable : choisissez-les dans la liste.' },
      ]);
      const badLevel = await counsellor.fail(REQUEST, {
        input: { ...slot({ minLevel: 'EXCELLENT' }), partnerOrganisationId: x.id },
      });
      expect(badLevel.extensions?.fieldErrors?.map((f) => f.message)).toEqual([
        'Choisissez le niveau minimum dans la liste.',
      ]);
      // `outsider`'s structure has no partnership with X; Y is another structure's partner: unknown to the counsellor.
      expect(
        (await outsider.fail(REQUEST, { input: { ...slot(), partnerOrganisationId: x.id } })).extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await counsellor.fail(REQUEST, { input: { ...slot(), partnerOrganisationId: y.id } })).extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await reviewerX.fail(REQUEST, { input: { ...slot(), partnerOrganisationId: x.id } })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(await t.db.getRepository(ReplacementRequestEntity).count()).toBe(before);
    });

    it('the structure’s partner employers and their sites: what the counsellor’s form offers', async () => {
      const { partnerships } = await counsellor.ok(
        `{ partnerships { endedOn partnerOrganisation { id name } sites { id name city } } }`,
      );
      expect(partnerships).toEqual([
        {
          endedOn: null,
          partnerOrganisation: { id: x.id, name: 'Résidences de Seine' },
          sites: [{ id: site.id, name: 'Résidence Les Tilleuls', city: 'Rouen' }],
        },
      ]);
      expect(
        JSON.stringify((await outsider.ok(`{ partnerships { partnerOrganisation { id } } }`)).partnerships),
      ).not.toContain(x.id);
    });
  });
});
