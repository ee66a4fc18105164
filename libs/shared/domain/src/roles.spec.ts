import { hasPermissions, Permission, Role } from './roles';
import { isValidSiret } from './siret';

describe('permission catalogue', () => {
  it('lets counsellors and directors read and write persons', () => {
    for (const role of [Role.COUNSELLOR, Role.DIRECTOR])
      expect(hasPermissions(role, [Permission.PERSON_READ, Permission.PERSON_WRITE])).toBe(true);
  });
  it('denies persons to partner reviewers and administrators', () => {
    expect(hasPermissions(Role.PARTNER_REVIEWER, [Permission.PERSON_READ])).toBe(false);
    expect(hasPermissions(Role.ADMINISTRATOR, [Permission.PERSON_READ])).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts a valid SIRET and refuses a wrong checksum or length', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
  });
});
