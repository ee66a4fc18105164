/**
 * The figures of a funder report, computed by SQL aggregates over the records of each indicator (see
 * indicators.repository.ts): sections of figures with their definitions, charts, and the tables of the records behind
 * them. Deterministic: every table is ordered with a unique tie-breaker and nothing reads the clock, so the same
 * inputs give the same canonical JSON (the generation date is the job's, not the figures').
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  agreementConsumption,
  AGE_BAND_LABELS,
  AgeBand,
  FSE_EXIT_SITUATION_LABELS,
  FSE_GENDER_LABELS,
  FSE_LABOUR_MARKET_STATUS_LABELS,
  FseExitSituation,
  FseGender,
  FseLabourMarketStatus,
  FSE_SITUATION_LABELS,
  FseSituation,
  FunderKind,
  INDICATOR_DEFINITIONS,
  ISCED_GROUP_LABELS,
  ISCED_GROUPS,
  PROPOSAL_STATUS_LABELS,
  ProposalStatus,
  rateBp,
  REPORT_KIND_LABELS,
  ReportKind,
  type ReportFigure,
  type ReportFigures,
  type ReportSection,
  type ReportTable,
  type ReportTableColumn,
} from '@tremplin/domain';
import { BadUserInputError, NotFoundError } from '../../../core/errors/app-errors';
import {
  type AgreementRow,
  ENTRIES_FAMILY,
  EXITS_FAMILY,
  FSE_FAMILY,
  type IndicatorFamily,
  IndicatorsRepository,
  MISSIONS_FAMILY,
  OPCO_FAMILY,
  PARTNERSHIP_REPORT_FAMILY,
  PATHWAY_FAMILY,
} from './indicators.repository';
import {
  Aggregates,
  barChart,
  exitCategoryChart,
  exitFigures,
  figure,
  hiresFigure,
  type IndicatorRecord,
  monthlyChart,
  type RecordScope,
  type RecordSubject,
  retentionFigures,
} from '@tremplin/api-reports';
import { targetsFor } from './year-targets';

export interface ReportFiguresJob {
  kind: ReportKind;
  agreementId: string | null;
  partnershipId: string | null;
  periodStart: string;
  periodEnd: string;
}

/** The funder kinds each agreement report answers to. */
export const REPORT_KIND_FUNDER_KINDS: Record<Exclude<ReportKind, ReportKind.PARTNERSHIP>, FunderKind[]> = {
  [ReportKind.FSE_PLUS]: [FunderKind.FSE_PLUS],
  [ReportKind.OPCO]: [FunderKind.OPCO],
  [ReportKind.DDETS]: [FunderKind.DDETS_AIDE_AU_POSTE, FunderKind.DDETS_FDI],
};

/** The report kind of an agreement, after its funder's kind (null: no report for that funder kind). */
export function reportKindOfFunder(funderKind: string): ReportKind | null {
  for (const [kind, funderKinds] of Object.entries(REPORT_KIND_FUNDER_KINDS))
    if ((funderKinds as string[]).includes(funderKind)) return kind as ReportKind;
  return null;
}

export const REPORT_FIGURES_MESSAGES = {
  agreementNotFound: 'Cette convention de financement est introuvable dans votre structure.',
  partnershipNotFound: 'Ce partenariat est introuvable dans votre structure.',
  kindMismatch: (kind: ReportKind, funder: string) =>
    `Un « ${REPORT_KIND_LABELS[kind]} » ne peut pas porter sur une convention de ce financeur (${funder}).`,
  subjectMissing: 'Choisissez la convention ou le partenariat sur lequel porte le rapport.',
  period: 'La fin de la période doit être postérieure ou égale à son début.',
} as const;

const col = (key: string, label: string, unit: ReportTableColumn['unit'] = 'text'): ReportTableColumn => ({
  key,
  label,
  unit,
});

const PERSON_COLUMN = col('person', 'Personne');

/** A table of records: the person, the date, then the record's extra fields. */
function recordsTable(
  key: string,
  title: string,
  columns: ReportTableColumn[],
  records: IndicatorRecord[],
  row: (r: IndicatorRecord) => Record<string, string | number | boolean | null>,
): ReportTable {
  return {
    key,
    title,
    columns: [PERSON_COLUMN, ...columns],
    rows: records.map((r) => ({ person: r.label, ...row(r) })),
  };
}

const x = (r: IndicatorRecord, key: string): string | number | boolean | null => {
  const v = r.extra?.[key];
  return v === undefined ? null : (v as string | number | boolean | null);
};

/**
 * Starts reading records tables now, one after the other (on one connection they would queue anyway), while the
 * caller computes the figures; each promise is awaited where its table is built, and a failure surfaces there.
 */
function readInBackground(reads: (() => Promise<IndicatorRecord[]>)[]): Promise<IndicatorRecord[]>[] {
  let chain: Promise<unknown> = Promise.resolve();
  return reads.map((read) => {
    const records = chain.then(read);
    chain = records.catch(() => undefined);
    records.catch(() => undefined); // handled where awaited
    return records;
  });
}

@Injectable()
export class ReportFiguresService {
  constructor(private readonly indicators: IndicatorsRepository) {}

  /**
   * The figures of one report (checks that the subject is of the structure and matches the kind). `tables`: where the
   * records tables are read (`reader`) — another connection reading the same snapshot (the report worker's), so that they are
   * read while the figures are computed; by default `db`, one statement after the other.
   */
  async compute(
    db: EntityManager,
    structureId: string,
    job: ReportFiguresJob,
    reader: EntityManager = db,
  ): Promise<ReportFigures> {
    if (job.periodEnd < job.periodStart)
      throw new BadUserInputError([{ field: 'periodEnd', message: REPORT_FIGURES_MESSAGES.period }]);
    const scope: RecordScope = { structureId, start: job.periodStart, end: job.periodEnd };
    if (job.kind === ReportKind.PARTNERSHIP) return this.partnership(db, scope, job, reader);
    const agreement = await this.agreement(db, structureId, job);
    switch (job.kind) {
      case ReportKind.FSE_PLUS:
        return this.fse(db, scope, job, agreement, reader);
      case ReportKind.OPCO:
        return this.opco(db, scope, job, agreement, reader);
      case ReportKind.DDETS:
        return this.ddets(db, scope, job, agreement, reader);
      default:
        throw new BadUserInputError([{ field: 'kind', message: 'Ce type de rapport n’existe pas.' }]);
    }
  }

  private async agreement(db: EntityManager, structureId: string, job: ReportFiguresJob): Promise<AgreementRow> {
    if (!job.agreementId)
      throw new BadUserInputError([{ field: 'agreementId', message: REPORT_FIGURES_MESSAGES.subjectMissing }]);
    const a = await this.indicators.agreement(structureId, job.agreementId, db);
    if (!a) throw new NotFoundError(REPORT_FIGURES_MESSAGES.agreementNotFound);
    const expected = REPORT_KIND_FUNDER_KINDS[job.kind as Exclude<ReportKind, ReportKind.PARTNERSHIP>] ?? [];
    if (!(expected as string[]).includes(a.funder_kind))
      throw new BadUserInputError([
        { field: 'kind', message: REPORT_FIGURES_MESSAGES.kindMismatch(job.kind, a.funder_name) },
      ]);
    return a;
  }

  private base(
    job: ReportFiguresJob,
    structureName: string,
    subject: ReportFigures['subject'],
    sections: ReportSection[],
    tables: ReportTable[],
  ): ReportFigures {
    return {
      kind: job.kind,
      title: REPORT_KIND_LABELS[job.kind],
      subject,
      structureName,
      period: { start: job.periodStart, end: job.periodEnd },
      sections,
      tables,
    };
  }

  // ---- DDETS ----

  private async ddets(
    db: EntityManager,
    scope: RecordScope,
    job: ReportFiguresJob,
    a: AgreementRow,
    reader: EntityManager,
  ): Promise<ReportFigures> {
    const [personRecords, entryRecords, exitRecords, missionRecords] = readInBackground([
      () => this.indicators.records(PATHWAY_FAMILY, scope, ['pathway.followed'], undefined, reader),
      () => this.indicators.records(ENTRIES_FAMILY, scope, ['entries'], undefined, reader),
      () => this.indicators.records(EXITS_FAMILY, scope, ['exits.total'], undefined, reader),
      () => this.indicators.records(MISSIONS_FAMILY, scope, ['missions.minutes'], undefined, reader),
    ]);
    const [pathway, entries, exits, missions, targets] = [
      await this.indicators.figures(PATHWAY_FAMILY, scope, undefined, [], db),
      await this.indicators.figures(ENTRIES_FAMILY, scope, undefined, ['entries'], db),
      await this.indicators.figures(EXITS_FAMILY, scope, undefined, ['exits.total'], db),
      await this.indicators.figures(MISSIONS_FAMILY, scope, undefined, [], db),
      await targetsFor(this.indicators, scope.structureId, scope.end, db),
    ];
    const agg = new Aggregates([pathway, entries, exits, missions]);
    const exitFigs = exitFigures(agg, targets, 'exits');
    const sections: ReportSection[] = [
      {
        title: 'Personnes suivies',
        figures: [
          figure(agg, 'pathway.followed', { recordsTable: 'persons' }),
          figure(agg, 'pathway.employed', { recordsTable: 'persons' }),
          figure(agg, 'pathway.at_end', { recordsTable: 'persons' }),
        ],
      },
      {
        title: 'Entrées et sorties',
        figures: [figure(agg, 'entries', { recordsTable: 'entries' }), ...exitFigs],
        charts: [
          monthlyChart('Entrées et sorties par mois', 'count', [
            { figures: entries, code: 'entries', label: 'Entrées' },
            { figures: exits, code: 'exits.total', label: 'Sorties' },
          ]),
          exitCategoryChart(agg),
        ],
      },
      { title: 'Heures de mission', figures: [figure(agg, 'missions.minutes', { recordsTable: 'missions' })] },
    ];
    const tables = [
      recordsTable(
        'persons',
        'Personnes suivies',
        [
          col('date', 'Début du parcours', 'date'),
          col('employed', 'Salarié·e pendant la période'),
          col('stage', 'Étape à la fin de la période'),
        ],
        await personRecords,
        (r) => ({ date: r.date, employed: x(r, 'employed'), stage: x(r, 'stage') }),
      ),
      recordsTable(
        'entries',
        'Entrées en parcours',
        [col('date', 'Date d’entrée', 'date'), col('employment', 'Premier emploi dans la structure')],
        await entryRecords,
        (r) => ({ date: r.date, employment: x(r, 'employment') }),
      ),
      recordsTable(
        'exits',
        'Sorties et règle de présence',
        [
          col('date', 'Date de sortie', 'date'),
          col('reason', 'Motif'),
          col('category', 'Catégorie'),
          col('counts', 'Comptabilisée'),
          col('minutesWorked', 'Heures travaillées', 'minutes'),
          col('explanation', 'Règle de présence appliquée'),
        ],
        await exitRecords,
        (r) => ({
          date: r.date,
          reason: x(r, 'reason'),
          category: x(r, 'category'),
          counts: x(r, 'counts'),
          minutesWorked: x(r, 'minutesWorked'),
          explanation: x(r, 'explanation'),
        }),
      ),
      recordsTable(
        'missions',
        'Missions',
        [
          col('date', 'Début', 'date'),
          col('endDate', 'Fin', 'date'),
          col('host', 'Employeur'),
          col('minutes', 'Heures', 'minutes'),
        ],
        await missionRecords,
        (r) => ({ date: r.date, endDate: x(r, 'endDate'), host: x(r, 'host'), minutes: r.value }),
      ),
    ];
    return this.base(job, a.structure_name, agreementSubject(a), sections, tables);
  }

  // ---- FSE+ ----

  private async fse(
    db: EntityManager,
    scope: RecordScope,
    job: ReportFiguresJob,
    a: AgreementRow,
    reader: EntityManager,
  ): Promise<ReportFigures> {
    const subject: RecordSubject = { agreementId: a.id };
    const [participantRecords] = readInBackground([
      () => this.indicators.records(FSE_FAMILY, scope, ['fse.participants'], subject, reader),
    ]);
    const fse = await this.indicators.figures(FSE_FAMILY, scope, subject, [], db);
    const agg = new Aggregates([fse]);
    const t = 'participants';
    const entered = 'Participant·es entré·es pendant la période';
    const left = 'Participant·es sorti·es pendant la période';
    /** One figure per value of a participant characteristic, and one for the participants without it. */
    const breakdown = (
      prefix: string,
      values: readonly string[],
      labels: Record<string, string>,
      what: string,
      who: string,
      withMissing = true,
    ) => [
      ...values.map((v) =>
        figure(agg, `${prefix}.${v}`, {
          label: labels[v],
          definition: `${who} — ${what} : ${labels[v]}.`,
          recordsTable: t,
        }),
      ),
      ...(withMissing
        ? [
            figure(agg, `${prefix}.missing`, {
              label: `${what} : ${what.startsWith('Situation') ? 'non renseignée' : 'non renseigné'}`,
              definition: `${who} dont la donnée « ${what} » manque.`,
              recordsTable: t,
            }),
          ]
        : []),
    ];
    // The same characteristics at entry and at exit (collected at entry: the age band is the age at entry). The age
    // comes from the person's birth date, which is required: it has no « non renseigné ».
    const profile = (moment: 'entry' | 'exit', who: string) => ({
      gender: breakdown(`fse.${moment}.gender`, Object.values(FseGender), FSE_GENDER_LABELS, 'Genre', who),
      age: breakdown(`fse.${moment}.age`, Object.values(AgeBand), AGE_BAND_LABELS, 'Âge à l’entrée', who, false),
      isced: breakdown(`fse.${moment}.isced`, ISCED_GROUPS, ISCED_GROUP_LABELS, 'Niveau CITE', who),
    });
    const atEntry = profile('entry', entered);
    const atExit = profile('exit', left);
    const status = breakdown(
      'fse.entry.status',
      Object.values(FseLabourMarketStatus),
      FSE_LABOUR_MARKET_STATUS_LABELS,
      'Situation sur le marché du travail',
      entered,
    );
    // Sensitive answers (§4: « sensitive ones marked »): counted only, the participants' table never says who.
    const situations = Object.values(FseSituation).map((v) =>
      figure(agg, `fse.entry.situation.${v}`, {
        label: FSE_SITUATION_LABELS[v],
        definition: `${entered} ayant déclaré cette situation : ${FSE_SITUATION_LABELS[v]} (donnée sensible, comptée sans liste nominative).`,
      }),
    );
    const exitSituations = breakdown(
      'fse.exit.situation',
      Object.values(FseExitSituation),
      FSE_EXIT_SITUATION_LABELS,
      'Situation à la sortie',
      left,
    );
    const shortOperation = a.end_date <= a.start_date;
    const charges = await this.agreementCharges(db, scope.structureId as string, a.id);
    const consumption = agreementConsumption({
      ...charges,
      amountGrantedCents: Number(a.amount_granted_cents),
      coFinancingRateBp: a.co_financing_rate_bp,
      hourlyRateCents: a.hourly_rate_cents,
    });
    const budget: ReportFigure[] = [
      {
        code: 'budget.granted',
        label: 'Montant accordé',
        value: consumption.grantedCents,
        unit: 'cents',
        target: null,
        recordsTable: null,
        definition: 'Montant de la convention.',
      },
      {
        code: 'budget.funded',
        label: 'Montant consommé (part du financeur)',
        value: consumption.fundedCents,
        unit: 'cents',
        target: { label: 'Montant accordé', value: consumption.grantedCents },
        recordsTable: null,
        definition:
          'Heures et dépenses imputées à la convention, valorisées comme dans le suivi des financements, multipliées par le taux de cofinancement (toutes dates).',
      },
      {
        code: 'budget.consumed_rate',
        label: 'Taux de consommation',
        value: rateBp(consumption.fundedCents, consumption.grantedCents),
        unit: 'rate_bp',
        target: null,
        recordsTable: null,
        definition: 'Montant consommé ÷ montant accordé.',
      },
    ];
    const sections: ReportSection[] = [
      {
        title: 'Participant·es à l’entrée',
        figures: [
          figure(agg, 'fse.participants', {
            label: 'Participant·es de la période',
            definition: shortOperation
              ? 'Aucun : une opération d’un jour ou moins ne crée pas de participant·es (règlement FSE+). Les personnes accompagnées sont comptées à part.'
              : 'Participant·es entré·es, sorti·es ou suivi·es à 6 mois pendant la période.',
            recordsTable: t,
          }),
          ...(shortOperation
            ? [
                figure(agg, 'fse.short_operation', {
                  label: 'Personnes accompagnées, non participantes (opération d’un jour ou moins)',
                  definition:
                    'Personnes inscrites à cette opération d’un jour ou moins, entrées, sorties ou suivies pendant la période : elles ne sont pas des participant·es.',
                }),
              ]
            : []),
          figure(agg, 'fse.entry.total', {
            label: 'Participant·es entré·es',
            definition: 'Participant·es de la convention dont la date d’entrée est dans la période.',
            recordsTable: t,
          }),
          ...atEntry.gender,
          ...atEntry.age,
          ...atEntry.isced,
          ...status,
          figure(agg, 'fse.entry.unemployed', {
            label: 'Chômeur·ses, y compris de longue durée',
            definition: `${entered} au chômage, de longue durée ou non (indicateur commun FSE+).`,
            recordsTable: t,
          }),
          ...situations,
          figure(agg, 'fse.entry.situations.declined', {
            label: 'Questions de situation non répondues',
            definition:
              'Participant·es entré·es pendant la période qui n’ont pas répondu aux questions de situation (ou ont refusé).',
            recordsTable: t,
          }),
        ],
        charts: [
          barChart('Participant·es à l’entrée par genre', atEntry.gender),
          barChart('Participant·es à l’entrée par âge', atEntry.age),
          barChart('Participant·es à l’entrée par niveau CITE', atEntry.isced),
          barChart('Participant·es à l’entrée par situation sur le marché du travail', status),
          barChart('Participant·es à l’entrée par situation déclarée', situations),
        ],
      },
      {
        title: 'À la sortie',
        figures: [
          figure(agg, 'fse.exit.total', {
            label: 'Participant·es sorti·es',
            definition: 'Participant·es de la convention dont la date de sortie est dans la période.',
            recordsTable: t,
          }),
          ...atExit.gender,
          ...atExit.age,
          ...atExit.isced,
          ...exitSituations,
        ],
        charts: [
          barChart('Participant·es sorti·es par genre', atExit.gender),
          barChart('Participant·es sorti·es par âge à l’entrée', atExit.age),
          barChart('Participant·es sorti·es par niveau CITE', atExit.isced),
          barChart('Situation à la sortie', exitSituations),
        ],
      },
      {
        title: 'Six mois après la sortie',
        figures: [
          figure(agg, 'fse.six_months.checked', {
            label: 'Participant·es suivi·es à 6 mois',
            definition: 'Participant·es dont la situation 6 mois après la sortie a été vérifiée pendant la période.',
            recordsTable: t,
          }),
          figure(agg, 'fse.six_months.employed', {
            label: 'En emploi 6 mois après la sortie',
            definition: 'Participant·es suivi·es à 6 mois pendant la période et en emploi (y compris indépendant).',
            recordsTable: t,
          }),
          figure(agg, 'fse.six_months.improved', {
            label: 'Situation améliorée 6 mois après la sortie',
            definition:
              'Participant·es suivi·es à 6 mois pendant la période dont la situation sur le marché du travail s’est améliorée.',
            recordsTable: t,
          }),
        ],
      },
      { title: 'Budget de la convention', figures: budget },
    ];
    const participants = recordsTable(
      t,
      'Participant·es',
      [
        col('entryDate', 'Entrée', 'date'),
        col('gender', 'Genre'),
        col('ageBand', 'Âge à l’entrée'),
        col('isced', 'Niveau d’études'),
        col('status', 'Situation à l’entrée'),
        col('trainingMinutes', 'Heures de formation suivies (période)', 'minutes'),
        col('exitDate', 'Sortie', 'date'),
        col('exitSituation', 'Situation à la sortie'),
        col('sixMonthsCheckedOn', 'Suivi à 6 mois', 'date'),
        col('sixMonthsEmployed', 'En emploi à 6 mois'),
        col('sixMonthsImproved', 'Situation améliorée à 6 mois'),
      ],
      await participantRecords,
      (r) => ({
        entryDate: x(r, 'entryDate'),
        gender: x(r, 'gender'),
        ageBand: x(r, 'ageBand'),
        isced: x(r, 'isced'),
        status: x(r, 'status'),
        trainingMinutes: x(r, 'trainingMinutes'),
        exitDate: x(r, 'exitDate'),
        exitSituation: x(r, 'exitSituation'),
        sixMonthsCheckedOn: x(r, 'sixMonthsCheckedOn'),
        sixMonthsEmployed: x(r, 'sixMonthsEmployed'),
        sixMonthsImproved: x(r, 'sixMonthsImproved'),
      }),
    );
    return this.base(job, a.structure_name, agreementSubject(a), sections, [participants]);
  }

  /** The sums an agreement's consumption is computed from, as the funding module computes them. */
  private async agreementCharges(db: EntityManager, structureId: string, agreementId: string) {
    const r = await this.indicators.agreementCharges(structureId, agreementId, db);
    return {
      trainingMinutes: Number(r?.training ?? 0),
      missionMinutes: Number(r?.mission ?? 0),
      staffTimeMinutes: Number(r?.staff_minutes ?? 0),
      staffTimeCostCents: Number(r?.staff_cost ?? 0),
      expenseCents: Number(r?.expense ?? 0),
    };
  }

  // ---- OPCO ----

  private async opco(
    db: EntityManager,
    scope: RecordScope,
    job: ReportFiguresJob,
    a: AgreementRow,
    reader: EntityManager,
  ): Promise<ReportFigures> {
    const subject: RecordSubject = { opcoFunderId: a.funder_id };
    const [contractRecords] = readInBackground([
      () => this.indicators.records(OPCO_FAMILY, scope, ['opco.contracts'], subject, reader),
    ]);
    const opco = await this.indicators.figures(OPCO_FAMILY, scope, subject, [], db);
    const agg = new Aggregates([opco]);
    const t = 'contracts';
    const records = await contractRecords;
    const sections: ReportSection[] = [
      {
        title: 'Contrats de professionnalisation',
        figures: [
          figure(agg, 'opco.contracts', {
            label: 'Contrats actifs sur la période',
            definition:
              'Contrats de professionnalisation de cet OPCO en cours à un moment de la période (commencés, terminés, rompus ou renouvelés).',
            recordsTable: t,
          }),
          figure(agg, 'opco.planned', {
            label: 'Heures de formation prévues aux contrats (CERFA)',
            definition:
              'Pour chaque contrat de la liste, le total d’heures de formation inscrit au CERFA pour tout le contrat ; la somme de ces totaux. Ce ne sont pas les heures programmées en sessions.',
            recordsTable: t,
          }),
          figure(agg, 'opco.attended', {
            label: 'Heures de formation suivies (émargées)',
            definition:
              'Minutes émargées aux sessions de formation de la période, pendant le contrat (jusqu’à sa rupture).',
            recordsTable: t,
          }),
          figure(agg, 'opco.justified', {
            label: 'Heures de formation justifiées',
            definition:
              'Pour chaque contrat, les heures suivies dans la période, plafonnées aux heures prévues au contrat.',
            recordsTable: t,
          }),
          figure(agg, 'opco.amount', {
            label: 'Montant de prise en charge',
            definition:
              'Pour chaque contrat, heures justifiées × forfait horaire (celui du contrat, sinon celui de l’OPCO, sinon 9,15 €), arrondi au centime.',
            recordsTable: t,
          }),
        ],
        charts: [
          {
            kind: 'grouped_bar',
            title: 'Heures prévues et justifiées par contrat',
            unit: 'minutes',
            categories: records.map((r) => r.label),
            series: [
              { label: 'Prévues au contrat', values: records.map((r) => Number(x(r, 'plannedMinutes'))) },
              { label: 'Justifiées sur la période', values: records.map((r) => Number(x(r, 'justifiedMinutes'))) },
            ],
          },
        ],
      },
    ];
    const table = recordsTable(
      t,
      'Contrats et heures justifiées',
      [
        col('fileNumber', 'Dossier OPCO'),
        col('status', 'Statut'),
        col('startDate', 'Début', 'date'),
        col('endDate', 'Fin', 'date'),
        col('brokenOn', 'Rupture', 'date'),
        col('plannedMinutes', 'Heures prévues au contrat (CERFA)', 'minutes'),
        col('attendedMinutes', 'Heures suivies (période)', 'minutes'),
        col('justifiedMinutes', 'Heures justifiées', 'minutes'),
        col('hourlyRateCents', 'Forfait horaire', 'cents'),
        col('amountCents', 'Montant', 'cents'),
      ],
      records,
      (r) => ({
        fileNumber: x(r, 'fileNumber'),
        status: x(r, 'status'),
        startDate: x(r, 'startDate'),
        endDate: x(r, 'endDate'),
        brokenOn: x(r, 'brokenOn'),
        plannedMinutes: x(r, 'plannedMinutes'),
        attendedMinutes: x(r, 'attendedMinutes'),
        justifiedMinutes: x(r, 'justifiedMinutes'),
        hourlyRateCents: x(r, 'hourlyRateCents'),
        amountCents: x(r, 'amountCents'),
      }),
    );
    return this.base(job, a.structure_name, agreementSubject(a), sections, [table]);
  }

  // ---- Partnership ----

  private async partnership(
    db: EntityManager,
    scope: RecordScope,
    job: ReportFiguresJob,
    reader: EntityManager,
  ): Promise<ReportFigures> {
    if (!job.partnershipId)
      throw new BadUserInputError([{ field: 'partnershipId', message: REPORT_FIGURES_MESSAGES.subjectMissing }]);
    // The target of the period's years: the partnership's own, or the one its group shares (a partnership in a group
    // has none of its own).
    const ps = await this.indicators.partnership(scope, job.partnershipId, db);
    if (!ps) throw new NotFoundError(REPORT_FIGURES_MESSAGES.partnershipNotFound);
    const subject: RecordSubject = { partnershipId: ps.id };
    const shared = ps.group_name !== null;
    const hireCodes = shared ? ['partnership.hires_year', 'partnership.group_hires_year'] : ['partnership.hires_year'];
    const [proposalRecords, hireRecords, retentionRecords] = readInBackground([
      () => this.indicators.records(PARTNERSHIP_REPORT_FAMILY, scope, ['partnership.proposals'], subject, reader),
      () => this.indicators.records(PARTNERSHIP_REPORT_FAMILY, scope, hireCodes, subject, reader),
      () =>
        this.indicators.records(
          PARTNERSHIP_REPORT_FAMILY,
          scope,
          ['retention.6.checked', 'retention.12.checked'],
          subject,
          reader,
        ),
    ]);
    const fam = await this.indicators.figures(PARTNERSHIP_REPORT_FAMILY, scope, subject, [], db);
    const agg = new Aggregates([fam]);
    const years =
      scope.start.slice(0, 4) === scope.end.slice(0, 4)
        ? scope.start.slice(0, 4)
        : `${scope.start.slice(0, 4)}–${scope.end.slice(0, 4)}`;
    const statuses = Object.values(ProposalStatus).map((s) =>
      figure(agg, `partnership.proposals.${s}`, {
        label: PROPOSAL_STATUS_LABELS[s],
        definition: `Propositions faites pendant la période, aujourd’hui au statut « ${PROPOSAL_STATUS_LABELS[s]} ».`,
        recordsTable: 'proposals',
      }),
    );
    const sections: ReportSection[] = [
      {
        title: 'Propositions',
        figures: [
          figure(agg, 'partnership.proposals', {
            label: 'Propositions',
            definition: 'Personnes proposées aux besoins de recrutement de ce bailleur pendant la période.',
            recordsTable: 'proposals',
          }),
          ...statuses,
          figure(agg, 'partnership.validated', {
            label: 'Validations',
            definition:
              'Propositions de la période validées par le bailleur (y compris celles suivies d’une embauche).',
            recordsTable: 'proposals',
          }),
        ],
        charts: [barChart('Propositions par statut', statuses)],
      },
      {
        title: 'Embauches',
        figures: [
          figure(agg, 'partnership.hires', {
            label: 'Embauches de la période',
            definition: 'Embauches chez ce bailleur dont le contrat commence pendant la période.',
            recordsTable: 'hires',
          }),
          figure(agg, 'partnership.hires.from_proposals', {
            label: 'dont issues d’une proposition',
            definition: 'Embauches de la période enregistrées à partir d’une proposition validée.',
            recordsTable: 'hires',
          }),
          ...(shared
            ? [
                figure(agg, 'partnership.hires_year', {
                  label: `Embauches ${years}`,
                  definition: `Embauches chez ce bailleur commençant dans l’année (ou les années) de la période. Son objectif est partagé : « ${ps.group_name} ».`,
                  recordsTable: 'hires',
                }),
                hiresFigure(
                  agg,
                  'partnership.group_hires_year',
                  { label: `Objectif partagé ${years}`, value: ps.target },
                  {
                    label: `Embauches ${years} — objectif partagé « ${ps.group_name} »`,
                    definition: INDICATOR_DEFINITIONS.sharedTargetHires(ps.landlords ?? ''),
                    recordsTable: 'hires',
                  },
                ),
              ]
            : [
                hiresFigure(
                  agg,
                  'partnership.hires_year',
                  { label: `Objectif d’embauches ${years}`, value: ps.target },
                  {
                    label: `Embauches ${years}`,
                    definition:
                      'Embauches chez ce bailleur commençant dans l’année (ou les années) de la période, comparées à l’objectif de ces années.',
                    recordsTable: 'hires',
                  },
                ),
              ]),
        ],
      },
      { title: 'Maintien en emploi', figures: retentionFigures(agg, 'retention') },
    ];
    const tables = [
      recordsTable(
        'proposals',
        'Propositions',
        [
          col('date', 'Proposé le', 'date'),
          col('need', 'Besoin'),
          col('status', 'Statut'),
          col('validated', 'Validée'),
        ],
        await proposalRecords,
        (r) => ({ date: r.date, need: x(r, 'need'), status: x(r, 'status'), validated: x(r, 'validated') }),
      ),
      recordsTable(
        'hires',
        'Embauches',
        [
          col('date', 'Début', 'date'),
          // With a shared target, the hires at the other landlords of the group are listed too: who hired says it.
          ...(shared ? [col('employer', 'Employeur')] : []),
          col('contractType', 'Contrat'),
          col('jobTitle', 'Poste'),
          col('fromProposal', 'Issue d’une proposition'),
          col('inPeriod', 'Dans la période'),
        ],
        await hireRecords,
        (r) => ({
          date: r.date,
          ...(shared ? { employer: x(r, 'employer') } : {}),
          contractType: x(r, 'contractType'),
          jobTitle: x(r, 'jobTitle'),
          fromProposal: x(r, 'fromProposal'),
          inPeriod: x(r, 'inPeriod'),
        }),
      ),
      recordsTable(
        'retention',
        'Maintien en emploi',
        [
          col('date', 'Vérifié le', 'date'),
          col('hireStart', 'Embauche', 'date'),
          col('monthsAfter', 'Échéance (mois)', 'count'),
          col('stillEmployed', 'Toujours en poste'),
        ],
        await retentionRecords,
        (r) => ({
          date: r.date,
          hireStart: x(r, 'hireStart'),
          monthsAfter: x(r, 'monthsAfter'),
          stillEmployed: x(r, 'stillEmployed'),
        }),
      ),
    ];
    return this.base(
      job,
      ps.structure_name,
      { label: ps.partner_name, reference: null, funder: null },
      sections,
      tables,
    );
  }
}

function agreementSubject(a: AgreementRow): ReportFigures['subject'] {
  return { label: a.title, reference: a.reference, funder: a.funder_name };
}

/** Families a report kind reads (for tests and benchmarks). */
export const REPORT_FAMILIES: Record<ReportKind, IndicatorFamily[]> = {
  [ReportKind.DDETS]: [PATHWAY_FAMILY, ENTRIES_FAMILY, EXITS_FAMILY, MISSIONS_FAMILY],
  [ReportKind.FSE_PLUS]: [FSE_FAMILY],
  [ReportKind.OPCO]: [OPCO_FAMILY],
  [ReportKind.PARTNERSHIP]: [PARTNERSHIP_REPORT_FAMILY],
};
