import {
  checkHostTutorExperience,
  checkHostTutorLoad,
  HOST_TUTOR_MAX_TRAINEES,
  TUTOR_SIDE_LABELS,
  tutorCapApplies,
  TutorSide,
} from './tutoring';

describe('checkHostTutorLoad', () => {
  it.each([0, 1, 2])('lets a tutor with %p trainees take one more', (n) => expect(checkHostTutorLoad(n)).toBeNull());
  it('refuses a 4th trainee', () => {
    expect(HOST_TUTOR_MAX_TRAINEES).toBe(3);
    expect(checkHostTutorLoad(3)).toBe(
      'Ce·tte tuteur·rice accompagne déjà 3 salarié·es : 3 au plus par tuteur·rice. Choisissez un·e autre tuteur·rice ou terminez un tutorat.',
    );
    expect(checkHostTutorLoad(4)).toMatch(/^Ce·tte tuteur·rice accompagne déjà 4 salarié·es/);
  });
  it('caps an employer tutoring in person at 2', () => {
    expect(checkHostTutorLoad(1, { employerTutor: true })).toBeNull();
    expect(checkHostTutorLoad(2, { employerTutor: true })).toMatch(
      /déjà 2 salarié·es : 2 au plus quand l’employeur·se est tuteur·rice en personne\./,
    );
  });
});

describe('double tutoring', () => {
  it('applies the caps to the host side only', () => {
    expect(tutorCapApplies(TutorSide.HOST)).toBe(true);
    expect(tutorCapApplies(TutorSide.STRUCTURE)).toBe(false);
    expect(TUTOR_SIDE_LABELS[TutorSide.HOST]).toBe('Tuteur·rice de l’entreprise d’accueil');
  });
  it('asks 2 years of experience of a host tutor', () => {
    expect(checkHostTutorExperience(24)).toBeNull();
    expect(checkHostTutorExperience(23)).toMatch(/a 23 mois d’expérience : il en faut 24 \(2 ans\).*il manque 1 mois/);
  });
});
