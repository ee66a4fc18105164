import {
  checkPersonForm,
  EMPTY_PERSON,
  type PersonFormValues,
  personToFormValues,
  toPersonInput,
} from './person-form-values';

const TODAY = '2026-12-06';
const filled: PersonFormValues = {
  ...EMPTY_PERSON,
  firstName: ' Amina ',
  lastName: 'Diallo',
  birthDate: '14/03/1988',
  email: 'amina.diallo@exemple.fr',
  phone: '06 12 34 56 78',
  postalCode: '76000',
};

describe('person form values', () => {
  it('reads a stored person as the form shows it (French date, empty strings for what is not recorded)', () => {
    expect(
      personToFormValues({
        firstName: 'Amina',
        lastName: 'Diallo',
        birthDate: '1988-03-14',
        sex: null,
        city: 'Rouen',
        counsellor: { id: 'c1' },
      }),
    ).toEqual({
      ...EMPTY_PERSON,
      firstName: 'Amina',
      lastName: 'Diallo',
      birthDate: '14/03/1988',
      city: 'Rouen',
      counsellorId: 'c1',
    });
  });

  it('accepts a complete, valid form', () => {
    expect(checkPersonForm(filled, TODAY)).toEqual({});
  });

  it('says in French what is missing or malformed, field by field', () => {
    const errors = checkPersonForm(
      { ...EMPTY_PERSON, birthDate: '1988-03-14', email: 'amina@', phone: '12', postalCode: '760' },
      TODAY,
    );
    expect(errors).toEqual({
      firstName: 'Le prénom est obligatoire.',
      lastName: 'Le nom est obligatoire.',
      birthDate: 'Saisissez la date de naissance au format jj/mm/aaaa, par exemple 14/03/1988.',
      email: 'L’adresse e-mail n’est pas valide : elle doit ressembler à prenom.nom@exemple.fr.',
      phone: 'Le numéro de téléphone n’est pas valide : 10 chiffres, par exemple 06 12 34 56 78.',
      postalCode: 'Le code postal doit compter 5 chiffres, par exemple 76000.',
    });
  });

  it('applies the shared birth-date rules (no date in the future)', () => {
    expect(checkPersonForm({ ...filled, birthDate: '01/01/2030' }, TODAY).birthDate).toBe(
      'La date de naissance est dans le futur : vérifiez l’année.',
    );
  });

  it('sends trimmed values, the birth date in ISO form and null for empty optional fields', () => {
    expect(toPersonInput(filled)).toEqual({
      firstName: 'Amina',
      lastName: 'Diallo',
      birthDate: '1988-03-14',
      sex: null,
      email: 'amina.diallo@exemple.fr',
      phone: '06 12 34 56 78',
      addressLine: null,
      postalCode: '76000',
      city: null,
      counsellorId: null,
    });
    // A date that cannot be read is sent as typed, so that the server explains the refusal.
    expect(toPersonInput({ ...filled, birthDate: ' 31/02 ' }).birthDate).toBe('31/02');
  });
});
