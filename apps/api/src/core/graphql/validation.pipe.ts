import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@tremplin/domain';
import { BadUserInputError } from '../errors/app-errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates every input with class-validator. A refusal is a BAD_USER_INPUT error whose `fieldErrors` list each
 * field and its French message; unknown properties are refused; nothing reaches a service unvalidated.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      // Keep one message per field, in the order of the input.
      const seen = new Set<string>();
      return new BadUserInputError(fieldErrors.filter((f) => (seen.has(f.field) ? false : (seen.add(f.field), true))));
    },
  });
}
