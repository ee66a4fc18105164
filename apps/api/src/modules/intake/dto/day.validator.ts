import { registerDecorator, type ValidationOptions } from 'class-validator';
import { todayInParis } from '@tremplin/domain';
import { checkDay } from '../intake-rules';

/**
 * A day `AAAA-MM-JJ` that exists; with `notFuture`, not after today (Paris calendar). `what` names the date inside
 * the French message (« la date d’orientation »).
 */
export function IsDay(what: string, options: { notFuture?: boolean } = {}, validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDay',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => checkDay(value, what, todayInParis(), options) === null,
        defaultMessage: (args) => checkDay(args?.value, what, todayInParis(), options) ?? '',
      },
    });
}
