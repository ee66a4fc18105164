import { TONES } from '@tremplin/web-ui';
import { formatIsoDateFr, STRUCTURE_KIND_LABELS, StructureKind } from '@tremplin/domain';
import { type ApiProblem, problemOf } from '../../app/graphql-errors';
import type { PersonIntakeQuery } from '../../gql/graphql';

export type IntakePerson = PersonIntakeQuery['person'];

/** Runs a mutation for a form: null when saved, the API's refusal otherwise (so the form keeps what was typed). */
export async function saveWith(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

/** `14/03/2026`, or the given fallback for an empty date. */
export function frDate(iso: string | null | undefined, fallback = '—'): string {
  return iso ? formatIsoDateFr(iso) : fallback;
}

/** `une association intermédiaire`, `un atelier et chantier d’insertion` — to use inside a sentence. */
export function aStructureKindName(kind: StructureKind): string {
  const label = STRUCTURE_KIND_LABELS[kind];
  const name = label.charAt(0).toLowerCase() + label.slice(1);
  return `${kind === StructureKind.ACI || kind === StructureKind.GEIQ ? 'un' : 'une'} ${name}`;
}

/**
 * Text colours for « fine » and « to watch »: Mantine's green.9 (4.37:1) and orange.9 (4.30:1) fall just under the
 * 4.5:1 AA contrast on white for small text such as badges and hints, so these are one step darker.
 */
export const TONE_OK = TONES.success;
export const TONE_WARN = TONES.warning;
