import { GraphQLError } from 'graphql';
import { ERROR_MESSAGES } from '@tremplin/domain';
import { createFormatError, frenchInputMessage } from './format-error';

/** A resolver error as Apollo hands it to formatError: wrapped, with the original inside. */
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['m'] });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('formatError', () => {
  const format = createFormatError({ hideSchemaDetails: false });
  const formatted = (e: GraphQLError) => format(e.toJSON(), e);

  it('answers a data exception of PostgreSQL (class 22) as BAD_USER_INPUT, an id that is no UUID as NOT_FOUND', () => {
    expect(formatted(wrapped(pgError('22003', 'numeric field overflow')))).toEqual({
      message: ERROR_MESSAGES.invalidValue,
      path: ['m'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted(wrapped(pgError('22P02', 'invalid input syntax for type uuid: "x"'))).extensions).toEqual({
      code: 'NOT_FOUND',
    });
    // Any other database error stays internal.
    expect(formatted(wrapped(pgError('42P01', 'relation "x" does not exist'))).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('answers graphql-js’s « too many errors » on variables as BAD_USER_INPUT', () => {
    const e = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(formatted(e)).toEqual({
      message: ERROR_MESSAGES.tooManyVariableErrors,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('translates an extra or a missing input field', () => {
    expect(
      frenchInputMessage(
        'Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "CreatePersonInput". Did you mean "a"?',
      ),
    ).toBe('Le champ « x » n’existe pas dans « CreatePersonInput » : retirez-le de la saisie.');
    expect(frenchInputMessage('Field "CreatePersonInput.lastName" of required type "String!" was not provided.')).toBe(
      'Le champ « lastName » de « CreatePersonInput » est obligatoire.',
    );
    expect(frenchInputMessage('Something else')).toBeNull();
  });
});
