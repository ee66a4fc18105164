import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, type ValidatorOptions, validateSync } from 'class-validator';
import type { FieldError } from '@tremplin/domain';
import { BadUserInputError } from '../errors/app-errors';
import { inputGuardErrors } from './input-guard';

/** The messages class-validator writes in English, in French. */
function french(constraint: string, message: string, property: string): string {
  if (constraint === 'whitelistValidation') return `Le champ « ${property} » n’existe pas : retirez-le de la saisie.`;
  return message;
}

export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: french(constraint, message, e.property),
    }));
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
  const refused = inputGuardErrors(input, '');
  const errors = refused.length ? refused : validateSync(input, VALIDATOR_OPTIONS);
  return { input, errors: firstPerField(flatten(errors)) };
}

/**
 * Validates every input with class-validator. A refusal is a BAD_USER_INPUT error whose `fieldErrors` list each
 * field and its French message; unknown properties are refused; nothing reaches a service unvalidated.
 */
/** `GqlParamtype.ARGS` of @nestjs/graphql, which does not export its enum. */
const GRAPHQL_ARGS = 3;

/**
 * The arguments of a resolver or a controller (not the context, the parent object nor the GraphQL info): every one
 * goes through the input guard (input-guard.ts), primitives included (an ID, a cursor, a list of ids).
 */
function isInput(metadata: ArgumentMetadata): boolean {
  const type: unknown = metadata.type;
  return type === GRAPHQL_ARGS || type === 'body' || type === 'query' || type === 'param';
}

class GuardedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isInput(metadata) && !this.toValidate(metadata)) {
      const errors = inputGuardErrors(value, metadata.data ?? 'input');
      if (errors.length) throw await this.exceptionFactory(errors);
    }
    return super.transform(value, metadata);
  }

  /** The guard's refusals alone when there are any (no validator sees a hostile value), else class-validator's. */
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const refused = inputGuardErrors(object, '');
    return refused.length ? refused : super.validate(object, options);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new GuardedValidationPipe({
    transform: true,
    ...VALIDATOR_OPTIONS,
    exceptionFactory: (errors) => new BadUserInputError(firstPerField(flatten(errors))),
  });
}
