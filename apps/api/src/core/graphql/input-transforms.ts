import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@tremplin/domain';
import { dayRangeMessage, MAX_DAY, MIN_DAY } from './input-guard';

/** Text input: trimmed. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Optional text input: trimmed, and an empty string means "no value". */
export const trimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};

/**
 * A day of the calendar written `AAAA-MM-JJ` that exists (no 30 February), between 1900-01-01 and 2100-12-31 (the
 * input guard refuses any other date-shaped text too). `what` names it in the message.
 */
export function IsIsoDay(what: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDay',
      target: object.constructor,
      propertyName,
      options,
      constraints: [what], // the input guard names the field with it
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isIsoDate(value) && value >= MIN_DAY && value <= MAX_DAY,
        defaultMessage: (args) =>
          typeof args?.value === 'string' && args.value !== ''
            ? isIsoDate(args.value)
              ? dayRangeMessage(what)
              : `${what} n’existe pas : saisissez une date réelle (AAAA-MM-JJ).`
            : `${what} est obligatoire.`,
      },
    });
}
