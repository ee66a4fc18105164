import { StructureKind } from '../kinds';
import { aStructureKind, days, months, ofStructureKind, structureKindName, textLength } from './wording';

describe('French wording helpers', () => {
  it('names structure kinds inside a sentence, with the right article', () => {
    expect(structureKindName(StructureKind.AI)).toBe('association intermédiaire');
    expect(aStructureKind(StructureKind.AI)).toBe('une association intermédiaire');
    expect(aStructureKind(StructureKind.ACI)).toBe('un atelier et chantier d’insertion');
    expect(aStructureKind(StructureKind.EI)).toBe('une entreprise d’insertion');
    expect(ofStructureKind(StructureKind.ETTI)).toBe('d’entreprise de travail temporaire d’insertion');
    expect(ofStructureKind(StructureKind.GEIQ)).toBe('de groupement d’employeurs pour l’insertion et la qualification');
  });
  it('agrees days and months with their count', () => {
    expect(days(1)).toBe('1 jour');
    expect(days(2)).toBe('2 jours');
    expect(months(1)).toBe('1 mois');
    expect(months(36)).toBe('36 mois');
  });
  it('measures a text as typed: trimmed, one per character', () => {
    expect(textLength('  abc  ')).toBe(3);
    expect(textLength('é👍')).toBe(2);
    expect(textLength(null)).toBe(0);
  });
});
