import { ContractStatus } from '../contracts/contract-catalogues';
import { PathwayStage } from '../kinds';
import {
  type Alert,
  ALERT_LABELS,
  AlertCode,
  type AlertFacts,
  computeAlerts,
  type ContractAlertFacts,
  sortAlerts,
} from './alerts';

const today = '2026-06-01';
const quiet: AlertFacts = {
  stage: PathwayStage.TRAINING,
  passEndDate: null,
  expiredProofCount: 0,
  plannedMinutesToDate: 0,
  attendedMinutes: 0,
  maxPlacementMinutes: 0,
  hireStartDate: null,
  retentionChecksDone: [],
  lastFollowUpDate: null,
  contracts: [],
};
const alerts = (over: Partial<AlertFacts>, on = today) => computeAlerts({ ...quiet, ...over }, on);

describe('computeAlerts', () => {
  it('raises nothing on a quiet file', () => expect(alerts({})).toEqual([]));
  it('has short French labels for filters', () => expect(ALERT_LABELS[AlertCode.FOLLOW_UP_DUE]).toBe('Suivi à faire'));

  describe('PASS IAE ending', () => {
    it('warns from 60 days before the end, not 61', () => {
      expect(alerts({ passEndDate: '2026-08-01' })).toEqual([]);
      expect(alerts({ passEndDate: '2026-07-31' })).toEqual([
        {
          code: AlertCode.PASS_ENDING,
          severity: 'warning',
          message:
            'Le PASS IAE prend fin le 31/07/2026, dans 60 jours : demandez une prolongation si le parcours continue.',
          dueDate: '2026-07-31',
        },
      ]);
    });
    it('turns to danger within 15 days, on the last day and once expired', () => {
      expect(alerts({ passEndDate: '2026-06-17' })[0].severity).toBe('warning');
      expect(alerts({ passEndDate: '2026-06-16' })[0].severity).toBe('danger');
      expect(alerts({ passEndDate: today })[0].message).toMatch(/prend fin aujourd’hui \(01\/06\/2026\)/);
      expect(alerts({ passEndDate: '2026-05-31' })[0]).toMatchObject({
        severity: 'danger',
        message:
          'Le PASS IAE a pris fin le 31/05/2026, il y a 1 jour : demandez une prolongation (possible jusqu’au 30/11/2026) ou enregistrez la sortie.',
      });
      expect(alerts({ passEndDate: '2025-01-01' })[0].message).toMatch(/il y a 516 jours : enregistrez la sortie\.$/);
    });
    it('says nothing for a person who has exited', () =>
      expect(alerts({ stage: PathwayStage.EXITED, passEndDate: '2026-05-31' })).toEqual([]));
  });

  it('counts expired proofs', () => {
    expect(alerts({ expiredProofCount: 1 })[0]).toEqual({
      code: AlertCode.PROOF_EXPIRED,
      severity: 'warning',
      message: '1 justificatif périmé : demandez un justificatif récent à la personne.',
      dueDate: null,
    });
    expect(alerts({ expiredProofCount: 2 })[0].message).toBe(
      '2 justificatifs périmés : demandez des justificatifs récents à la personne.',
    );
  });

  it('flags attendance below 80 % of the hours planned to date, not at 80 %', () => {
    expect(alerts({ plannedMinutesToDate: 6000, attendedMinutes: 4800 })).toEqual([]);
    expect(alerts({ plannedMinutesToDate: 6000, attendedMinutes: 4799 })[0].message).toMatch(
      /^Présence de 79 % : .*il manque 0 h 01/,
    );
    expect(alerts({ plannedMinutesToDate: 80 * 60, attendedMinutes: 52 * 60 })[0].message).toBe(
      'Présence de 65 % : 52 h sur 80 h prévues à ce jour (seuil 80 %, il manque 12 h). Faites le point avec la personne et l’organisme de formation.',
    );
    expect(alerts({ plannedMinutesToDate: 0, attendedMinutes: 0 })).toEqual([]);
  });

  it('warns from 400 h of mise à disposition at a host, danger beyond 480 h', () => {
    expect(alerts({ maxPlacementMinutes: 400 * 60 - 1 })).toEqual([]);
    expect(alerts({ maxPlacementMinutes: 400 * 60 })[0]).toMatchObject({
      code: AlertCode.PLACEMENT_CAP_NEAR,
      severity: 'warning',
      message: expect.stringMatching(/reste 80 h/),
    });
    expect(alerts({ maxPlacementMinutes: 480 * 60 + 1 })[0].severity).toBe('danger');
  });

  describe('follow-up interviews', () => {
    it('asks for an interview after more than 30 days without one', () => {
      expect(alerts({ lastFollowUpDate: '2026-05-02' })).toEqual([]);
      expect(alerts({ lastFollowUpDate: '2026-05-01' })).toEqual([
        {
          code: AlertCode.FOLLOW_UP_DUE,
          severity: 'warning',
          message: 'Aucun entretien de suivi depuis 31 jours (dernier le 01/05/2026) : planifiez-en un.',
          dueDate: '2026-05-31',
        },
      ]);
      expect(alerts({ lastFollowUpDate: '2026-04-20' })[0].message).toMatch(
        /^Aucun entretien de suivi depuis 42 jours/,
      );
    });
    it('stays silent without any interview on record, and after the exit', () => {
      expect(alerts({ lastFollowUpDate: null })).toEqual([]);
      expect(alerts({ stage: PathwayStage.EXITED, lastFollowUpDate: '2026-01-01' })).toEqual([]);
    });
  });

  describe('retention checks after a hire', () => {
    const hired = { stage: PathwayStage.EXITED, hireStartDate: '2026-01-10' };
    it('appears 15 days before the 6-month date, not 16', () => {
      expect(alerts(hired, '2026-06-24')).toEqual([]);
      expect(alerts(hired, '2026-06-25')).toEqual([
        {
          code: AlertCode.FOLLOW_UP_DUE,
          severity: 'warning',
          message:
            'Suivi à 6 mois de l’embauche à faire le 10/07/2026, dans 15 jours : vérifiez que la personne est toujours en poste.',
          dueDate: '2026-07-10',
        },
      ]);
      expect(alerts(hired, '2026-07-10')[0].message).toMatch(/à faire le 10\/07\/2026 \(aujourd’hui\)/);
    });
    it('turns to danger when late, until done', () => {
      expect(alerts(hired, '2026-07-11')[0]).toMatchObject({
        severity: 'danger',
        message: expect.stringMatching(/^Suivi à 6 mois de l’embauche en retard de 1 jour \(prévu le 10\/07\/2026\)/),
      });
      expect(alerts({ ...hired, retentionChecksDone: [6] }, '2026-07-11')).toEqual([]);
    });
    it('announces the 12-month check too', () => {
      expect(alerts({ ...hired, retentionChecksDone: [6] }, '2027-01-10')).toMatchObject([
        { dueDate: '2027-01-10', severity: 'warning' },
      ]);
      expect(alerts(hired, '2027-01-10').map((a) => a.dueDate)).toEqual(['2026-07-10', '2027-01-10']);
    });
  });

  it('sorts danger first, then by due date, undated last', () => {
    const result = alerts({
      passEndDate: '2026-07-31',
      expiredProofCount: 1,
      maxPlacementMinutes: 500 * 60,
      hireStartDate: '2025-11-01',
    });
    expect(result.map((a) => [a.code, a.severity, a.dueDate])).toEqual([
      [AlertCode.FOLLOW_UP_DUE, 'danger', '2026-05-01'],
      [AlertCode.PLACEMENT_CAP_NEAR, 'danger', null],
      [AlertCode.PASS_ENDING, 'warning', '2026-07-31'],
      [AlertCode.PROOF_EXPIRED, 'warning', null],
    ]);
  });
});

describe('contrat de professionnalisation alerts', () => {
  // 01/06/2026 is `today`.
  const contract = (over: Partial<ContractAlertFacts>): ContractAlertFacts => ({
    status: ContractStatus.DRAFT,
    startDate: '2026-06-10',
    endDate: '2027-06-09',
    submittedOn: null,
    opcoDecision: null,
    brokenOn: null,
    plannedTrainingMinutes: 365 * 60,
    attendedMinutes: 0,
    followUp: null,
    ...over,
  });
  const of = (...contracts: ContractAlertFacts[]) => alerts({ contracts });

  it('has labels for the caseload filter', () => {
    expect(ALERT_LABELS[AlertCode.CONTRACT_DEPOSIT_DUE]).toBe('Contrat pro à déposer');
    expect(ALERT_LABELS[AlertCode.CONTRACT_BREAK_FOLLOW_UP]).toBe('Rupture de contrat pro à suivre');
  });

  describe('CONTRACT_DEPOSIT_DUE', () => {
    it('announces a draft from 5 days before its start, not 6', () => {
      expect(of(contract({ startDate: '2026-06-07' }))).toEqual([]);
      expect(of(contract({ startDate: '2026-06-06' }))).toEqual([
        {
          code: AlertCode.CONTRACT_DEPOSIT_DUE,
          severity: 'warning',
          message:
            'Le contrat de professionnalisation commence le 06/06/2026 : déposez-le à l’OPCO au plus tard le ' +
            '11/06/2026 (dans 10 jours), 5 jours après son début.',
          dueDate: '2026-06-11',
        },
      ]);
    });
    it('stays a warning until start + 5 days, then turns to danger', () => {
      expect(of(contract({ startDate: '2026-05-27' }))[0]).toMatchObject({
        severity: 'warning',
        dueDate: '2026-06-01',
      });
      expect(of(contract({ startDate: '2026-05-27' }))[0].message).toMatch(
        /au plus tard le 01\/06\/2026 \(aujourd’hui\)/,
      );
      expect(of(contract({ startDate: '2026-05-26' }))[0]).toEqual({
        code: AlertCode.CONTRACT_DEPOSIT_DUE,
        severity: 'danger',
        message:
          'Le contrat de professionnalisation commencé le 26/05/2026 devait être déposé à l’OPCO au plus tard le ' +
          '31/05/2026, il y a 1 jour : déposez-le sans attendre.',
        dueDate: '2026-05-31',
      });
    });
    it('says nothing once submitted', () =>
      expect(
        of(contract({ status: ContractStatus.SUBMITTED, startDate: '2026-05-01', submittedOn: '2026-05-28' })),
      ).toEqual([]));
  });

  describe('OPCO_DECISION_DUE', () => {
    const submitted = (submittedOn: string, over: Partial<ContractAlertFacts> = {}) =>
      contract({ status: ContractStatus.SUBMITTED, startDate: '2026-05-01', submittedOn, ...over });
    it('warns from 15 days after the deposit, not 14', () => {
      expect(of(submitted('2026-05-19'))).toEqual([]);
      expect(of(submitted('2026-05-17'))).toEqual([
        {
          code: AlertCode.OPCO_DECISION_DUE,
          severity: 'warning',
          message:
            'L’OPCO doit répondre au dépôt du 17/05/2026 au plus tard le 06/06/2026 (dans 5 jours) : relancez-le ; ' +
            'sans réponse, son silence vaudra acceptation.',
          dueDate: '2026-06-06',
        },
      ]);
    });
    it('is still a warning on day 20, a danger past it: silence is an acceptance to record', () => {
      expect(of(submitted('2026-05-12'))[0].severity).toBe('warning');
      expect(of(submitted('2026-05-11'))).toEqual([
        {
          code: AlertCode.OPCO_DECISION_DUE,
          severity: 'danger',
          message:
            'L’OPCO n’a pas répondu au dépôt du 11/05/2026 : le silence vaut acceptation depuis le 31/05/2026 : ' +
            'enregistrez la décision.',
          dueDate: '2026-05-31',
        },
      ]);
    });
  });

  describe('TRAINING_BEHIND and CONTRACT_ENDING of an active contract', () => {
    // 01/01/2026 → 31/12/2026 (365 days), 36 500 min planned; on 01/06/2026, 152 days elapsed: 15 200 expected.
    const active = (attendedMinutes: number, over: Partial<ContractAlertFacts> = {}) =>
      contract({
        status: ContractStatus.ACTIVE,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        plannedTrainingMinutes: 36_500,
        attendedMinutes,
        ...over,
      });
    it('is not behind at exactly 10 % under the hours expected to date; behind one minute further', () => {
      expect(of(active(13_680))).toEqual([]); // 90 % of 15 200
      expect(of(active(13_679))).toEqual([
        {
          code: AlertCode.TRAINING_BEHIND,
          severity: 'warning',
          message:
            'Formation du contrat de professionnalisation en retard : 227 h 59 suivies sur 253 h 20 attendues à ce ' +
            'jour (608 h 20 prévues au contrat ; il manque 0 h 01 pour revenir à 90 %). Faites le point avec la ' +
            'personne, le·la tuteur·rice et l’organisme de formation.',
          dueDate: null,
        },
      ]);
    });
    it('announces the end 30 days before, not 31; danger once past and still active', () => {
      expect(of(active(99_999, { endDate: '2026-07-02' }))).toEqual([]);
      expect(of(active(99_999, { endDate: '2026-07-01' }))).toEqual([
        {
          code: AlertCode.CONTRACT_ENDING,
          severity: 'warning',
          message:
            'Le contrat de professionnalisation prend fin le 01/07/2026 (dans 30 jours) : préparez la suite avec la ' +
            'personne (examen, embauche, renouvellement).',
          dueDate: '2026-07-01',
        },
      ]);
      expect(of(active(99_999, { endDate: '2026-05-30' }))[0]).toMatchObject({
        severity: 'danger',
        message:
          'Le contrat de professionnalisation a pris fin le 30/05/2026, il y a 2 jours : enregistrez sa fin (ou sa rupture).',
      });
    });
    it('says nothing of the training or the end of a completed or broken contract', () => {
      expect(of(active(0, { status: ContractStatus.COMPLETED, endDate: '2026-06-10' }))).toEqual([]);
      expect(of(active(0, { status: ContractStatus.BROKEN, brokenOn: '2026-05-01' }))).toEqual([]);
    });
  });

  describe('CONTRACT_BREAK_FOLLOW_UP', () => {
    const broken = (followUp: ContractAlertFacts['followUp']) =>
      contract({ status: ContractStatus.BROKEN, startDate: '2026-01-05', brokenOn: '2026-05-20', followUp });
    it('asks for the open follow-up until its date, then turns to danger; nothing once closed', () => {
      expect(of(broken({ dueOn: '2026-06-04', closedOn: null }))).toEqual([
        {
          code: AlertCode.CONTRACT_BREAK_FOLLOW_UP,
          severity: 'warning',
          message:
            'Contrat de professionnalisation rompu le 20/05/2026 : informez l’OPCO et décidez d’une réorientation ' +
            'avec la personne avant le 04/06/2026 (dans 3 jours), puis clôturez le suivi.',
          dueDate: '2026-06-04',
        },
      ]);
      expect(of(broken({ dueOn: '2026-06-01', closedOn: null }))[0].severity).toBe('warning');
      expect(of(broken({ dueOn: '2026-05-31', closedOn: null }))[0]).toMatchObject({
        severity: 'danger',
        message: expect.stringMatching(/avec la personne \(à faire depuis le 31\/05\/2026, il y a 1 jour\), puis/),
      });
      expect(of(broken({ dueOn: '2026-05-31', closedOn: '2026-05-30' }))).toEqual([]);
    });
    it('still shows after the person’s exit', () =>
      expect(
        alerts({ stage: PathwayStage.EXITED, contracts: [broken({ dueOn: '2026-06-04', closedOn: null })] }).map(
          (a) => a.code,
        ),
      ).toEqual([AlertCode.CONTRACT_BREAK_FOLLOW_UP]));
  });
});

describe('sortAlerts', () => {
  const a = (severity: Alert['severity'], dueDate: string | null, code = AlertCode.FOLLOW_UP_DUE): Alert => ({
    code,
    severity,
    message: '',
    dueDate,
  });
  it('keeps the original order between equals', () => {
    const first = a('warning', null, AlertCode.PROOF_EXPIRED);
    const second = a('warning', null, AlertCode.ATTENDANCE_BEHIND);
    expect(
      sortAlerts([first, second, a('danger', '2026-02-01'), a('danger', '2026-01-01')]).map((x) => x.dueDate),
    ).toEqual(['2026-01-01', '2026-02-01', null, null]);
    expect(sortAlerts([first, second])).toEqual([first, second]);
  });
});

describe('alertsFromFacts and nextDeadlineOf (moved from the stages module, ADR 0012)', () => {
  it('computes with the stage given apart from the facts, and finds the earliest due date', async () => {
    const { alertsFromFacts, nextDeadlineOf } = await import('./alerts');
    const { stage: _stage, ...facts } = { ...quiet, lastFollowUpDate: '2025-01-01' };
    const found = alertsFromFacts(facts, PathwayStage.TRAINING, today);
    expect(found).toEqual(computeAlerts({ ...facts, stage: PathwayStage.TRAINING }, today));
    expect(nextDeadlineOf([])).toBeNull();
    const a = { dueDate: '2026-07-01' } as Alert;
    const b = { dueDate: '2026-06-15' } as Alert;
    const c = { dueDate: null } as unknown as Alert;
    expect(nextDeadlineOf([a, c, b])).toBe('2026-06-15');
    expect(nextDeadlineOf([c])).toBeNull();
  });
});
