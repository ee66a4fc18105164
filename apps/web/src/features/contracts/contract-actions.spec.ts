import { ContractStatus, OpcoDecisionKind } from '@tremplin/domain';
import { breakFollowUpInput, breakInput, contractActionsOf, decisionInput, decisionRecorded } from './contract-actions';

const offered = (status: ContractStatus, today = '2026-03-01', renewedFromId: string | null = null) => {
  const can = contractActionsOf({ status, startDate: '2026-02-01', renewedFromId }, today);
  return Object.entries(can)
    .filter(([, yes]) => yes)
    .map(([action]) => action);
};

describe('contract actions: what is offered in each status', () => {
  it('a draft is edited and deposited; a deposited contract waits for the OPCO’s decision', () => {
    expect(offered(ContractStatus.DRAFT)).toEqual(['edit', 'submit']);
    expect(offered(ContractStatus.SUBMITTED)).toEqual(['decision']);
  });

  it('an accepted contract starts from its first day, and can be broken before', () => {
    expect(offered(ContractStatus.ACCEPTED, '2026-02-01')).toEqual(['start', 'break']);
    expect(offered(ContractStatus.ACCEPTED, '2026-01-31')).toEqual(['startLater', 'break']);
  });

  it('a running contract is completed, renewed once, or broken', () => {
    expect(offered(ContractStatus.ACTIVE)).toEqual(['complete', 'renew', 'break']);
    expect(offered(ContractStatus.ACTIVE, '2026-03-01', 'c0')).toEqual(['complete', 'renewedAlready', 'break']);
    expect(offered(ContractStatus.COMPLETED)).toEqual(['renew']);
    expect(offered(ContractStatus.BROKEN)).toEqual([]);
  });
});

describe('contract actions: the OPCO’s decision', () => {
  const contract = { id: 'c1', version: 4, decisionDueOn: '2026-03-21' };

  it('asks for the date of an explicit decision and the reason of a refusal, in French', () => {
    const read = decisionInput(
      contract,
      { decision: OpcoDecisionKind.REFUSED, decidedOn: null, refusalReason: ' ' },
      '2026-03-01',
    );
    expect(read.input).toBeNull();
    expect(read.problem?.fieldErrors).toEqual([
      { field: 'decidedOn', message: 'Date de la décision : obligatoire pour une décision explicite.' },
      { field: 'refusalReason', message: 'Motif du refus : obligatoire quand l’OPCO refuse.' },
    ]);
  });

  it('dates a tacit acceptance at the deposit + 20 days, and sends no refusal reason when accepted', () => {
    expect(
      decisionInput(
        contract,
        { decision: OpcoDecisionKind.TACIT_ACCEPTANCE, refusalReason: 'oublié', opcoFileNumber: null },
        '2026-03-25',
      ).input,
    ).toEqual({
      id: 'c1',
      version: 4,
      decision: 'TACIT_ACCEPTANCE',
      decidedOn: '2026-03-21',
      refusalReason: null,
      opcoFileNumber: null,
    });
    expect(
      decisionInput(
        contract,
        {
          decision: OpcoDecisionKind.REFUSED,
          decidedOn: '2026-03-10',
          refusalReason: 'Dossier incomplet',
          opcoFileNumber: 'OP-1',
        },
        '2026-03-25',
      ).input,
    ).toMatchObject({ decidedOn: '2026-03-10', refusalReason: 'Dossier incomplet', opcoFileNumber: 'OP-1' });
    expect(decisionRecorded(OpcoDecisionKind.ACCEPTED)).toBe(
      'La décision de l’OPCO est enregistrée : prise en charge acceptée.',
    );
  });
});

describe('contract actions: the break and its follow-up', () => {
  it('sends the break with its comment, null when empty', () => {
    expect(
      breakInput({ id: 'c1', version: 2 }, { brokenOn: '2026-04-01', reason: 'TRIAL_PERIOD', comment: null }),
    ).toEqual({
      id: 'c1',
      version: 2,
      brokenOn: '2026-04-01',
      reason: 'TRIAL_PERIOD',
      comment: null,
    });
  });

  it('closes the follow-up only once the OPCO is informed and the reorientation decided', () => {
    const refused = breakFollowUpInput(
      { id: 'f1', version: 1 },
      { close: true, opcoInformedOn: null, reorientation: '' },
    );
    expect(refused.input).toBeNull();
    expect(refused.problem?.message).toBe('Le suivi ne peut pas être clôturé.');
    expect(refused.problem?.fieldErrors.map((f) => f.message)).toEqual([
      'OPCO informé le : à renseigner avant de clôturer.',
      'Réorientation décidée : à renseigner avant de clôturer.',
    ]);
    expect(
      breakFollowUpInput(
        { id: 'f1', version: 1 },
        { close: true, opcoInformedOn: '2026-04-03', reorientation: 'Formation' },
      ).input,
    ).toEqual({ id: 'f1', version: 1, opcoInformedOn: '2026-04-03', reorientation: 'Formation', close: true });
    expect(
      breakFollowUpInput({ id: 'f1', version: 1 }, { close: false, opcoInformedOn: null, reorientation: null }).input,
    ).toEqual({
      id: 'f1',
      version: 1,
      opcoInformedOn: null,
      reorientation: null,
      close: false,
    });
  });
});
