/** Small French wording helpers shared by the pathway messages (internal to the pathway rules). */
import { countLabel } from '../format';
import { STRUCTURE_KIND_LABELS, StructureKind } from '../kinds';
import { formatMinutes } from './format-hours';

const MASCULINE_KINDS: StructureKind[] = [StructureKind.ACI, StructureKind.GEIQ];

/** `association intermédiaire`: the structure kind label, lower-cased, to use inside a sentence. */
export function structureKindName(kind: StructureKind): string {
  const label = STRUCTURE_KIND_LABELS[kind];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** `une association intermédiaire`, `un atelier et chantier d’insertion`. */
export function aStructureKind(kind: StructureKind): string {
  return `${MASCULINE_KINDS.includes(kind) ? 'un' : 'une'} ${structureKindName(kind)}`;
}

/** `d’association intermédiaire`, `d’entreprise d’insertion` (elided before a vowel). */
export function ofStructureKind(kind: StructureKind): string {
  const name = structureKindName(kind);
  return /^[aeéiouy]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** `1 jour`, `12 jours` (with a no-break space in thousands). */
export function days(count: number): string {
  return countLabel(count, 'jour');
}

/** `1 mois`, `12 mois`. */
export function months(count: number): string {
  return countLabel(count, 'mois', 'mois');
}

/** Hours for a sentence: `12 h 30`; an alias of `formatMinutes` that reads better in templates. */
export const hours = formatMinutes;

/** Length of a free-text field as a person sees it (trimmed, one per character, emoji included). */
export function textLength(value: string | null | undefined): number {
  return [...(value ?? '').trim()].length;
}
