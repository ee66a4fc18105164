/**
 * The hand-built world of the indicator tests. Period: 2026-01-01 → 2026-06-30. Every record below says whether it
 * is in the period; the expected figures, with their arithmetic, are in report-figures.int-spec.ts,
 * dashboard.int-spec.ts and report-jobs.int-spec.ts. Every person's file was opened on 01/09/2025 and their stage
 * history is whole (each exit is also a move to « Sortie » on its date): P9 and P10 move after the period, so their
 * stage today is not their stage at its end. `buildIndicatorFixture` can be called several times on one
 * structure (the batching test builds it 5 times): names carry the `tag`. The structure must be an AI (the builders'
 * default): two exits are recorded through ExitsService, which applies the AI's 150-hour presence rule on the last
 * financial annex (the DDETS « aide au poste » agreement of 2026).
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  buildAllocation,
  buildAttendance,
  buildCollectiveSession,
  buildExamSession,
  buildExit,
  buildExpense,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildHire,
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildProposal,
  outcomeEvidence,
  buildRetentionCheck,
  buildStageTransition,
  buildStaffTime,
  contractRows,
} from '@tremplin/api-testing';
import {
  AbsenceKind,
  ContractBreakReason,
  ExitReason,
  FseExitSituation,
  FseSituation,
  FunderKind,
  FundingSourceKind,
  PathwayStage,
  ProposalStatus,
  SessionKind,
} from '@tremplin/domain';
import { ExitsRepository } from '../../outcomes';
import { ExitsService } from '../../outcomes';
import { SystemClock } from '../../../core/clock/clock';
import { setPersonCreatedAt } from '../../../testing/repositories/rights.repository';
import { attendanceIdOf, setProposalSentOn } from '../../../testing/repositories/reports.repository';
import { CertificationBlockEntity, CertificationEntity } from '../../certifications';

export const PERIOD = { start: '2026-01-01', end: '2026-06-30' };

/**
 * Each exit category of the period as a percentage of its whole, by hand (`rateBp`: basis points, half up): all the
 * exits of a category of the 7 exits, the counted ones of the 6 counted exits (P7's does not count). Each is rounded
 * alone, as the rates are: 3 333 + 4 × 1 667 = 10 001.
 */
export const EXIT_CATEGORY_PERCENTS: Record<string, [number, string]> = {
  'exits.SUSTAINABLE_JOB': [4286, 'de toutes les sorties'], // 3 / 7 = 42,857 %
  'exits.TRANSITION_JOB': [1429, 'de toutes les sorties'], // 1 / 7 = 14,286 %
  'exits.POSITIVE': [1429, 'de toutes les sorties'],
  'exits.OTHER': [1429, 'de toutes les sorties'],
  'exits.WITHDRAWN': [1429, 'de toutes les sorties'],
  'exits.counted.SUSTAINABLE_JOB': [3333, 'des sorties comptabilisées'], // 2 / 6 = 33,333 %
  'exits.counted.TRANSITION_JOB': [1667, 'des sorties comptabilisées'], // 1 / 6 = 16,667 %
  'exits.counted.POSITIVE': [1667, 'des sorties comptabilisées'],
  'exits.counted.OTHER': [1667, 'des sorties comptabilisées'],
  'exits.counted.WITHDRAWN': [1667, 'des sorties comptabilisées'],
};

export interface IndicatorFixture {
  persons: Record<string, { id: string; label: string }>;
  landlord1: string;
  landlord2: string;
  partnership1: string;
  partnership2: string;
  agreements: {
    fse: string;
    otherFse: string;
    /** An FSE+ operation of one day (12/03/2026): it creates no participant. */
    oneDayFse: string;
    opco: string;
    /** The agreement of the second OPCO (OPCO EP, 15 €/h at the OPCO's level). */
    otherOpco: string;
    ddets: string;
    city: string;
  };
  certificationId: string;
}

/** A certification of 3 blocks (shared reference list). */
export async function buildCertification(db: DataSource): Promise<{ id: string; blocks: string[] }> {
  const id = randomUUID();
  await db
    .getRepository(CertificationEntity)
    .insert({ id, title: 'CAP Gardien d’immeubles', level: 3, certifier: 'Éducation nationale' });
  const blocks: string[] = [];
  for (const n of [1, 2, 3]) {
    const b = randomUUID();
    await db
      .getRepository(CertificationBlockEntity)
      .insert({ id: b, certificationId: id, code: `UP${n}`, title: `Bloc ${n}`, position: n });
    blocks.push(b);
  }
  return { id, blocks };
}

export async function buildIndicatorFixture(
  db: DataSource,
  structureId: string,
  userId: string,
  tag = '',
): Promise<IndicatorFixture> {
  const cert = await buildCertification(db);
  const [B1, B2, B3] = cert.blocks;
  const persons: IndicatorFixture['persons'] = {};
  const person = async (key: string, lastName: string, firstName: string, stage: PathwayStage, birthDate?: string) => {
    const p = await buildPerson(db, structureId, { lastName: `${lastName}${tag}`, firstName, stage, birthDate });
    // The file was opened before the period (the builder would date it today).
    await setPersonCreatedAt(db, p.id, '2025-09-01 10:00:00+02');
    persons[key] = { id: p.id, label: `${lastName}${tag} ${firstName}` };
    return p.id;
  };
  /** An exit recorded by hand, with the move to « Sortie » on its date (as ExitsService records it). */
  const exitFrom = async (personId: string, fromStage: PathwayStage, o: Parameters<typeof buildExit>[3]) => {
    await buildExit(db, structureId, personId, o);
    await buildStageTransition(db, structureId, personId, {
      fromStage,
      toStage: PathwayStage.EXITED,
      effectiveOn: o?.exitDate,
      reason: 'Sortie',
    });
  };
  // Birth dates put the FSE+ entries at the age bands' bounds (exact age on the entry date, see the FSE+ block);
  // the others are born on 15/01/1990 (the builder's default).
  const P1 = await person('P1', 'Alpha', 'Anne', PathwayStage.SECURING, '2008-01-06');
  const P2 = await person('P2', 'Bravo', 'Bruno', PathwayStage.EXITED, '1996-02-02');
  const P3 = await person('P3', 'Charlie', 'Chloé', PathwayStage.EXITED, '1968-05-20');
  const P4 = await person('P4', 'Delta', 'David', PathwayStage.EXITED, '1971-02-28');
  const P5 = await person('P5', 'Echo', 'Emma', PathwayStage.EXITED, '2008-03-31');
  // P6 and P7 leave through ExitsService at the end (it moves them to EXITED).
  const P6 = await person('P6', 'Foxtrot', 'Fanny', PathwayStage.SECURING);
  const P7 = await person('P7', 'Golf', 'Gaston', PathwayStage.SECURING);
  const P8 = await person('P8', 'Hotel', 'Hugo', PathwayStage.EXITED);
  const P9 = await person('P9', 'India', 'Inès', PathwayStage.EXITED); // left on 15/07, after the period
  const P10 = await person('P10', 'Juliet', 'Jules', PathwayStage.SECURING);

  // Stage history (RECRUITMENT → TRAINING unless said; the exits' moves to EXITED are with the exits below)
  await buildStageTransition(db, structureId, P1, { effectiveOn: '2026-02-01' });
  await buildStageTransition(db, structureId, P2, { effectiveOn: '2025-11-01' }); // before the period
  await buildStageTransition(db, structureId, P3, { effectiveOn: '2026-01-10' });
  await buildStageTransition(db, structureId, P10, { effectiveOn: '2026-03-01' });
  await buildStageTransition(db, structureId, P10, {
    fromStage: 'TRAINING',
    toStage: 'RECRUITMENT',
    effectiveOn: '2026-03-15',
    reason: 'Retour en recrutement',
  });
  await buildStageTransition(db, structureId, P10, { effectiveOn: '2026-04-01' });
  await buildStageTransition(db, structureId, P10, {
    fromStage: 'TRAINING',
    toStage: 'SECURING',
    effectiveOn: '2026-07-10',
  }); // after the period: P10 is still in TRAINING at its end
  await buildStageTransition(db, structureId, P1, {
    fromStage: 'TRAINING',
    toStage: 'SECURING',
    effectiveOn: '2026-05-01',
  });

  // Employment contracts with the structure (besides the contrats pro and the missions below): entries count the
  // first employment of each person, whatever its kind.
  await outcomeEvidence.employmentContract(db, structureId, P2, { kind: 'CDDI', startDate: '2025-10-15' }); // before
  await outcomeEvidence.employmentContract(db, structureId, P8, { kind: 'CDD_USAGE', startDate: '2026-02-09' });
  await outcomeEvidence.employmentContract(db, structureId, P9, { kind: 'CDD_USAGE', startDate: '2026-07-01' }); // after

  // Exits
  await exitFrom(P2, PathwayStage.TRAINING, {
    exitDate: '2026-03-15',
    reason: 'CDI',
    category: 'SUSTAINABLE_JOB',
    counts: true,
  });
  await exitFrom(P3, PathwayStage.TRAINING, {
    exitDate: '2026-04-20',
    reason: 'CDD_OVER_6_MONTHS',
    category: 'SUSTAINABLE_JOB',
    counts: true,
  });
  await exitFrom(P4, PathwayStage.TRAINING, {
    exitDate: '2026-05-05',
    reason: 'CDD_UNDER_6_MONTHS',
    category: 'TRANSITION_JOB',
    counts: true,
  });
  await exitFrom(P5, PathwayStage.SECURING, {
    exitDate: '2026-05-30',
    reason: 'QUALIFYING_TRAINING',
    category: 'POSITIVE',
    counts: true,
  });
  // P6 (10/06, JOB_SEEKING) and P7 (12/06, CDI) are recorded through ExitsService at the end, once the annex exists.
  await exitFrom(P8, PathwayStage.TRAINING, {
    exitDate: '2026-02-20',
    reason: 'MOVED_AWAY',
    category: 'WITHDRAWN',
    counts: true,
  });
  await exitFrom(P9, PathwayStage.RECRUITMENT, {
    exitDate: '2026-07-15',
    reason: 'CDI',
    category: 'SUSTAINABLE_JOB',
    counts: true,
  }); // after

  // Training sessions and attendance
  const S1 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2026-01-20',
    plannedMinutes: 420,
    title: `Parties communes${tag}`,
  });
  await buildAttendance(db, structureId, S1.id, P1, { minutesAttended: 420 });
  await buildAttendance(db, structureId, S1.id, P10, { minutesAttended: 300 });
  await buildAttendance(db, structureId, S1.id, P6, { minutesAttended: 420 }); // 7 h of P6's 150 h (presence rule)
  await buildAttendance(db, structureId, S1.id, P4, { minutesAttended: 420 }); // during P4's contract (OPCO)
  await buildAttendance(db, structureId, S1.id, P5, { minutesAttended: 420 }); // during P5's renewed contract
  const S2 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2026-03-10',
    plannedMinutes: 240,
    title: `Relation locataires${tag}`,
  });
  await buildAttendance(db, structureId, S2.id, P1, { minutesAttended: 240 });
  await buildAttendance(db, structureId, S2.id, P3, { minutesAttended: 0, absence: AbsenceKind.JUSTIFIED });
  const S3 = await buildCollectiveSession(db, structureId, {
    kind: SessionKind.INFORMATION,
    sessionDate: '2026-02-05',
    plannedMinutes: 120,
  });
  await buildAttendance(db, structureId, S3.id, P1, { minutesAttended: 120 }); // not training
  const S4 = await buildCollectiveSession(db, structureId, { sessionDate: '2026-07-02', plannedMinutes: 60 });
  await buildAttendance(db, structureId, S4.id, P1, { minutesAttended: 60 }); // after the period
  const S5 = await buildCollectiveSession(db, structureId, {
    sessionDate: '2026-04-15',
    plannedMinutes: 180,
    title: `Petits travaux${tag}`,
  });
  await buildAttendance(db, structureId, S5.id, P10, { minutesAttended: 180 });
  await buildAttendance(db, structureId, S5.id, P4, { minutesAttended: 180 }); // after P4's contract broke (31/03)

  // Certifications (3 blocks)
  await buildExamSession(db, structureId, P1, cert.id, {
    sessionDate: '2026-03-20',
    results: [
      { blockId: B1, result: 'FULL' },
      { blockId: B2, result: 'FULL' },
      { blockId: B3, result: 'PARTIAL' },
    ],
  });
  await buildExamSession(db, structureId, P10, cert.id, {
    sessionDate: '2025-12-10',
    results: [
      { blockId: B1, result: 'FULL' },
      { blockId: B2, result: 'FULL' },
    ],
  });
  await buildExamSession(db, structureId, P10, cert.id, {
    sessionDate: '2026-06-01',
    results: [{ blockId: B3, result: 'FULL' }],
  });
  await buildExamSession(db, structureId, P3, cert.id, {
    sessionDate: '2026-04-02',
    results: [
      { blockId: B1, result: 'PARTIAL' },
      { blockId: B2, result: 'NONE' },
    ],
  });

  // Landlords, partnerships, hires, retention, proposals
  const landlord1 = (await buildPartnerOrganisation(db, { name: `Alpha Habitat${tag}` })).id;
  const landlord2 = (await buildPartnerOrganisation(db, { name: `Bêta Logement${tag}` })).id;
  const partnership1 = (await buildPartnership(db, structureId, landlord1, { targets: { 2025: 7, 2026: 10 } })).id;
  const partnership2 = (await buildPartnership(db, structureId, landlord2, { targets: { 2026: 5 } })).id;
  const hireP2 = await buildHire(db, structureId, P2, {
    employerOrganisationId: landlord1,
    employerName: 'Alpha Habitat',
    startDate: '2026-03-16',
  });
  await buildHire(db, structureId, P3, {
    employerOrganisationId: landlord1,
    employerName: 'Alpha Habitat',
    startDate: '2026-04-21',
    contractType: 'CDD',
  });
  const hireP4 = await buildHire(db, structureId, P4, {
    employerOrganisationId: landlord1,
    employerName: 'Alpha Habitat',
    startDate: '2025-10-01',
  });
  await buildHire(db, structureId, P5, {
    employerOrganisationId: landlord1,
    employerName: 'Alpha Habitat',
    startDate: '2026-08-01',
  });
  await buildHire(db, structureId, P6, { employerName: 'Boulangerie Martin', startDate: '2026-02-01' });
  const hireP7 = await buildHire(db, structureId, P7, { employerName: 'Nettoyage Seine', startDate: '2025-07-01' });
  const hireP8 = await buildHire(db, structureId, P8, {
    employerOrganisationId: landlord1,
    employerName: 'Alpha Habitat',
    startDate: '2025-01-10',
  });
  await buildRetentionCheck(db, structureId, P4, hireP4.id, {
    monthsAfter: 6,
    checkedOn: '2026-04-01',
    stillEmployed: true,
  });
  await buildRetentionCheck(db, structureId, P7, hireP7.id, {
    monthsAfter: 6,
    checkedOn: '2026-01-02',
    stillEmployed: false,
  });
  await buildRetentionCheck(db, structureId, P8, hireP8.id, {
    monthsAfter: 6,
    checkedOn: '2025-07-10',
    stillEmployed: true,
  }); // before
  await buildRetentionCheck(db, structureId, P8, hireP8.id, {
    monthsAfter: 12,
    checkedOn: '2026-01-12',
    stillEmployed: false,
  });
  const need = await buildHiringNeed(db as DataSource, landlord1);
  const proposal = async (personId: string, status: ProposalStatus, on: string, hireId: string | null = null) => {
    const pr = await buildProposal(db, structureId, personId, need.id, { status });
    await setProposalSentOn(db, pr.id, on, hireId);
  };
  await proposal(P2, ProposalStatus.HIRED, '2026-02-10', hireP2.id);
  await proposal(P1, ProposalStatus.VALIDATED, '2026-05-01');
  await proposal(P10, ProposalStatus.DECLINED, '2026-03-05');
  await proposal(P9, ProposalStatus.PROPOSED, '2026-06-20');
  await proposal(P5, ProposalStatus.WITHDRAWN, '2026-04-10');
  await proposal(P6, ProposalStatus.INTERVIEW_REQUESTED, '2025-12-20'); // before
  await proposal(P7, ProposalStatus.INTERVIEW_REQUESTED, '2026-02-20');

  // Missions
  await buildMission(db, structureId, P1, landlord1, { startDate: '2026-02-02', endDate: '2026-02-06', minutes: 2100 });
  await buildMission(db, structureId, P10, landlord1, {
    startDate: '2026-05-04',
    endDate: '2026-05-06',
    minutes: 1050,
  });
  await buildMission(db, structureId, P1, landlord1, { startDate: '2025-12-01', endDate: '2025-12-05', minutes: 999 }); // before
  // Hours of the exits recorded through ExitsService (AI: 150 h on the last annex, which begins on 01/01/2026)
  await buildMission(db, structureId, P6, landlord1, {
    startDate: '2026-01-05',
    endDate: '2026-01-30',
    minutes: 143 * 60,
  }); // + S1 7 h = 150 h: counts
  await buildMission(db, structureId, P7, landlord1, {
    startDate: '2026-03-02',
    endDate: '2026-03-27',
    minutes: 90 * 60,
  }); // 90 h on the 2026 annex: does not count
  await buildMission(db, structureId, P7, landlord1, {
    startDate: '2025-11-03',
    endDate: '2025-11-28',
    minutes: 100 * 60,
  }); // before the annex (and the period): 190 h in all would have counted

  // Funders and agreements
  const opcoFunder = await buildFunder(db, structureId, { kind: FunderKind.OPCO, name: `OPCO Cohésion sociale${tag}` });
  const otherOpco = await buildFunder(db, structureId, {
    kind: FunderKind.OPCO,
    name: `OPCO EP${tag}`,
    hourlyRateCents: 1500,
  });
  const fseFunder = await buildFunder(db, structureId, { kind: FunderKind.FSE_PLUS, name: `FSE+ Normandie${tag}` });
  const ddetsFunder = await buildFunder(db, structureId, {
    kind: FunderKind.DDETS_AIDE_AU_POSTE,
    name: `DDETS Seine-Maritime${tag}`,
  });
  const cityFunder = await buildFunder(db, structureId, { kind: FunderKind.CITY_POLICY, name: `Ville de Rouen${tag}` });
  const fse = (
    await buildFundingAgreement(db, structureId, fseFunder.id, {
      reference: `FSE-2026${tag}`,
      title: 'Parcours gardien FSE+',
      amountGrantedCents: 1_000_000,
      coFinancingRateBp: 6000,
      hourlyRateCents: 1000,
    })
  ).id;
  const otherFse = (await buildFundingAgreement(db, structureId, fseFunder.id, { reference: `FSE-AUTRE${tag}` })).id;
  const oneDayFse = (
    await buildFundingAgreement(db, structureId, fseFunder.id, {
      reference: `FSE-JOURNEE${tag}`,
      title: 'Journée découverte des métiers',
      startDate: '2026-03-12',
      endDate: '2026-03-12',
    })
  ).id;
  const opco = (await buildFundingAgreement(db, structureId, opcoFunder.id, { reference: `OPCO-2026${tag}` })).id;
  const otherOpcoAgreement = (
    await buildFundingAgreement(db, structureId, otherOpco.id, { reference: `OPCO-EP-2026${tag}` })
  ).id;
  const ddets = (await buildFundingAgreement(db, structureId, ddetsFunder.id, { reference: `DDETS-2026${tag}` })).id;
  const city = (await buildFundingAgreement(db, structureId, cityFunder.id, { reference: `VILLE-2026${tag}` })).id;

  // Contracts
  await contractRows.contract(db, structureId, P1, {
    certificationId: cert.id,
    status: 'ACTIVE',
    startDate: '2026-02-01',
    endDate: '2027-01-31',
    plannedTrainingMinutes: 600,
    opcoFunderId: opcoFunder.id,
  });
  await contractRows.contract(db, structureId, P10, {
    certificationId: cert.id,
    status: 'COMPLETED',
    startDate: '2026-01-01',
    endDate: '2026-05-31',
    plannedTrainingMinutes: 360,
    opcoFunderId: opcoFunder.id,
    hourlyRateCents: 1200,
  });
  await contractRows.contract(db, structureId, P9, {
    certificationId: cert.id,
    status: 'DRAFT',
    opcoFunderId: opcoFunder.id,
  });
  await contractRows.contract(db, structureId, P3, {
    certificationId: cert.id,
    status: 'ACTIVE',
    startDate: '2026-01-05',
    endDate: '2026-12-31',
    plannedTrainingMinutes: 600,
    opcoFunderId: otherOpco.id,
  });
  // Broken on 31/03: its hours stop at the break (S1 20/01 counts, S5 15/04 does not); the default 9,15 €/h
  await contractRows.contract(db, structureId, P4, {
    certificationId: cert.id,
    status: 'BROKEN',
    startDate: '2026-01-05',
    endDate: '2026-12-31',
    brokenOn: '2026-03-31',
    breakReason: ContractBreakReason.MUTUAL_AGREEMENT,
    plannedTrainingMinutes: 600,
    opcoFunderId: opcoFunder.id,
  });
  // Renewed (ended 28/02): no rate of its own, OPCO EP's 15 €/h
  await contractRows.contract(db, structureId, P5, {
    certificationId: cert.id,
    status: 'RENEWED',
    startDate: '2025-09-01',
    endDate: '2026-02-28',
    plannedTrainingMinutes: 300,
    opcoFunderId: otherOpco.id,
  });
  // Not yet under way: counted by status on the dashboard, never in the OPCO report
  await contractRows.contract(db, structureId, P2, {
    certificationId: cert.id,
    status: 'SUBMITTED',
    submittedOn: '2026-02-20',
    opcoFunderId: opcoFunder.id,
  });
  await contractRows.contract(db, structureId, P7, {
    certificationId: cert.id,
    status: 'ACCEPTED',
    opcoDecision: 'ACCEPTED',
    opcoDecidedOn: '2026-03-02',
    opcoFunderId: opcoFunder.id,
  });
  await contractRows.contract(db, structureId, P8, {
    certificationId: cert.id,
    status: 'REFUSED',
    opcoDecision: 'REFUSED',
    opcoDecidedOn: '2026-02-12',
    opcoFunderId: opcoFunder.id,
  });

  // FSE+ participants. Age at entry from the person's birth date: P1 born 06/01/2008, entered 05/01/2026, the day
  // before her 18th birthday → 17; P2 born 02/02/1996, entered 01/02/2026 → 29; P4 born 28/02/1971, entered
  // 01/03/2026, the day after his 55th birthday → 55; P5 born 31/03/2008, entered 01/04/2026 → 18; P3 born 20/05/1968,
  // entered 01/11/2025 → 57; P9, P10 born 15/01/1990 → 36. (The birth year copied on the record is not used.)
  await buildFseParticipant(db, structureId, fse, P1, {
    entryDate: '2026-01-05',
    gender: 'WOMAN',
    birthYear: 2008,
    iscedLevel: 'ISCED_0_2',
    labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
    situationsAnswered: true,
    situations: [FseSituation.DISABILITY, FseSituation.FOREIGN_BACKGROUND, FseSituation.MINORITY],
  });
  await buildFseParticipant(db, structureId, fse, P2, {
    entryDate: '2026-02-01',
    gender: 'MAN',
    birthYear: 1996,
    iscedLevel: 'ISCED_3_4',
    labourMarketStatus: 'UNEMPLOYED',
    exitDate: '2026-03-15',
    exitSituation: 'EMPLOYED',
  });
  await buildFseParticipant(db, structureId, fse, P3, {
    entryDate: '2025-11-01',
    gender: 'WOMAN',
    birthYear: 1968,
    exitDate: '2026-04-20',
    exitSituation: 'JOB_SEARCHING',
  }); // ISCED 0–2 and long-term unemployed (the builder's defaults)
  await buildFseParticipant(db, structureId, fse, P4, {
    entryDate: '2026-03-01',
    gender: 'NON_BINARY',
    birthYear: 1971,
    iscedLevel: 'ISCED_5_8',
    labourMarketStatus: 'INACTIVE',
    situationsAnswered: false,
    exitDate: '2026-06-20',
    exitSituation: FseExitSituation.INACTIVE,
  });
  await buildFseParticipant(db, structureId, fse, P5, {
    entryDate: '2026-04-01',
    gender: null,
    birthYear: null,
    iscedLevel: null,
    labourMarketStatus: null,
    situationsAnswered: null,
    exitDate: '2026-06-01',
    exitSituation: null,
  });
  await buildFseParticipant(db, structureId, fse, P6, {
    entryDate: '2025-01-10',
    exitDate: '2025-06-30',
    exitSituation: 'EMPLOYED',
    sixMonthsCheckedOn: '2026-01-05',
    sixMonthsEmployed: true,
    sixMonthsImprovedSituation: true,
  });
  await buildFseParticipant(db, structureId, fse, P7, {
    entryDate: '2025-02-01',
    exitDate: '2025-07-31',
    exitSituation: 'JOB_SEARCHING',
    sixMonthsCheckedOn: '2026-02-15',
    sixMonthsEmployed: false,
    sixMonthsImprovedSituation: true,
  });
  await buildFseParticipant(db, structureId, fse, P9, {
    entryDate: '2026-03-10',
    gender: 'WOMAN',
    iscedLevel: 'ISCED_0_2',
    labourMarketStatus: 'EMPLOYED',
    situations: [FseSituation.THIRD_COUNTRY_NATIONAL, FseSituation.HOMELESS_OR_HOUSING_EXCLUSION],
    exitDate: '2026-06-15',
    exitSituation: FseExitSituation.IN_EDUCATION_OR_TRAINING,
  });
  await buildFseParticipant(db, structureId, fse, P10, {
    entryDate: '2026-02-15',
    gender: 'MAN',
    iscedLevel: 'ISCED_3_4',
    labourMarketStatus: 'EMPLOYED',
    situations: [FseSituation.DISABILITY, FseSituation.RURAL_AREA],
    exitDate: '2026-05-31',
    exitSituation: FseExitSituation.GAINED_QUALIFICATION,
  });
  await buildFseParticipant(db, structureId, otherFse, P8, { entryDate: '2026-02-01' }); // another agreement
  // A one-day operation: P2 came on its only day; no participant (IAE-RULES §4)
  await buildFseParticipant(db, structureId, oneDayFse, P2, {
    entryDate: '2026-03-12',
    gender: 'MAN',
    exitDate: '2026-03-12',
    exitSituation: 'JOB_SEARCHING',
  });

  // FSE+ budget: allocations
  const attendanceP1S1 = await attendanceIdOf(db, S1.id, P1);
  await buildAllocation(db, structureId, fse, FundingSourceKind.TRAINING_ATTENDANCE, attendanceP1S1, 420);
  const expense = await buildExpense(db, structureId, { amountCents: 50_000 });
  await buildAllocation(db, structureId, fse, FundingSourceKind.EXPENSE, expense.id, 50_000);
  const staff = await buildStaffTime(db, structureId, userId, { minutes: 120, hourlyCostCents: 3000 });
  await buildAllocation(db, structureId, fse, FundingSourceKind.STAFF_TIME, staff.id, 120);

  // Exits recorded as a counsellor would, through ExitsService: the presence rule runs on the hours on record.
  // P6: 143 h of mission (05/01) + 7 h of training (S1 20/01) = 150 h since 01/01/2026 → counts.
  // P7: 90 h of mission (02/03) since 01/01/2026 (the 100 h of 03/11/2025 were on the previous annex) → does not count.
  const exits = new ExitsService(db, new ExitsRepository(db), new SystemClock());
  const recordExit = (personId: string, exitDate: string, reason: ExitReason) =>
    exits.record(structureId, userId, { personId, exitDate, reason, comment: null }, PERIOD.end);
  await recordExit(P6, '2026-06-10', ExitReason.JOB_SEEKING);
  await recordExit(P7, '2026-06-12', ExitReason.CDI);

  return {
    persons,
    landlord1,
    landlord2,
    partnership1,
    partnership2,
    agreements: { fse, otherFse, oneDayFse, opco, otherOpco: otherOpcoAgreement, ddets, city },
    certificationId: cert.id,
  };
}
