import { SkillLevel } from '@tremplin/domain';
import {
  checkReplacementForm,
  EMPTY_REPLACEMENT_FORM,
  readHours,
  readLocalInstant,
  type ReplacementFormValues,
} from './replacement-form';

/** A night watch: Tuesday 12 January 2027, 21:00 → Wednesday 13, 07:00, answer before 19:00 (local times). */
const NIGHT: ReplacementFormValues = {
  ...EMPTY_REPLACEMENT_FORM,
  party: 'org-1',
  siteId: 'site-1',
  jobLabel: '  Veilleur de nuit ',
  startsAt: '2027-01-12T21:00',
  endsAt: '2027-01-13T07:00',
  hours: '10',
  blockIds: ['b1', 'b2', 'b1'],
  minLevel: SkillLevel.PROGRESSING,
  clearances: ['SST'],
  answerBy: '2027-01-12T19:00',
};
const NOW = new Date('2027-01-10T08:00:00');
const check = (o: Partial<ReplacementFormValues>, now = NOW) =>
  checkReplacementForm({ ...NIGHT, ...o }, now, 'choisissez l’employeur.');

describe('the replacement request form', () => {
  it('turns a night across midnight into the API’s input (instants, minutes, blocks once)', () => {
    const { errors, input } = check({});
    expect(errors).toEqual({});
    expect(input).toEqual({
      siteId: 'site-1',
      jobLabel: 'Veilleur de nuit',
      startsAt: new Date('2027-01-12T21:00').toISOString(),
      endsAt: new Date('2027-01-13T07:00').toISOString(),
      minutes: 600,
      requiredBlockIds: ['b1', 'b2'],
      minLevel: 'PROGRESSING',
      requiredClearances: ['SST'],
      answerBy: new Date('2027-01-12T19:00').toISOString(),
    });
    expect(check({ hours: '7,5' }).input?.minutes).toBe(450);
  });

  it('names every missing field, in French', () => {
    const { errors, input } = checkReplacementForm(EMPTY_REPLACEMENT_FORM, NOW, 'choisissez la structure.');
    expect(input).toBeNull();
    expect(errors).toEqual({
      party: 'choisissez la structure.',
      siteId: 'choisissez le site.',
      jobLabel: 'champ obligatoire.',
      startsAt: 'saisissez la date et l’heure de début.',
      endsAt: 'saisissez la date et l’heure de fin.',
      minutes: 'champ obligatoire.',
      answerBy: 'saisissez l’heure limite de réponse.',
    });
  });

  it('says which rule failed, and by how much', () => {
    expect(check({ endsAt: '2027-01-12T20:00' }).errors).toEqual({
      endsAt: 'la fin doit être après le début (une nuit finit le lendemain).',
    });
    expect(check({ hours: '11' }).errors).toEqual({
      minutes: 'les heures dépassent la durée du créneau (10 h) de 1 h.',
    });
    expect(check({ hours: '25' }).errors.minutes).toBe('un remplacement compte au plus 24 h (saisi : 25 h).');
    expect(check({ hours: 'dix' }).errors.minutes).toBe('saisissez un nombre d’heures, par exemple 7,5.');
    expect(check({ hours: '0' }).errors.minutes).toBe('saisissez les heures travaillées (plus de 0 h).');
    expect(check({ answerBy: '2027-01-12T22:00' }).errors).toEqual({
      answerBy: 'l’heure limite de réponse doit précéder le début du remplacement.',
    });
    expect(check({}, new Date('2027-01-12T19:30:00')).errors).toEqual({
      answerBy: 'l’heure limite de réponse est déjà passée.',
    });
    expect(check({ jobLabel: 'x'.repeat(201) }).errors.jobLabel).toBe('200 caractères au plus (saisis : 201).');
    expect(check({ blockIds: Array.from({ length: 21 }, (_, i) => `b${i}`) }).errors.requiredBlockIds).toBe(
      'exigez au plus 20 blocs (choisis : 21).',
    );
    expect(check({ minLevel: SkillLevel.NOT_STARTED }).errors.minLevel).toBe(
      'choisissez le niveau minimum dans la liste.',
    );
    expect(check({ startsAt: '2027-13-40T25:00' }).errors.startsAt).toBe('saisissez une date et une heure réelles.');
  });

  it('reads hours and local date-times as typed', () => {
    expect(readHours('7,5')).toBe(450);
    expect(readHours(' 10 ')).toBe(600);
    expect(readHours('7.25')).toBe(435);
    expect(readHours('7h')).toBeNull();
    expect(readLocalInstant('2027-01-12T21:00')?.getTime()).toBe(new Date('2027-01-12T21:00').getTime());
    expect(readLocalInstant('12/01/2027 21:00')).toBeNull();
    expect(readLocalInstant('')).toBeNull();
  });
});
