import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../repository';

/**
 * The SQL of the demo seeds (demo.seed.ts, demo-pathways.ts, demo-funding.ts, demo-partners.ts): hand-written rows
 * (snake_case columns) and the few set-based statements that derive demo data from what was inserted before. The
 * seeds run in one transaction and pass it (`tx`) to every method.
 */
export class DemoSeedRepository {
  constructor(private readonly db: DataSource) {}

  /** Serialises concurrent first starts (several instances on one database), until the transaction ends. */
  @SqlSnapshot()
  async lockDemoSeed(manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(727001)');
  }

  /** How many structures the database holds (the demo is inserted only into a database without any). */
  @SqlSnapshot()
  async countStructures(manager: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = (await manager.query('SELECT count(*)::int AS n FROM structure')) as { n: number }[];
    return n;
  }

  /** One parameterised INSERT … RETURNING id of a hand-written row (snake_case columns). */
  @SqlSnapshot({ params: ['structure', { id: SNAPSHOT_UUID, name: 'Structure', kind: 'AI' }] })
  async insertRow(table: string, row: Record<string, unknown>, manager: EntityManager = this.db.manager) {
    const cols = Object.keys(row);
    const [{ id }] = (await manager.query(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      cols.map((c) => row[c]),
    )) as { id: string }[];
    return id;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'Structure', 'AI', '78210456700014', 'Rouen'] })
  async insertStructure(
    id: string,
    name: string,
    kind: string,
    siret: string,
    city: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(`INSERT INTO structure (id, name, kind, siret, city) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      name,
      kind,
      siret,
      city,
    ]);
  }

  /** A demo account of the structure's staff (or an administrator, `structureId` null), with its own id. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID, 'a@b.demo', 'A', 'B', 'hash', 'COUNSELLOR', SNAPSHOT_UUID]] })
  async insertStaffUser(
    values: [string, string, string, string, string, string, string | null],
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO app_user (id, email, first_name, last_name, password_hash, role, structure_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      values,
    );
  }

  /** A landlord of the demo, in Rouen: its id. */
  @SqlSnapshot({ params: ['Rouen Habitat', 'SOCIAL_LANDLORD', '27760001100019'] })
  async insertLandlord(name: string, kind: string, siret: string, manager: EntityManager = this.db.manager) {
    const [{ id }] = (await manager.query(
      `INSERT INTO partner_organisation (name, kind, siret, city) VALUES ($1, $2, $3, 'Rouen') RETURNING id`,
      [name, kind, siret],
    )) as { id: string }[];
    return id;
  }

  /** A demo account of a partner organisation. */
  @SqlSnapshot({ params: [['rh@x.demo', 'A', 'B', 'hash', 'PARTNER_REVIEWER', SNAPSHOT_UUID]] })
  async insertPartnerUser(
    values: [string, string, string, string, string, string],
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO app_user (email, first_name, last_name, password_hash, role, partner_organisation_id) VALUES ($1,$2,$3,$4,$5,$6)`,
      values,
    );
  }

  /**
   * The demo's persons in one statement, each row the values of (id, structure_id, first_name, last_name, birth_date,
   * email, phone, city, counsellor_id, stage, sort_key).
   */
  @SqlSnapshot({
    params: [
      [
        [
          SNAPSHOT_UUID,
          SNAPSHOT_UUID,
          'A',
          'B',
          '1990-01-01',
          'a@b.fr',
          '06',
          'Rouen',
          SNAPSHOT_UUID,
          'TRAINING',
          'b a',
        ],
      ],
    ],
  })
  async insertPersons(rows: unknown[][], manager: EntityManager = this.db.manager): Promise<void> {
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const o = values.length;
      values.push(...row);
      return `(${row.map((_, k) => `$${o + k + 1}`).join(',')})`;
    });
    await manager.query(
      `INSERT INTO person (id, structure_id, first_name, last_name, birth_date, email, phone, city, counsellor_id, stage, sort_key)
     VALUES ${tuples.join(',')}`,
      values,
    );
  }

  /** A person's home coordinates (replacements' distance). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 49.44, 1.09] })
  async setPersonCoordinates(
    personId: string,
    latitude: number,
    longitude: number,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(`UPDATE person SET latitude = $2, longitude = $3 WHERE id = $1`, [
      personId,
      latitude,
      longitude,
    ]);
  }

  /** A site of an organisation by its name (the demo's replacement request names Rouen Habitat's first site). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'Résidence Les Tilleuls'] })
  async siteNamed(
    partnerOrganisationId: string,
    name: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row] = (await manager.query(
      `SELECT id FROM partner_site WHERE partner_organisation_id = $1 AND name = $2 ORDER BY id LIMIT 1`,
      [partnerOrganisationId, name],
    )) as { id: string }[];
    if (!row) throw new Error(`no demo site « ${name} »`);
    return row.id;
  }

  /** The dialogue de gestion's targets of two years (circulaire DGEFP 2008-21: 60 % and 25 %). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 2025, 2026, SNAPSHOT_UUID] })
  async insertStructureTargets(
    structureId: string,
    lastYear: number,
    year: number,
    createdById: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp, created_by_id)
     VALUES ($1, $2, 6000, 2500, $3), ($1, $4, 6000, 2500, $3)`,
      [structureId, lastYear, createdById, year],
    );
  }

  // Pathways (demo-pathways.ts).

  /** The person was informed and gave consent on the day of the referral. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, '2026-01-05'] })
  async recordInformationAndConsent(
    personId: string,
    on: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(`UPDATE person SET information_given_on = $1, consent_given_on = $1 WHERE id = $2`, [
      on,
      personId,
    ]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async setTargetCertification(
    personId: string,
    certificationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(`UPDATE person SET target_certification_id = $1 WHERE id = $2`, [certificationId, personId]);
  }

  /** A hire's employer name, copied from its employer organisation. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async copyHireEmployerName(hireId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `UPDATE hire SET employer_name = (SELECT name FROM partner_organisation WHERE id = hire.employer_organisation_id) WHERE id = $1`,
      [hireId],
    );
  }

  // Funding (demo-funding.ts).

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async tutorsOf(
    structureId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ person_id: string; side: string; tutor_id: string }[]> {
    return manager.query(
      `SELECT t.person_id, tu.side, t.tutor_id FROM tutoring t JOIN tutor tu ON tu.id = t.tutor_id WHERE t.structure_id = $1`,
      [structureId],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async employmentContractStarts(
    structureId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ person_id: string; start_date: string }[]> {
    return manager.query(`SELECT person_id, start_date::text FROM employment_contract WHERE structure_id = $1`, [
      structureId,
    ]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async structureSiret(structureId: string, manager: EntityManager = this.db.manager): Promise<string> {
    const [{ siret }] = (await manager.query(`SELECT siret FROM structure WHERE id = $1`, [structureId])) as {
      siret: string;
    }[];
    return siret;
  }

  /** The OPCO pays the training hours attended under each contract (within the contract, up to its break). */
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, 'TRAINING_ATTENDANCE', '2026-01-01', '2026-12-31'],
  })
  async allocateContractTrainingAttendance(
    structureId: string,
    authorId: string,
    agreementId: string,
    sourceKind: string,
    from: string,
    to: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, attendance_id, quantity)
     SELECT a.structure_id, $2, $3, $4, a.id, a.minutes_attended
       FROM session_attendance a
       JOIN collective_session s ON s.id = a.session_id AND s.kind = 'TRAINING'
       JOIN professionalisation_contract c ON c.person_id = a.person_id AND c.structure_id = a.structure_id
      WHERE a.structure_id = $1 AND a.minutes_attended > 0 AND c.status <> 'DRAFT' AND c.status <> 'SUBMITTED'
        AND s.session_date BETWEEN c.start_date AND coalesce(c.broken_on, c.end_date)
        AND s.session_date BETWEEN $5 AND $6`,
      [structureId, authorId, agreementId, sourceKind, from, to],
    );
  }

  /** The mission hours of the period, allocated to one agreement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, 'MISSION', '2026-01-01', '2026-12-31'] })
  async allocateMissions(
    structureId: string,
    authorId: string,
    agreementId: string,
    sourceKind: string,
    from: string,
    to: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, mission_id, quantity)
     SELECT structure_id, $2, $3, $4, id, minutes FROM mission
      WHERE structure_id = $1 AND start_date >= $5 AND end_date <= $6`,
      [structureId, authorId, agreementId, sourceKind, from, to],
    );
  }

  /** Counsellors' time sheets: one 7-hour line a week each for the 12 weeks before `today`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, '2026-06-01', 3_500, [SNAPSHOT_UUID]] })
  async insertCounsellorTimeSheets(
    structureId: string,
    authorId: string,
    today: string,
    hourlyCostCents: number,
    counsellorIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO staff_time_entry (structure_id, created_by_id, user_id, worked_on, minutes, hourly_cost_cents, description)
     SELECT $1, $2, u, ($3::date - w * 7), 420, $4, 'Accompagnement socioprofessionnel (entretiens, démarches)'
       FROM unnest($5::uuid[]) AS u, generate_series(1, 12) AS w`,
      [structureId, authorId, today, hourlyCostCents, counsellorIds],
    );
  }

  /** A share (in basis points) of every time sheet line of the structure, allocated to one agreement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, 'STAFF_TIME', 6_000] })
  async allocateStaffTime(
    structureId: string,
    authorId: string,
    agreementId: string,
    sourceKind: string,
    shareBp: number,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, staff_time_entry_id, quantity)
       SELECT structure_id, $2, $3, $4, id, (minutes * $5) / 10000 FROM staff_time_entry WHERE structure_id = $1`,
      [structureId, authorId, agreementId, sourceKind, shareBp],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async pathwayExits(
    structureId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ person_id: string; exit_date: string; reason: string }[]> {
    return manager.query(`SELECT person_id, exit_date::text, reason FROM pathway_exit WHERE structure_id = $1`, [
      structureId,
    ]);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async birthYears(
    structureId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; year: number }[]> {
    return manager.query(`SELECT id, extract(year FROM birth_date)::int AS year FROM person WHERE structure_id = $1`, [
      structureId,
    ]);
  }

  // Partners (demo-partners.ts).

  @SqlSnapshot({ params: ['PARTNER_REVIEWER', [SNAPSHOT_UUID]] })
  async usersOfOrganisations(
    role: string,
    organisationIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; partner_organisation_id: string; first_name: string; last_name: string }[]> {
    return manager.query(
      `SELECT id, partner_organisation_id, first_name, last_name FROM app_user WHERE role = $1 AND partner_organisation_id = ANY($2::uuid[])`,
      [role, organisationIds],
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async hiresOf(
    structureId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; person_id: string }[]> {
    return manager.query(`SELECT id, person_id FROM hire WHERE structure_id = $1`, [structureId]);
  }

  /**
   * The hosts' reviewers confirm the hours of the missions ended before `endedBefore` (five days after their end,
   * with `feedback` where the tutor left none): the missions confirmed.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'CONFIRMED', '2026-01-01', 'Travail soigné.'] })
  async confirmEndedMissionHours(
    structureId: string,
    status: string,
    endedBefore: string,
    feedback: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; person_id: string; host_organisation_id: string; end_date: string }[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [confirmed] = (await manager.query(
      `UPDATE mission m SET hours_status = $2, hours_reviewed_at = (m.end_date + 5)::timestamptz,
            hours_reviewed_by_id = u.id, tutor_feedback = COALESCE(m.tutor_feedback, $4)
       FROM app_user u
      WHERE m.structure_id = $1 AND m.end_date < $3::date AND u.partner_organisation_id = m.host_organisation_id AND u.role = 'PARTNER_REVIEWER'
      RETURNING m.id, m.person_id, m.host_organisation_id, m.end_date::text`,
      [structureId, status, endedBefore, feedback],
    )) as [{ id: string; person_id: string; host_organisation_id: string; end_date: string }[], number];
    return confirmed;
  }

  /** The person's latest mission whose hours wait for the host's review, if any. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async latestPendingMission(
    structureId: string,
    personId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string } | undefined> {
    const [mission] = (await manager.query(
      `SELECT id FROM mission WHERE structure_id = $1 AND person_id = $2 AND hours_status = 'PENDING' ORDER BY end_date DESC LIMIT 1`,
      [structureId, personId],
    )) as { id: string }[];
    return mission;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'DISPUTED', new Date('2026-01-01T09:30:00Z'), SNAPSHOT_UUID, 'Écart.'] })
  async reviewMissionHours(
    missionId: string,
    status: string,
    reviewedAt: Date,
    reviewerId: string,
    comment: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE mission SET hours_status = $2, hours_reviewed_at = $3, hours_reviewed_by_id = $4, hours_review_comment = $5 WHERE id = $1`,
      [missionId, status, reviewedAt, reviewerId, comment],
    );
  }

  /** The audit log's lines of the demo (`entries`: a JSON array of their fields), in the order they occurred. */
  @SqlSnapshot({ params: ['[]', SNAPSHOT_UUID] })
  async insertAuditEntries(entries: string, structureId: string, manager: EntityManager = this.db.manager) {
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, actor_label, actor_structure_id, actor_partner_organisation_id, action,
                            structure_id, person_id, subject_type, subject_id, occurred_at)
     SELECT a.actor, a.role, a.label, a.actor_structure, a.actor_partner, a.action, $2, a.person, a.subject_type, a.subject, a.at
       FROM jsonb_to_recordset($1::jsonb) AS a(actor uuid, role varchar, label varchar, actor_structure uuid, actor_partner uuid,
                                               action varchar, person uuid, subject_type varchar, subject uuid, at timestamptz)
      ORDER BY a.at`,
      [entries, structureId],
    );
  }

  /**
   * Up to `limit` persons of the structure who worked at the host (a mission there) and have not left: those whose
   * current week the supervisor enters (demo-mission-days.ts).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 3] })
  async traineesOfHost(
    structureId: string,
    hostOrganisationId: string,
    limit: number,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string }[]> {
    return manager.query(
      `SELECT p.id FROM person p
        WHERE p.structure_id = $1
          AND EXISTS (SELECT 1 FROM mission m WHERE m.person_id = p.id AND m.structure_id = p.structure_id
                         AND m.host_organisation_id = $2)
          AND NOT EXISTS (SELECT 1 FROM pathway_exit x WHERE x.person_id = p.id AND x.structure_id = p.structure_id)
        ORDER BY p.last_name, p.first_name, p.id
        LIMIT $3`,
      [structureId, hostOrganisationId, limit],
    );
  }
}
