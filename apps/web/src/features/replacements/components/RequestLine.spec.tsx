import { requirementsLabel } from './RequestLine';

describe('requirementsLabel: what a replacement request requires, in one line', () => {
  it('names each block with the minimum level, then each clearance by its label', () => {
    expect(
      requirementsLabel({
        requiredBlocks: [{ code: 'BC03', title: 'Gérer la relation aux locataires' }],
        minLevelLabel: 'En progression',
        requiredClearances: ['SST'],
      }),
    ).toBe(
      'Exige : BC03 « Gérer la relation aux locataires » (au moins En progression) · Sauveteur secouriste du travail (SST)',
    );
  });

  it('says nothing when the request requires nothing', () => {
    expect(
      requirementsLabel({ requiredBlocks: [], minLevelLabel: 'En progression', requiredClearances: [] }),
    ).toBeNull();
  });
});
