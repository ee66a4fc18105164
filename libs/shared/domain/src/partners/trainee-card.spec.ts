import { traineeDisplayName } from './trainee-card';

describe('traineeDisplayName', () => {
  it('shows the first name and the initial by default', () => {
    expect(traineeDisplayName('Awa', 'Diallo', false)).toBe('Awa D.');
  });
  it('shows the full name when the person agreed', () => {
    expect(traineeDisplayName('Awa', 'Diallo', true)).toBe('Awa Diallo');
  });
  it('upper-cases an accented initial and keeps composed names whole', () => {
    expect(traineeDisplayName('Jean-Pierre', 'élie', false)).toBe('Jean-Pierre É.');
    expect(traineeDisplayName(' Lou ', '', false)).toBe('Lou');
  });
});
