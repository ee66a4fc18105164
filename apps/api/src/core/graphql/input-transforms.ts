import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@tremplin/domain';

/** Text input: trimmed. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Optional text input: trimmed, and an empty string means "no value". */
export const trimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};

/** A day of the calendar written `AAAA-MM-JJ` that exists (no 30 February). `what` names it in the message. */
export function IsIsoDay(what: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDay',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && args.value !== ''
            ? `${what} n’existe pas : saisissez une date réelle (AAAA-MM-JJ).`
            : `${what} est obligatoire.`,
      },
    });
}
