import { generateInitialPassword } from './initial-password';

describe('generateInitialPassword', () => {
  it('gives four groups of five unambiguous characters', () => {
    const password = generateInitialPassword();
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}$/);
    expect(password).not.toMatch(/[0O1lI]/);
  });

  it('never gives the same password twice in a thousand draws', () => {
    const drawn = new Set(Array.from({ length: 1000 }, () => generateInitialPassword()));
    expect(drawn.size).toBe(1000);
  });
});
