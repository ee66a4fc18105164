/**
 * The hand-computed cohort of issue 13's acceptance: 12 persons of an association intermédiaire (AI: 150 h on the last
 * financial annex) followed over 2025 and 2026. Every record, its date and why it is there is written here; the
 * figures it must give, with their reasoning person by person, are in docs/domain/cohort-example.md and in the table of
 * cohort-acceptance.int-spec.ts.
 *
 * What goes through the application's own write paths (GraphQL, as a director): the employment contracts, every
 * mission and its late additions or corrections, the exits, the shared hiring target and the structure's 2026 targets
 * — so that the exits' presence (counted or not, hours) is what the real refresh leaves after the late hours
 * (docs/domain/exits.md, « Toujours à jour »). The rest (persons, stage history dated in the past, sessions, contrats
 * de professionnalisation, FSE+ participants, hires, proposals, retention checks, funders and agreements) is inserted
 * by the test builders: their mutations date things today, and none of them feeds the presence rule.
 */
import type { DataSource } from 'typeorm';
import {
  buildAttendance,
  buildCollectiveSession,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildHire,
  buildHiringNeed,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildProposal,
  buildRetentionCheck,
  buildStageTransition,
  contractRows,
  type GraphqlClient,
} from '@tremplin/api-testing';
import {
  ContractBreakReason,
  FseExitSituation,
  FseSituation,
  FunderKind,
  PathwayStage,
  ProposalStatus,
} from '@tremplin/domain';
import { setPersonOpenedOn } from '../../testing/repositories/rights.repository';
import { setProposalSentOn } from '../../testing/repositories/reports.repository';
import { buildCertification } from './indicators/indicators-fixture';

export const YEARS = {
  previous: { start: '2025-01-01', end: '2025-12-31' },
  current: { start: '2026-01-01', end: '2026-12-31' },
} as const;
export type YearKey = keyof typeof YEARS;

export const PERSON_KEYS = [
  'P01',
  'P02',
  'P03',
  'P04',
  'P05',
  'P06',
  'P07',
  'P08',
  'P09',
  'P10',
  'P11',
  'P12',
] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];

export interface Cohort {
  persons: Record<PersonKey, { id: string; label: string }>;
  landlords: { habitat: string; logis: string; foyer: string };
  partnerships: { habitat: string; logis: string; foyer: string };
  groupId: string;
  agreements: { ddets2025: string; ddets2026: string; fse: string; opco: string };
  /** The exits as recorded, then as the late hours left them (read back from pathway_exit). */
  exitsAtRecording: Record<string, { counts: boolean; minutesWorked: number }>;
}

const MISSION = `mutation($input: RecordMissionInput!) { recordMission(input: $input) { id version minutes } }`;
const CORRECT = `mutation($input: CorrectMissionHoursInput!) { correctMissionHours(input: $input) { id version minutes } }`;
const CONTRACT = `mutation($input: RecordEmploymentContractInput!) { recordEmploymentContract(input: $input) { id } }`;
const EXIT = `mutation($input: RecordExitInput!) { recordExit(input: $input) { id counts minutesWorked } }`;
const GROUP = `mutation($input: SavePartnershipGroupInput!) { savePartnershipGroup(input: $input) { id } }`;
const SHARED_TARGET = `mutation($input: SetSharedHiringTargetInput!) { setSharedHiringTarget(input: $input) { id } }`;
const STRUCTURE_TARGET = `mutation($input: SetStructureTargetInput!) { setStructureTarget(input: $input) { id } }`;

const h = (hours: number) => hours * 60;

export async function buildCohort(db: DataSource, structureId: string, director: GraphqlClient): Promise<Cohort> {
  const persons = {} as Cohort['persons'];
  /** A person whose file was opened on `openedOn`, with the entry into the pathway (no stage before) that day. */
  const person = async (
    key: PersonKey,
    lastName: string,
    firstName: string,
    openedOn: string,
    stage: PathwayStage,
    birthDate = '1990-01-15',
  ) => {
    const p = await buildPerson(db, structureId, { lastName, firstName, stage, birthDate });
    await setPersonOpenedOn(db, p.id, openedOn);
    await buildStageTransition(db, structureId, p.id, {
      fromStage: null,
      toStage: PathwayStage.RECRUITMENT,
      effectiveOn: openedOn,
      reason: 'Entrée dans le parcours',
    });
    persons[key] = { id: p.id, label: `${lastName} ${firstName}` };
    return p.id;
  };
  const move = (personId: string, from: PathwayStage, to: PathwayStage, effectiveOn: string) =>
    buildStageTransition(db, structureId, personId, { fromStage: from, toStage: to, effectiveOn });
  const contract = (personId: string, startDate: string, endDate: string | null) =>
    director.ok(CONTRACT, { input: { personId, kind: 'CDD_USAGE', startDate, endDate, weeklyMinutes: h(26) } });
  const mission = async (personId: string, host: string, startDate: string, endDate: string, minutes: number) =>
    (
      await director.ok(MISSION, {
        input: { personId, hostOrganisationId: host, kind: 'PLACEMENT', startDate, endDate, minutes },
      })
    ).recordMission as { id: string; version: number };
  const exit = async (personId: string, exitDate: string, reason: string) =>
    (await director.ok(EXIT, { input: { personId, exitDate, reason } })).recordExit as {
      counts: boolean;
      minutesWorked: number;
    };

  // ---- Landlords and partnerships: Habitat Seine and Logis de Rouen share one target; Foyer normand has its own.
  const habitat = (await buildPartnerOrganisation(db, { name: 'Habitat Seine' })).id;
  const logis = (await buildPartnerOrganisation(db, { name: 'Logis de Rouen' })).id;
  const foyer = (await buildPartnerOrganisation(db, { name: 'Foyer normand' })).id;
  const partnerships = {
    habitat: (await buildPartnership(db, structureId, habitat, { startedOn: '2025-01-01' })).id,
    logis: (await buildPartnership(db, structureId, logis, { startedOn: '2025-01-01' })).id,
    foyer: (await buildPartnership(db, structureId, foyer, { startedOn: '2025-01-01', targets: { 2026: 2 } })).id,
  };
  const groupId = (
    await director.ok(GROUP, {
      input: { name: 'Rive gauche', partnershipIds: [partnerships.habitat, partnerships.logis] },
    })
  ).savePartnershipGroup.id as string;
  await director.ok(SHARED_TARGET, { input: { groupId, year: 2025, hires: 3 } });
  await director.ok(SHARED_TARGET, { input: { groupId, year: 2026, hires: 4 } });
  // The structure's targets: set for 2026, the reference ones (60 %, 25 %) for 2025.
  await director.ok(STRUCTURE_TARGET, {
    input: { year: 2026, dynamicExitRateBp: 6500, durableEmploymentRateBp: 3000 },
  });

  // ---- Funders and agreements: one DDETS « aide au poste » annex a year (the presence rule's last annex).
  const ddets = await buildFunder(db, structureId, { kind: FunderKind.DDETS_AIDE_AU_POSTE, name: 'DDETS 76' });
  const ddets2025 = (
    await buildFundingAgreement(db, structureId, ddets.id, {
      reference: 'AF-2025',
      title: 'Annexe financière 2025',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    })
  ).id;
  const ddets2026 = (
    await buildFundingAgreement(db, structureId, ddets.id, {
      reference: 'AF-2026',
      title: 'Annexe financière 2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    })
  ).id;
  const fseFunder = await buildFunder(db, structureId, { kind: FunderKind.FSE_PLUS, name: 'Région Normandie FSE+' });
  const fse = (
    await buildFundingAgreement(db, structureId, fseFunder.id, {
      reference: 'FSE-2025-2026',
      title: 'Parcours vers l’emploi FSE+',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      amountGrantedCents: 4_000_000,
    })
  ).id;
  const opcoFunder = await buildFunder(db, structureId, { kind: FunderKind.OPCO, name: 'OPCO Cohésion sociale' });
  const opco = (
    await buildFundingAgreement(db, structureId, opcoFunder.id, {
      reference: 'OPCO-2025-2026',
      title: 'Contrats de professionnalisation',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
    })
  ).id;

  // ---- Persons (stage history: entry, then moves; exits move to « Sortie » through recordExit)
  const P01 = await person('P01', 'Amrani', 'Amina', '2025-01-06', PathwayStage.TRAINING);
  await move(P01, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-02-01');
  const P02 = await person('P02', 'Bernard', 'Bastien', '2025-03-03', PathwayStage.TRAINING);
  await move(P02, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-04-01');
  const P03 = await person('P03', 'Chevalier', 'Chloé', '2025-05-05', PathwayStage.TRAINING);
  await move(P03, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-06-02');
  const P04 = await person('P04', 'Dubois', 'David', '2025-09-01', PathwayStage.TRAINING);
  await move(P04, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-09-15');
  const P05 = await person('P05', 'Éboué', 'Emma', '2025-06-02', PathwayStage.RECRUITMENT, '2006-08-01');
  const P06 = await person('P06', 'Fontaine', 'Farid', '2025-10-01', PathwayStage.SECURING, '1968-03-10');
  await move(P06, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-11-03');
  await move(P06, PathwayStage.TRAINING, PathwayStage.SECURING, '2026-06-01');
  const P07 = await person('P07', 'Garnier', 'Gaston', '2025-11-17', PathwayStage.TRAINING);
  await move(P07, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2026-01-12');
  const P08 = await person('P08', 'Hamel', 'Hugo', '2026-02-02', PathwayStage.TRAINING, '2008-02-10');
  await move(P08, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2026-02-16');
  const P09 = await person('P09', 'Idrissi', 'Inès', '2026-03-02', PathwayStage.RECRUITMENT);
  const P10 = await person('P10', 'Joly', 'Jules', '2024-09-02', PathwayStage.SECURING);
  await move(P10, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2024-09-16');
  await move(P10, PathwayStage.TRAINING, PathwayStage.SECURING, '2025-06-01');
  const P11 = await person('P11', 'Klein', 'Karim', '2024-03-04', PathwayStage.TRAINING);
  await move(P11, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2024-03-18');
  const P12 = await person('P12', 'Lemoine', 'Léa', '2025-04-07', PathwayStage.TRAINING);
  await move(P12, PathwayStage.RECRUITMENT, PathwayStage.TRAINING, '2025-04-21');

  // ---- Employment contracts (CDD d'usage of an AI), ending on the exit date when the person left
  await contract(P01, '2025-02-03', '2025-11-28');
  await contract(P02, '2025-03-10', '2025-10-15');
  await contract(P03, '2025-05-12', '2026-02-27');
  await contract(P04, '2025-09-15', '2025-12-15');
  await contract(P05, '2025-06-02', '2025-08-29');
  await contract(P07, '2026-01-12', '2026-05-29');
  await contract(P08, '2026-02-16', null);
  await contract(P10, '2024-09-02', '2026-04-30');
  await contract(P11, '2024-03-04', '2024-11-29');
  await contract(P12, '2025-04-07', '2025-12-31');

  // ---- Missions (mises à disposition), each whole at its start date
  await mission(P01, habitat, '2025-02-03', '2025-05-30', h(100));
  await mission(P01, habitat, '2025-09-01', '2025-10-31', h(70));
  await mission(P02, logis, '2025-03-10', '2025-06-27', h(120));
  await mission(P03, habitat, '2025-05-12', '2025-12-19', h(200)); // on the 2025 annex: not on P03's last one
  const p03Mission2026 = await mission(P03, logis, '2026-01-05', '2026-02-27', h(160));
  await mission(P04, habitat, '2025-09-15', '2025-12-12', h(155));
  await mission(P05, foyer, '2025-06-02', '2025-07-25', h(60));
  const p07Mission = await mission(P07, logis, '2026-01-12', '2026-04-30', h(200));
  await mission(P08, habitat, '2026-02-16', '2026-06-30', h(100));
  await mission(P10, foyer, '2025-01-06', '2025-03-28', h(90));
  await mission(P10, foyer, '2026-01-05', '2026-03-27', h(160));
  await mission(P12, logis, '2025-04-07', '2025-12-19', h(150)); // exactly the threshold

  // ---- Contrats de professionnalisation (OPCO) and training sessions
  const cert = await buildCertification(db);
  await contractRows.contract(db, structureId, P06, {
    certificationId: cert.id,
    status: 'ACTIVE',
    startDate: '2025-11-03',
    endDate: '2026-10-31',
    plannedTrainingMinutes: h(400),
    opcoFunderId: opcoFunder.id,
    opcoFileNumber: 'OPCO-CS-2025-0611',
  });
  await contractRows.contract(db, structureId, P08, {
    certificationId: cert.id,
    status: 'BROKEN',
    startDate: '2026-03-02',
    endDate: '2027-02-28',
    brokenOn: '2026-06-30',
    breakReason: ContractBreakReason.MUTUAL_AGREEMENT,
    plannedTrainingMinutes: h(300),
    opcoFunderId: opcoFunder.id,
    hourlyRateCents: 1200,
    opcoFileNumber: 'OPCO-CS-2026-0208',
  });
  const s1 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2025-11-20',
    plannedMinutes: h(7),
    title: 'Hygiène et sécurité',
  });
  await buildAttendance(db, structureId, s1.id, P06, { minutesAttended: h(7) });
  const s2 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2026-03-12',
    plannedMinutes: h(7),
    title: 'Entretien des parties communes',
  });
  await buildAttendance(db, structureId, s2.id, P06, { minutesAttended: h(6) });
  await buildAttendance(db, structureId, s2.id, P08, { minutesAttended: h(7) });
  const s3 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2026-09-10',
    plannedMinutes: h(4),
    title: 'Petits travaux de maintenance',
  });
  await buildAttendance(db, structureId, s3.id, P06, { minutesAttended: h(4) });
  await buildAttendance(db, structureId, s3.id, P08, { minutesAttended: h(4) }); // after P08's break (30/06)

  // ---- FSE+ participants of the operation 2025–2026
  await buildFseParticipant(db, structureId, fse, P03, {
    entryDate: '2025-05-05',
    gender: 'WOMAN',
    iscedLevel: 'ISCED_0_2',
    labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
    situationsAnswered: true,
    situations: [],
    exitDate: '2026-02-27',
    exitSituation: FseExitSituation.JOB_SEARCHING,
  });
  await buildFseParticipant(db, structureId, fse, P05, {
    entryDate: '2025-06-02',
    gender: 'WOMAN',
    iscedLevel: 'ISCED_3_4',
    labourMarketStatus: 'UNEMPLOYED',
    situationsAnswered: true,
    situations: [FseSituation.DISABILITY],
    exitDate: '2025-08-29',
    exitSituation: FseExitSituation.IN_EDUCATION_OR_TRAINING,
    sixMonthsCheckedOn: '2026-03-02',
    sixMonthsEmployed: false,
    sixMonthsImprovedSituation: true,
  });
  await buildFseParticipant(db, structureId, fse, P06, {
    entryDate: '2025-10-01',
    gender: 'MAN',
    iscedLevel: 'ISCED_3_4',
    labourMarketStatus: 'INACTIVE',
    situationsAnswered: false,
    situations: [],
  });
  await buildFseParticipant(db, structureId, fse, P08, {
    entryDate: '2026-02-02',
    gender: 'MAN',
    iscedLevel: 'ISCED_0_2',
    labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
    situationsAnswered: true,
    situations: [FseSituation.HOMELESS_OR_HOUSING_EXCLUSION],
  });

  // ---- Hires, proposals, retention checks
  const hireP01 = await buildHire(db, structureId, P01, {
    employerOrganisationId: habitat,
    employerName: 'Habitat Seine',
    contractType: 'CDI',
    startDate: '2025-11-28',
  });
  const hireP02 = await buildHire(db, structureId, P02, {
    employerOrganisationId: logis,
    employerName: 'Logis de Rouen',
    contractType: 'CDD',
    startDate: '2025-10-15',
  });
  const hireP07 = await buildHire(db, structureId, P07, {
    employerOrganisationId: logis,
    employerName: 'Logis de Rouen',
    contractType: 'CDI',
    startDate: '2026-05-29',
  });
  await buildHire(db, structureId, P10, {
    employerOrganisationId: foyer,
    employerName: 'Foyer normand',
    contractType: 'OTHER',
    startDate: '2026-05-04',
    jobTitle: 'Agent·e d’entretien (contrat aidé)',
  });
  const needLogis = await buildHiringNeed(db, logis, { jobTitle: 'Gardien·ne d’immeuble', startDate: '2025-10-01' });
  const needHabitat = await buildHiringNeed(db, habitat, { jobTitle: 'Agent·e d’entretien', startDate: '2026-07-01' });
  const proposal = async (
    personId: string,
    needId: string,
    status: ProposalStatus,
    on: string,
    hireId: string | null,
  ) => {
    const pr = await buildProposal(db, structureId, personId, needId, { status });
    await setProposalSentOn(db, pr.id, on, hireId);
  };
  await proposal(P02, needLogis.id, ProposalStatus.HIRED, '2025-09-20', hireP02.id);
  await proposal(P07, needLogis.id, ProposalStatus.HIRED, '2026-04-15', hireP07.id);
  await proposal(P09, needHabitat.id, ProposalStatus.PROPOSED, '2026-06-10', null);
  await buildRetentionCheck(db, structureId, P02, hireP02.id, {
    monthsAfter: 6,
    checkedOn: '2026-04-15',
    stillEmployed: false,
  });
  await buildRetentionCheck(db, structureId, P01, hireP01.id, {
    monthsAfter: 6,
    checkedOn: '2026-05-28',
    stillEmployed: true,
  });

  // ---- Exits, recorded as a counsellor would (the presence rule runs on the hours on record)
  const exitsAtRecording: Cohort['exitsAtRecording'] = {};
  const record = async (key: PersonKey, exitDate: string, reason: string) => {
    exitsAtRecording[key] = await exit(persons[key].id, exitDate, reason);
  };
  await record('P11', '2024-11-29', 'JOB_SEEKING');
  await record('P05', '2025-08-29', 'QUALIFYING_TRAINING');
  await record('P02', '2025-10-15', 'CDD_UNDER_6_MONTHS');
  await record('P01', '2025-11-28', 'CDI');
  await record('P04', '2025-12-15', 'HEALTH_LEAVE');
  await record('P12', '2025-12-31', 'INACTIVE');
  await record('P03', '2026-02-27', 'JOB_SEEKING');
  await record('P10', '2026-04-30', 'SUBSIDISED_CONTRACT');
  await record('P07', '2026-05-29', 'CDI');

  // ---- Late hours, after the exits: a mission entered late, two corrections by the landlord's word
  await mission(P02, logis, '2025-07-01', '2025-09-30', h(40)); // 120 h + 40 h = 160 h: P02's exit now counts
  await director.ok(CORRECT, {
    input: {
      missionId: p03Mission2026.id,
      version: p03Mission2026.version,
      startDate: '2026-01-05',
      endDate: '2026-02-27',
      minutes: h(140),
      comment: 'Heures corrigées après le relevé du bailleur.',
    },
  }); // 160 h → 140 h: P03's exit no longer counts
  await director.ok(CORRECT, {
    input: {
      missionId: p07Mission.id,
      version: p07Mission.version,
      startDate: '2026-01-12',
      endDate: '2026-04-30',
      minutes: h(180),
      comment: 'Heures corrigées après le relevé du bailleur.',
    },
  }); // 200 h → 180 h: still counts

  return {
    persons,
    landlords: { habitat, logis, foyer },
    partnerships,
    groupId,
    agreements: { ddets2025, ddets2026, fse, opco },
    exitsAtRecording,
  };
}
