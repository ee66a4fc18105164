import { FundingSourceKind } from '@tremplin/domain';
import {
  AGREEMENT_FIELD_LABELS,
  AGREEMENT_FIELD_ORDER,
  agreementFormValues,
  convertAgreementValues,
  type EditedAgreement,
} from './agreement-form-values';

const agreement: EditedAgreement = {
  id: 'a1',
  version: 2,
  funderId: 'f1',
  reference: 'CONV-2026-01',
  title: 'Accompagnement renforcé',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  amountGrantedCents: 4500000,
  coFinancingRateBp: 6050,
  hourlyRateCents: null,
  sourceKinds: [FundingSourceKind.MISSION],
  scope: null,
  indicators: [],
};

describe('agreement form values', () => {
  it('labels every field of the API’s input, in the order of the form', () => {
    expect(Object.keys(AGREEMENT_FIELD_LABELS).sort()).toEqual([...AGREEMENT_FIELD_ORDER].sort());
    expect(Object.keys(agreementFormValues(agreement, undefined, [])).sort()).toEqual(
      [...AGREEMENT_FIELD_ORDER].sort(),
    );
  });

  it('shows an agreement as typed, and offers the funder’s rate for a new one', () => {
    expect(agreementFormValues(agreement, undefined, [])).toMatchObject({
      startDate: '01/01/2026',
      amountGrantedCents: '45000',
      coFinancingRateBp: '60,5',
      hourlyRateCents: '',
      sourceKinds: ['MISSION'],
    });
    const opco = { id: 'f2', name: 'OPCO', kindLabel: 'OPCO', hourlyRateCents: 915 };
    expect(agreementFormValues(undefined, 'f2', [opco])).toMatchObject({
      funderId: 'f2',
      coFinancingRateBp: '100',
      hourlyRateCents: '9,15',
    });
  });

  it('sends back the agreement (ISO dates, cents, basis points, null when empty)', () => {
    const { input, errors } = convertAgreementValues(agreementFormValues(agreement, undefined, []));
    expect(errors).toEqual({});
    expect(input).toEqual({
      funderId: 'f1',
      reference: 'CONV-2026-01',
      title: 'Accompagnement renforcé',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      amountGrantedCents: 4500000,
      coFinancingRateBp: 6050,
      hourlyRateCents: null,
      sourceKinds: ['MISSION'],
      scope: null,
      indicators: [],
    });
  });

  it('says in French what is missing or cannot be read', () => {
    const { input, errors } = convertAgreementValues({
      ...agreementFormValues(agreement, undefined, []),
      title: ' ',
      endDate: '01/12/2025',
      coFinancingRateBp: '120',
      hourlyRateCents: 'neuf',
      sourceKinds: [],
    });
    expect(input).toBeNull();
    expect(errors).toEqual({
      title: 'champ obligatoire.',
      endDate: 'la fin (01/12/2025) précède le début (01/01/2026).',
      coFinancingRateBp: 'un financeur ne prend pas en charge plus de 100 % (saisi : 120 %).',
      hourlyRateCents: 'saisissez un montant en euros, par exemple 9,15.',
      sourceKinds: 'cochez au moins une nature de dépense ou d’heures.',
    });
  });
});
