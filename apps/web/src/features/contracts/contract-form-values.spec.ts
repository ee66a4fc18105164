import { ContractCerfaKind, ContractForm, ContractPublic } from '@tremplin/domain';
import {
  CONTRACT_FIELD_ORDER,
  contractSections,
  contractToValues,
  convertContractValues,
  emptyContractValues,
  fieldReadError,
  type StoredContract,
} from './contract-form-values';

const sections = contractSections({ certifications: [], structureTutors: [], hostTutors: [], opcos: [] });
const spec = (name: string) => sections.flatMap((s) => s.fields).find((f) => f.name === name)!;

const stored: StoredContract = {
  cerfaKind: ContractCerfaKind.INITIAL,
  form: ContractForm.CDD,
  publicCategory: ContractPublic.STANDARD,
  employerSiret: '73282932000074',
  workplaceSiret: '73282932000074',
  collectiveAgreement: null,
  jobTitle: 'Agent·e de propreté',
  franceTravailId: null,
  startDate: '2026-03-02',
  endDate: '2026-12-31',
  trialPeriodDays: 30,
  weeklyMinutes: 2100,
  grossMonthlyPayCents: 180180,
  certificationId: 'cert-1',
  trainingBodyName: 'AFPA',
  trainingBodySiret: null,
  plannedTrainingMinutes: 21030,
  branchAgreementReference: null,
  branchAgreementMaxTrainingPercent: null,
  structureTutorId: null,
  hostTutorId: 'tutor-1',
  hostTutorExperienceMonths: 36,
  hostTutorIsEmployer: false,
  opcoFunderId: null,
  opcoFileNumber: null,
  hourlyRateCents: null,
};

describe('contract form values', () => {
  it('has a field in the form for every field of the API’s input', () => {
    expect(Object.keys(contractToValues(stored)).sort()).toEqual([...CONTRACT_FIELD_ORDER].sort());
    expect(Object.keys(emptyContractValues(null)).sort()).toEqual([...CONTRACT_FIELD_ORDER].sort());
  });

  it('shows a stored contract as a person types it', () => {
    expect(contractToValues(stored)).toMatchObject({
      cerfaKind: '1',
      startDate: '02/03/2026',
      weeklyMinutes: '35',
      plannedTrainingMinutes: '350 h 30',
      grossMonthlyPayCents: '1801,80',
      collectiveAgreement: '',
      hostTutorExperienceMonths: '36',
      hostTutorIsEmployer: false,
    });
  });

  it('sends back what was stored (dates ISO, minutes, cents, null when empty)', () => {
    const { input, errors } = convertContractValues(contractToValues(stored), sections);
    expect(errors).toEqual({});
    expect(input).toEqual(stored);
  });

  it('starts a new contract as a first CDD for the person’s target certification', () => {
    expect(emptyContractValues('cert-9')).toMatchObject({
      cerfaKind: '1',
      form: 'CDD',
      certificationId: 'cert-9',
      jobTitle: '',
      hostTutorIsEmployer: false,
    });
  });

  it('says in French what cannot be read, field by field', () => {
    const values = {
      ...contractToValues(stored),
      jobTitle: '  ',
      employerSiret: '732 829 320 00075',
      startDate: '31/02/2026',
      weeklyMinutes: 'trente',
      trialPeriodDays: '1,5',
    };
    const { input, errors } = convertContractValues(values, sections);
    expect(input).toBeNull();
    expect(errors).toEqual({
      jobTitle: 'Emploi occupé : champ obligatoire.',
      employerSiret:
        'SIRET de l’employeur : ce SIRET n’existe pas (sa clé de contrôle est fausse) : vérifiez les chiffres.',
      startDate: 'Début du contrat : saisissez une date réelle au format jj/mm/aaaa, par exemple 14/03/2026.',
      weeklyMinutes: 'Durée hebdomadaire (heures) : saisissez des heures, par exemple 350 ou 350 h 30.',
      trialPeriodDays: 'Période d’essai (jours) : saisissez un nombre entier, sans signe ni virgule.',
    });
    expect(fieldReadError(spec('workplaceSiret'), '123')).toBe(
      'SIRET du lieu d’exécution : un SIRET compte 14 chiffres, 3 saisis.',
    );
    expect(fieldReadError(spec('trialPeriodDays'), '400')).toBe(
      'Période d’essai (jours) : saisissez un nombre entre 0 et 365.',
    );
  });
});
