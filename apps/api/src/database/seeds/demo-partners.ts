import type { EntityManager } from 'typeorm';
import {
  addDays,
  AuditAction,
  DeclineReason,
  HiringNeedStatus,
  MissionHoursStatus,
  NotificationKind,
  ProposalEventKind,
  ProposalStatus,
  Role,
} from '@tremplin/domain';
import { DemoSeedRepository } from './demo-seed.repository';
import { DEMO_SITE_COORDINATES } from './demo-replacements';
import { sqlInserter } from './seed-sql';

/**
 * The partner portal's demo: the structure works with every landlord, each with two sites and a hiring target for
 * the year (13 in all, after the COORACE–USH partnership's yearly target); Rouen Habitat has an open need for a
 * caretaker at Résidence Les Tilleuls. Proposals show every status: Sandrine awaits Rouen Habitat's decision, Bruno
 * has an interview to arrange, David is validated by Logis Cauchois (his hire is to record), Sandrine was declined
 * by Foyers de Normandie, Laetitia withdrew her consent, Nathalie and Youssef were hired through theirs. Mission
 * hours are confirmed by the hosts when older than 45 days; the latest are to confirm, and one of Hélène's is
 * disputed by Rouen Habitat.
 */
export interface DemoPartnersContext {
  structureId: string;
  landlordIds: Record<string, string>;
  personIds: string[];
  counsellorIds: { claire: string; karim: string };
  today: string;
}

const SITES: Record<string, [string, string]> = {
  'rouen-habitat': ['Résidence Les Tilleuls', 'Résidence du Mont-Riboudet'],
  'seine-logis': ['Résidence Les Sapins', 'Cité Verte'],
  'normandie-foyers': ['Foyer Saint-Sever', 'Résidence Grammont'],
  'quevilly-residences': ['Résidence Les Chartreux', 'Quartier Kennedy'],
  'habitat-76': ['Résidence du Robec', 'Les Hauts de Rouen'],
  'logis-cauchois': ['Résidence Aristide Briand', 'Résidence Jouvenet'],
  'esh-estuaire': ['Résidence du Port', 'Les Docks'],
};

/** Yearly hiring target per landlord (13 for the structure). */
const TARGETS: Record<string, number> = {
  'rouen-habitat': 3,
  'seine-logis': 2,
  'normandie-foyers': 1,
  'quevilly-residences': 1,
  'habitat-76': 2,
  'logis-cauchois': 2,
  'esh-estuaire': 2,
};

const REQUIREMENTS =
  'Certification de gardien·ne d’immeuble obtenue ou en cours (AFPOLS ou titre professionnel), sens du contact avec les locataires, permis B apprécié.';

export async function insertDemoPartners(tx: EntityManager, ctx: DemoPartnersContext): Promise<void> {
  const insert = sqlInserter(tx);
  const seeds = new DemoSeedRepository(tx.connection);
  const { structureId, landlordIds, today } = ctx;
  const person = (i: number) => ctx.personIds[i];
  const year = Number(today.slice(0, 4));
  const ago = (days: number) => new Date(`${addDays(today, -days)}T09:30:00+01:00`);

  const reviewers = await seeds.usersOfOrganisations(Role.PARTNER_REVIEWER, Object.values(landlordIds), tx);
  const reviewerOf = (slug: string) => {
    const r = reviewers.find((u) => u.partner_organisation_id === landlordIds[slug]);
    if (!r) throw new Error(`no demo reviewer for ${slug}`);
    return { id: r.id, label: `${r.first_name} ${r.last_name}` };
  };

  const sites: Record<string, string[]> = {};
  for (const [slug, names] of Object.entries(SITES)) {
    sites[slug] = [];
    for (const name of names)
      sites[slug].push(
        await insert('partner_site', {
          partner_organisation_id: landlordIds[slug],
          name,
          city: 'Rouen',
          ...(slug === 'rouen-habitat' ? DEMO_SITE_COORDINATES[name] : {}),
        }),
      );
    const partnershipId = await insert('partnership', {
      structure_id: structureId,
      partner_organisation_id: landlordIds[slug],
      started_on: slug === 'rouen-habitat' ? '2019-01-01' : `${year - 2}-09-01`,
      created_by_id: null,
    });
    await insert('hiring_target', { partnership_id: partnershipId, year: year - 1, hires: TARGETS[slug] });
    await insert('hiring_target', { partnership_id: partnershipId, year, hires: TARGETS[slug] });
  }

  const need = (
    slug: string,
    o: {
      job: string;
      positions: number;
      startInDays: number;
      status: HiringNeedStatus;
      byStructure?: boolean;
      site?: number;
    },
  ) =>
    insert('hiring_need', {
      partner_organisation_id: landlordIds[slug],
      site_id: sites[slug][o.site ?? 0],
      job_title: o.job,
      positions: o.positions,
      start_date: addDays(today, o.startInDays),
      requirements: o.job.startsWith('Gardien') ? REQUIREMENTS : null,
      status: o.status,
      created_by_structure_id: o.byStructure ? structureId : null,
    });
  const caretaker = 'Gardien·ne d’immeuble';
  const tilleuls = await need('rouen-habitat', {
    job: caretaker,
    positions: 3,
    startInDays: 60,
    status: HiringNeedStatus.OPEN,
  });
  await need('rouen-habitat', {
    job: 'Employé·e d’immeuble',
    positions: 1,
    startInDays: 30,
    status: HiringNeedStatus.OPEN,
    byStructure: true,
    site: 1,
  });
  const cauchois = await need('logis-cauchois', {
    job: caretaker,
    positions: 1,
    startInDays: 20,
    status: HiringNeedStatus.OPEN,
  });
  const foyers = await need('normandie-foyers', {
    job: caretaker,
    positions: 1,
    startInDays: -20,
    status: HiringNeedStatus.FILLED,
  });
  const sapins = await need('seine-logis', {
    job: 'Agent·e d’entretien des parties communes',
    positions: 2,
    startInDays: 45,
    status: HiringNeedStatus.OPEN,
  });
  const robec = await need('habitat-76', {
    job: caretaker,
    positions: 1,
    startInDays: -255,
    status: HiringNeedStatus.FILLED,
  });
  const port = await need('esh-estuaire', {
    job: caretaker,
    positions: 1,
    startInDays: -190,
    status: HiringNeedStatus.FILLED,
  });

  const hires = await seeds.hiresOf(structureId, tx);
  const hireOf = (i: number) => hires.find((h) => h.person_id === person(i))?.id ?? null;

  interface Plan {
    i: number;
    needId: string;
    slug: string;
    status: ProposalStatus;
    proposedDaysAgo: number;
    by: 'claire' | 'karim';
    decidedDaysAgo?: number;
    declineReason?: DeclineReason;
    comment?: string;
    shareFullName?: boolean;
    message?: string;
  }
  const plans: Plan[] = [
    {
      i: 2,
      needId: tilleuls,
      slug: 'rouen-habitat',
      status: ProposalStatus.PROPOSED,
      proposedDaysAgo: 3,
      by: 'claire',
      message: 'Certification obtenue en totalité ; très à l’aise avec les locataires.',
    },
    {
      i: 9,
      needId: tilleuls,
      slug: 'rouen-habitat',
      status: ProposalStatus.INTERVIEW_REQUESTED,
      proposedDaysAgo: 12,
      by: 'karim',
      decidedDaysAgo: 8,
      comment: 'Disponible pour un entretien sur site un mardi matin ?',
      shareFullName: true,
    },
    {
      i: 11,
      needId: cauchois,
      slug: 'logis-cauchois',
      status: ProposalStatus.VALIDATED,
      proposedDaysAgo: 20,
      by: 'karim',
      decidedDaysAgo: 6,
      comment: 'Validé après l’entretien : prise de poste à convenir.',
    },
    {
      i: 2,
      needId: foyers,
      slug: 'normandie-foyers',
      status: ProposalStatus.DECLINED,
      proposedDaysAgo: 40,
      by: 'claire',
      decidedDaysAgo: 33,
      declineReason: DeclineReason.POSITION_FILLED,
      comment: 'Poste pourvu en interne, désolés.',
    },
    { i: 12, needId: sapins, slug: 'seine-logis', status: ProposalStatus.WITHDRAWN, proposedDaysAgo: 15, by: 'karim' },
    {
      i: 6,
      needId: robec,
      slug: 'habitat-76',
      status: ProposalStatus.HIRED,
      proposedDaysAgo: 280,
      by: 'claire',
      decidedDaysAgo: 262,
    },
    {
      i: 7,
      needId: port,
      slug: 'esh-estuaire',
      status: ProposalStatus.HIRED,
      proposedDaysAgo: 210,
      by: 'claire',
      decidedDaysAgo: 198,
    },
  ];
  const counsellorLabel = { claire: 'Claire Martin', karim: 'Karim Benali' };
  const audit: unknown[][] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const p of plans) {
    const reviewer = reviewerOf(p.slug);
    const decided = p.decidedDaysAgo !== undefined;
    const withdrawn = p.status === ProposalStatus.WITHDRAWN;
    const proposalId = await insert('proposal', {
      structure_id: structureId,
      person_id: person(p.i),
      created_by_id: ctx.counsellorIds[p.by],
      hiring_need_id: p.needId,
      partner_organisation_id: landlordIds[p.slug],
      status: p.status,
      consent_given_on: addDays(today, -p.proposedDaysAgo),
      share_full_name: p.shareFullName ?? false,
      share_contact: false,
      consent_withdrawn_at: withdrawn ? ago(4) : null,
      message: p.message ?? null,
      proposed_at: ago(p.proposedDaysAgo),
      decided_at: decided ? ago(p.decidedDaysAgo!) : null,
      decided_by_id: decided ? reviewer.id : null,
      decline_reason: p.declineReason ?? null,
      decision_comment: p.comment ?? null,
      withdrawn_at: withdrawn ? ago(4) : null,
      withdrawal_reason: withdrawn ? 'La personne a retiré son consentement au partage.' : null,
      hire_id: p.status === ProposalStatus.HIRED ? hireOf(p.i) : null,
    });
    const event = (
      kind: ProposalEventKind,
      daysAgo: number,
      actor: { id: string | null; label: string },
      o: { reason?: string; comment?: string } = {},
    ) =>
      insert('proposal_event', {
        structure_id: structureId,
        person_id: person(p.i),
        proposal_id: proposalId,
        kind,
        occurred_at: ago(daysAgo),
        actor_user_id: actor.id,
        actor_label: actor.label,
        reason: o.reason ?? null,
        comment: o.comment ?? null,
      });
    const counsellor = { id: ctx.counsellorIds[p.by], label: counsellorLabel[p.by] };
    await event(ProposalEventKind.PROPOSED, p.proposedDaysAgo, counsellor, { comment: p.message });
    audit.push([
      ctx.counsellorIds[p.by],
      Role.COUNSELLOR,
      counsellor.label,
      structureId,
      null,
      AuditAction.PROPOSAL_SENT,
      person(p.i),
      proposalId,
      ago(p.proposedDaysAgo),
    ]);
    // The reviewer opened the card the day after it arrived, and again on deciding.
    audit.push([
      reviewer.id,
      Role.PARTNER_REVIEWER,
      reviewer.label,
      null,
      landlordIds[p.slug],
      AuditAction.PARTNER_READ_TRAINEE,
      person(p.i),
      proposalId,
      ago(p.proposedDaysAgo - 1),
    ]);
    if (p.status === ProposalStatus.PROPOSED)
      notifications.push({
        recipient_user_id: reviewer.id,
        kind: NotificationKind.PROPOSAL_RECEIVED,
        title: 'Nouvelle proposition de candidat·e',
        body: `Rouen Insertion Emploi vous propose une personne pour le poste « ${caretaker} ».`,
        link: `/portail/propositions/${proposalId}`,
        proposal_id: proposalId,
      });
    if (decided) {
      const kind =
        p.status === ProposalStatus.INTERVIEW_REQUESTED
          ? ProposalEventKind.INTERVIEW_REQUESTED
          : p.status === ProposalStatus.DECLINED
            ? ProposalEventKind.DECLINED
            : ProposalEventKind.VALIDATED;
      await event(kind, p.decidedDaysAgo!, reviewer, { reason: p.declineReason, comment: p.comment });
      audit.push([
        reviewer.id,
        Role.PARTNER_REVIEWER,
        reviewer.label,
        null,
        landlordIds[p.slug],
        AuditAction.PROPOSAL_DECIDED,
        person(p.i),
        proposalId,
        ago(p.decidedDaysAgo!),
      ]);
      if (p.decidedDaysAgo! < 10)
        notifications.push({
          recipient_user_id: ctx.counsellorIds[p.by],
          kind: NotificationKind.PROPOSAL_DECIDED,
          title:
            kind === ProposalEventKind.VALIDATED
              ? 'Candidature validée pour embauche'
              : 'Entretien demandé par l’employeur',
          body: p.comment ?? '',
          link: `/personnes/${person(p.i)}?onglet=propositions`,
          proposal_id: proposalId,
        });
    }
    if (p.status === ProposalStatus.HIRED) await event(ProposalEventKind.HIRED, p.decidedDaysAgo! - 12, counsellor);
    if (withdrawn) {
      await event(ProposalEventKind.CONSENT_WITHDRAWN, 4, counsellor, {
        comment: 'La personne a retiré son consentement au partage.',
      });
      audit.push([
        ctx.counsellorIds[p.by],
        Role.COUNSELLOR,
        counsellor.label,
        structureId,
        null,
        AuditAction.PROPOSAL_CONSENT_WITHDRAWN,
        person(p.i),
        proposalId,
        ago(4),
      ]);
    }
  }

  // Mission hours: the hosts confirmed what ended more than 45 days ago; Hélène's latest at Rouen Habitat is disputed.
  const confirmed = await seeds.confirmEndedMissionHours(
    structureId,
    MissionHoursStatus.CONFIRMED,
    addDays(today, -45),
    'Travail soigné et ponctuel ; bon contact avec les locataires.',
    tx,
  );
  const disputed = await seeds.latestPendingMission(structureId, person(4), tx);
  if (disputed) {
    const reviewer = reviewerOf('rouen-habitat');
    await seeds.reviewMissionHours(
      disputed.id,
      MissionHoursStatus.DISPUTED,
      ago(2),
      reviewer.id,
      'Une demi-journée d’absence le mardi de la 2e semaine : 66 h 30 au lieu de 70 h selon notre planning.',
      tx,
    );
    audit.push([
      reviewer.id,
      Role.PARTNER_REVIEWER,
      reviewer.label,
      null,
      landlordIds['rouen-habitat'],
      AuditAction.MISSION_HOURS_DISPUTED,
      person(4),
      disputed.id,
      ago(2),
    ]);
    notifications.push({
      recipient_user_id: ctx.counsellorIds.claire,
      kind: NotificationKind.MISSION_HOURS_DISPUTED,
      title: 'Heures de mission contestées — Hélène Dubois',
      body: 'Rouen Habitat conteste les heures d’une mission : corrigez-les ou vérifiez avec l’employeur.',
      link: `/personnes/${person(4)}?onglet=missions`,
      mission_id: disputed.id,
    });
  }
  for (const m of confirmed) {
    const reviewer = reviewers.find((u) => u.partner_organisation_id === m.host_organisation_id)!;
    audit.push([
      reviewer.id,
      Role.PARTNER_REVIEWER,
      `${reviewer.first_name} ${reviewer.last_name}`,
      null,
      m.host_organisation_id,
      AuditAction.MISSION_HOURS_CONFIRMED,
      m.person_id,
      m.id,
      new Date(`${addDays(m.end_date, 5)}T10:00:00+01:00`),
    ]);
  }

  await seeds.insertAuditEntries(
    JSON.stringify(
      audit.map(([actor, role, label, actorStructure, actorPartner, action, personId, subject, at]) => ({
        actor,
        role,
        label,
        actor_structure: actorStructure,
        actor_partner: actorPartner,
        action,
        person: personId,
        subject_type: String(action).startsWith('MISSION') ? 'mission' : 'proposal',
        subject,
        at,
      })),
    ),
    structureId,
    tx,
  );
  for (const n of notifications) await insert('notification', { ...n, email_status: 'SKIPPED' });
}
