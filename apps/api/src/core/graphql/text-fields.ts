import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim, trimOrNull } from './input-transforms';

/**
 * How the messages agree with the field's name: « La ville est trop longue », « Les prérequis sont trop longs ».
 * Masculine singular by default.
 */
export interface TextFieldGrammar {
  feminine?: boolean;
  plural?: boolean;
}

/** « 2 000 »: thousands set apart by a space, as the messages have always written them. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The French messages of a text field named `label` (with its article: « Le prénom », « L’adresse »). */
export function textFieldMessages(
  label: string,
  max: number,
  { feminine = false, plural = false }: TextFieldGrammar = {},
) {
  const is = plural ? 'sont' : 'est';
  return {
    notText: `${label} ${plural ? 'doivent' : 'doit'} être un texte.`,
    required: `${label} ${is} obligatoire${plural ? 's' : ''}.`,
    tooLong: `${label} ${is} trop long${feminine ? 'ue' : ''}${plural ? 's' : ''} (${count(max)} caractères au plus).`,
  };
}

/**
 * Decorators applied as if written one above the other on the property, the first on top (TypeScript applies a
 * written stack from the bottom up): the validators are registered, and so run, in the same order as before.
 */
function stack(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of [...decorators].reverse()) decorator(target, property);
  };
}

/** A text that must be given: trimmed, not empty, at most `max` characters. `label` names it in the messages. */
export function RequiredText(label: string, max: number, grammar?: TextFieldGrammar): PropertyDecorator {
  const m = textFieldMessages(label, max, grammar);
  return stack(
    Transform(trim),
    IsString({ message: m.notText }),
    IsNotEmpty({ message: m.required }),
    MaxLength(max, { message: m.tooLong }),
  );
}

/** A text that may be left out: trimmed, empty means none (null), at most `max` characters. */
export function OptionalText(label: string, max: number, grammar?: TextFieldGrammar): PropertyDecorator {
  const m = textFieldMessages(label, max, grammar);
  return stack(
    Transform(trimOrNull),
    IsOptional(),
    IsString({ message: m.notText }),
    MaxLength(max, { message: m.tooLong }),
  );
}

/** A first or last name (« Le prénom », « Le nom »): required, at most 100 characters. */
export function PersonName(label: string): PropertyDecorator {
  return RequiredText(label, 100);
}
