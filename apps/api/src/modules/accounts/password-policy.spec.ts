import { passwordProblem } from './password-policy';

describe('password policy (CNIL 2022: 12 characters and zxcvbn-ts score ≥ 3)', () => {
  const person = { email: 'claire.martin@asso-rouen.fr', firstName: 'Claire', lastName: 'Martin' };

  it('refuses fewer than 12 characters, in French', () => {
    expect(passwordProblem('Zx9!kq2#Lm', person)).toBe('Le mot de passe doit compter au moins 12 caractères.');
  });

  it('refuses common passwords, keyboard walks and French words of 12 characters or more', () => {
    for (const weak of ['azertyuiop123', 'motdepasse123', '123456789012', 'soleilsoleil'])
      expect(passwordProblem(weak, person)).toMatch(/^Ce mot de passe est trop facile à deviner/);
  });

  it('counts the person’s own name and e-mail as known words', () => {
    expect(passwordProblem('claire.martin2026', person)).toMatch(/trop facile à deviner/);
    expect(passwordProblem('claire.martin2026', {})).toBeNull();
  });

  it('accepts a passphrase and a random password', () => {
    expect(passwordProblem('cheval agrafe batterie correcte', person)).toBeNull();
    expect(passwordProblem('Kx7mP-q9rTz-w4HnB', person)).toBeNull();
  });
});
