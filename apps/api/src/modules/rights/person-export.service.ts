import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, formatIsoDateFr, parisDay } from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { type PersonData, PersonExportRepository } from './person-export.repository';
import { RightsPdf } from './rights-pdf';

/** The French name of each table in the export (a table not listed keeps its own name: nothing is left out). */
export const TABLE_LABELS: Record<string, string> = {
  person: 'Identité et coordonnées',
  referral: 'Orientation (prescripteur)',
  eligibility_diagnosis: 'Diagnostics d’éligibilité',
  eligibility_criterion: 'Critères d’éligibilité',
  pass_iae: 'PASS IAE',
  pass_prolongation: 'Prolongations du PASS IAE',
  pass_suspension: 'Suspensions du PASS IAE',
  admission_decision: 'Décisions d’admission',
  stage_transition: 'Étapes du parcours',
  pathway_event: 'Entretiens et événements',
  session_attendance: 'Présence aux ateliers collectifs',
  training_group_member: 'Groupes de formation (promotions)',
  skills_evaluation: 'Évaluations des compétences',
  exam_session: 'Sessions d’examen',
  exam_result: 'Résultats d’examen',
  mission: 'Missions',
  immersion: 'Immersions (PMSMP)',
  tutoring: 'Tutorat',
  employment_contract: 'Contrats de travail',
  professionalisation_contract: 'Contrats de professionnalisation',
  contract_break_follow_up: 'Suivi des ruptures de contrat',
  worked_month: 'Heures travaillées par mois',
  staff_time_entry: 'Temps passé par l’équipe',
  funding_allocation: 'Affectations à un financement',
  fse_participant: 'Participation FSE+',
  proposal: 'Propositions à des employeurs partenaires',
  proposal_event: 'Suivi des propositions',
  hire: 'Embauches',
  retention_check: 'Suivi dans l’emploi',
  pathway_exit: 'Sortie du parcours',
  person_retention: 'Conservation du dossier',
  audit_log: 'Journal des accès et décisions',
};

/** Columns that only link rows together: left out of the PDF (kept in the JSON). */
const TECHNICAL = /^(id|structure_id|person_id|version|sort_key)$|_id$/;

export type { PersonData } from './person-export.repository';

/** A file to download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * The right of access (RGPD art. 15): everything held about one person, as a PDF for the person and as a ZIP
 * (JSON per table and the PDF). The tables come from the database's foreign keys to the person. Each export is
 * written to the audit log (which tables, how many rows — not the data).
 */
@Injectable()
export class PersonExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly repository: PersonExportRepository,
  ) {}

  /** The person's data (`structureId`: the caller's; another structure's person is NOT_FOUND). */
  async collect(db: EntityManager, structureId: string, personId: string): Promise<PersonData> {
    await requirePerson(db, structureId, personId);
    return this.repository.personData(structureId, personId, db);
  }

  /** The PDF and the ZIP of a person's data; the export is logged in the same transaction. */
  async export(actor: AuthUser, structureId: string, personId: string, format: 'pdf' | 'zip'): Promise<ExportFile> {
    return this.db.transaction(async (tx) => {
      const data = await this.collect(tx, structureId, personId);
      const structure = await this.repository.structureHeading(structureId, tx);
      const today = parisDay(this.clock.now());
      const pdf = await this.pdf(data, structure, today);
      const base = `donnees-${slug(String(data.person['last_name']))}-${today}`;
      const counts = Object.fromEntries(Object.entries(data.tables).map(([t, rows]) => [t, rows.length]));
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.PERSON_DATA_EXPORTED,
          structureId,
          personId,
          subjectType: 'person',
          subjectId: personId,
          details: { format, rows: counts },
        },
      ]);
      if (format === 'pdf') return { fileName: `${base}.pdf`, contentType: 'application/pdf', content: pdf };
      // jszip is loaded on the first archive, not with the application.
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      zip.file(
        'LISEZMOI.txt',
        `Données détenues par ${structure.name} sur une personne accompagnée, exportées le ${formatIsoDateFr(today)}.\n` +
          `person.json : l’identité et les coordonnées ; un fichier JSON par table (une ligne par enregistrement) ;\n` +
          `${base}.pdf : les mêmes données, lisibles.\n`,
      );
      zip.file('person.json', JSON.stringify(data.person, null, 2));
      for (const [table, rows] of Object.entries(data.tables)) zip.file(`${table}.json`, JSON.stringify(rows, null, 2));
      zip.file(`${base}.pdf`, pdf);
      const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      return { fileName: `${base}.zip`, contentType: 'application/zip', content };
    });
  }

  private async pdf(
    data: PersonData,
    structure: { name: string; siret: string; city: string | null },
    today: string,
  ): Promise<Buffer> {
    const p = data.person;
    const doc = await RightsPdf.create(`Vos données détenues par ${structure.name}`);
    doc.paragraph(
      `Ce document rassemble toutes les données que ${structure.name} (SIRET ${structure.siret}${structure.city ? `, ${structure.city}` : ''}) ` +
        `détient à votre sujet dans Tremplin, son logiciel de suivi des parcours d’insertion, au ${formatIsoDateFr(today)}. ` +
        `Vous pouvez demander la correction de ce qui serait inexact (droit de rectification).`,
    );
    doc.heading(TABLE_LABELS['person']);
    doc.fields([
      ['Prénom', str(p['first_name'])],
      ['Nom', str(p['last_name'])],
      ['Date de naissance', dateFr(p['birth_date'])],
      ['Sexe', str(p['sex'])],
      ['Courriel', str(p['email'])],
      ['Téléphone', str(p['phone'])],
      ['Adresse', [p['address_line'], p['postal_code'], p['city']].filter(Boolean).map(String).join(', ')],
      ['Étape du parcours', str(p['stage'])],
      ['Informé·e du traitement de ses données le', dateFr(p['information_given_on'])],
      ['Consentement recueilli le', dateFr(p['consent_given_on'])],
      ['Dossier ouvert le', dateFr(p['created_at'])],
    ]);
    for (const [table, rows] of Object.entries(data.tables)) {
      if (rows.length === 0) continue;
      doc.heading(`${TABLE_LABELS[table] ?? table} (${rows.length})`);
      rows.forEach((row, i) => {
        doc.subheading(`${i + 1}.`);
        doc.fields(
          Object.entries(row)
            .filter(([k, v]) => !TECHNICAL.test(k) && v !== null && !(Array.isArray(v) && v.length === 0))
            .map(([k, v]) => [label(k), value(v)]),
        );
      });
    }
    const empty = Object.entries(data.tables)
      .filter(([, rows]) => rows.length === 0)
      .map(([t]) => TABLE_LABELS[t] ?? t);
    if (empty.length) {
      doc.heading('Rien d’enregistré');
      doc.paragraph(empty.join(' ; '), { muted: true });
    }
    return doc.end(`${structure.name} — données de la personne au ${formatIsoDateFr(today)}`);
  }
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** `2026-03-14` or an instant → `14/03/2026`. */
function dateFr(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return str(v);
  return formatIsoDateFr(v.length > 10 ? parisDay(new Date(v)) : v);
}

function value(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return dateFr(v);
}

/** French labels of the usual columns; another column is shown by its name, spaced. */
const COLUMN_LABELS: Record<string, string> = {
  created_at: 'Enregistré le',
  updated_at: 'Modifié le',
  start_date: 'Début',
  end_date: 'Fin',
  occurred_on: 'Date',
  title: 'Intitulé',
  notes: 'Notes',
  kind: 'Type',
  comment: 'Commentaire',
  reason: 'Motif',
  status: 'Statut',
  minutes: 'Durée (minutes)',
  referred_on: 'Orienté·e le',
  prescriber_kind: 'Type de prescripteur',
  prescriber_organisation: 'Prescripteur',
  prescriber_contact_name: 'Contact chez le prescripteur',
  number: 'Numéro',
  decided_on: 'Décidé le',
  outcome: 'Décision',
  effective_on: 'Date d’effet',
  from_stage: 'Étape précédente',
  to_stage: 'Nouvelle étape',
  exit_date: 'Date de sortie',
  category: 'Catégorie',
  employer_name: 'Employeur',
  job_title: 'Poste',
  checked_on: 'Vérifié le',
  month: 'Mois',
  evaluated_on: 'Évalué le',
  level: 'Niveau',
  occurred_at: 'Le',
  action: 'Action',
  actor_label: 'Par',
  actor_role: 'Rôle',
  details: 'Détails',
};

function label(column: string): string {
  if (COLUMN_LABELS[column]) return COLUMN_LABELS[column];
  const s = column.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'personne'
  );
}
