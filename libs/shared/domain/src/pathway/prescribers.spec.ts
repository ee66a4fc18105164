import { maskedPrescriberKind, PRESCRIBER_KINDS, PrescriberKind } from './prescribers';

describe('prescriber kinds', () => {
  it('labels every kind in French', () => {
    for (const kind of Object.values(PrescriberKind)) expect(PRESCRIBER_KINDS[kind].label.length).toBeGreaterThan(2);
    expect(PRESCRIBER_KINDS[PrescriberKind.SPONTANEOUS].label).toBe('Candidature spontanée');
    expect(PRESCRIBER_KINDS[PrescriberKind.AUTHORISED_OTHER].label).toBe('Autre prescripteur habilité');
  });

  it.each([
    PrescriberKind.ASE,
    PrescriberKind.CAARUD,
    PrescriberKind.CIDFF,
    PrescriberKind.CSAPA,
    PrescriberKind.PJJ,
    PrescriberKind.PREVENTION,
    PrescriberKind.SPIP,
    PrescriberKind.CHRS,
    PrescriberKind.FAMILY_BOARDING_HOUSE,
    // Disability (RQTH), minimum social benefits and social aid (issue 14, point 12).
    PrescriberKind.CAP_EMPLOI,
    PrescriberKind.CCAS,
    PrescriberKind.CAF,
    PrescriberKind.DEPARTMENT,
  ])('masks the sensitive kind %p as OTHER', (kind) => {
    expect(PRESCRIBER_KINDS[kind].sensitive).toBe(true);
    expect(maskedPrescriberKind(kind)).toBe(PrescriberKind.OTHER);
  });

  it.each([PrescriberKind.FRANCE_TRAVAIL, PrescriberKind.MISSION_LOCALE, PrescriberKind.PLIE])(
    'shows the mainstream kind %p as it is',
    (kind) => expect(maskedPrescriberKind(kind)).toBe(kind),
  );

  it('keeps OTHER itself unmasked and not sensitive', () => {
    expect(PRESCRIBER_KINDS[PrescriberKind.OTHER].sensitive).toBe(false);
    expect(maskedPrescriberKind(PrescriberKind.OTHER)).toBe(PrescriberKind.OTHER);
  });
});
