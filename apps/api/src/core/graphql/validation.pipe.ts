import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldError } from '@tremplin/domain';
import { BadUserInputError } from '../errors/app-errors';

export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
} as const;

/** One message per field, in the order of the input. */
function firstPerField(fieldErrors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return fieldErrors.filter((f) => (seen.has(f.field) ? false : (seen.add(f.field), true)));
}

/**
 * An input checked outside a GraphQL request exactly as the pipe checks it (same decorators, options and messages):
 * the caseload import feeds each row to the forms' own inputs. Returns the transformed input and its field errors.
 */
export function validateInput<T extends object>(cls: new () => T, plain: object): { input: T; errors: FieldError[] } {
  const input = plainToInstance(cls, plain);
  return { input, errors: firstPerField(flatten(validateSync(input, VALIDATOR_OPTIONS))) };
}

/**
 * Validates every input with class-validator. A refusal is a BAD_USER_INPUT error whose `fieldErrors` list each
 * field and its French message; unknown properties are refused; nothing reaches a service unvalidated.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    ...VALIDATOR_OPTIONS,
    exceptionFactory: (errors) => new BadUserInputError(firstPerField(flatten(errors))),
  });
}
