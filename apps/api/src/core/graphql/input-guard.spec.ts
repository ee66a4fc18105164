import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { ErrorCode } from '@tremplin/domain';
import type { BadUserInputError } from '../errors/app-errors';
import { IsIsoDay } from './input-transforms';
import { OptionalText, PersonName } from './text-fields';
import { createValidationPipe, validateInput } from './validation.pipe';

class Line {
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  comment?: string | null;

  @IsInt({ message: 'Les minutes doivent être un nombre entier.' })
  minutes!: number;
}

class Sample {
  @PersonName('Le nom')
  lastName!: string;

  @OptionalText('Les notes', 2000, { plural: true })
  notes?: string | null;

  @IsOptional()
  @IsString()
  code?: string;

  @IsOptional()
  @IsIsoDay('La date de naissance')
  birthDate?: string;

  @IsOptional()
  @IsInt()
  @Min(-10)
  offset?: number;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines?: Line[];
}

const errorsOf = (plain: Record<string, unknown>) => validateInput(Sample, { lastName: 'Dupont', ...plain }).errors;

describe('input guard (every text, number and date of every input)', () => {
  it('accepts ordinary French text, line breaks in free text, and emoji joiners there', () => {
    expect(errorsOf({ lastName: 'Le Bœuf-N’Diaye', notes: 'Ligne 1\nLigne 2\tfin 👩‍🍳' })).toEqual([]);
  });

  it('refuses NUL and other control characters, naming the field in French', () => {
    expect(errorsOf({ lastName: 'Dup\u0000ont' })).toEqual([
      { field: 'lastName', message: 'Le nom contient un caractère de contrôle (U+0000) : retirez-le.' },
    ]);
    expect(errorsOf({ notes: 'bip\u0007' })[0].message).toBe(
      'Les notes contiennent un caractère de contrôle (U+0007) : retirez-le.',
    );
    expect(errorsOf({ lastName: 'Du\npont' })[0].message).toBe(
      'Le nom tient sur une ligne : retirez les retours à la ligne et les tabulations.',
    );
  });

  it('refuses a lone surrogate, and keeps validators from seeing a refused value', () => {
    expect(errorsOf({ notes: 'a\ud800' })).toEqual([
      { field: 'notes', message: 'Les notes contiennent un caractère invalide (U+D800) : saisissez-le à nouveau.' },
    ]);
  });

  it('refuses bidirectional controls everywhere, free text included', () => {
    expect(errorsOf({ lastName: 'Dupont\u202Egnp.exe' })[0]).toEqual({
      field: 'lastName',
      message:
        'Le nom contient un caractère qui inverse le sens d’écriture (U+202E) : retirez-le (il peut faire passer un texte pour un autre).',
    });
    for (const c of ['\u202A', '\u202D', '\u2066', '\u2069'])
      expect(errorsOf({ notes: `a${c}b` })[0]?.field).toBe('notes');
  });

  it('refuses zero-width characters in names and identifiers, and names an undecorated field by its key', () => {
    expect(errorsOf({ lastName: 'Du\u200Bpont' })[0].message).toBe(
      'Le nom contient un caractère invisible (U+200B) : retirez-le.',
    );
    for (const c of ['\u200C', '\u200D', '\u2060', '\uFEFF'])
      expect(errorsOf({ code: `A${c}1` })).toEqual([
        {
          field: 'code',
          message: `Le champ « code » contient un caractère invisible (U+${c.charCodeAt(0).toString(16).toUpperCase()}) : retirez-le.`,
        },
      ]);
  });

  it('checks nested lines by their path and turns \\r\\n into \\n in free text', () => {
    const { input, errors } = validateInput(Sample, {
      lastName: 'Dupont',
      notes: 'a\r\nb',
      lines: [
        { comment: 'ok\r\nok', minutes: 5 },
        { comment: 'x', minutes: -5 },
      ],
    });
    expect(input.notes).toBe('a\nb');
    expect(input.lines?.[0].comment).toBe('ok\nok');
    expect(errors).toEqual([
      { field: 'lines.1.minutes', message: 'Les minutes : une valeur négative n’est pas acceptée.' },
    ]);
  });

  it('refuses negative numbers unless the field sets its own lower bound', () => {
    expect(errorsOf({ offset: -3 })).toEqual([]);
    expect(errorsOf({ offset: -11 })[0].field).toBe('offset');
  });

  it('refuses days outside 1900-01-01..2100-12-31, decorated or not', () => {
    expect(errorsOf({ birthDate: '1900-01-01' })).toEqual([]);
    expect(errorsOf({ birthDate: '2100-12-31' })).toEqual([]);
    expect(errorsOf({ birthDate: '1899-12-31' })).toEqual([
      {
        field: 'birthDate',
        message: 'La date de naissance doit être entre le 1er janvier 1900 et le 31 décembre 2100.',
      },
    ]);
    expect(errorsOf({ birthDate: '2101-01-01' })[0].field).toBe('birthDate');
    expect(errorsOf({ code: '0000-01-01' })[0].field).toBe('code');
    expect(errorsOf({ code: '20000-01-01' })[0].field).toBe('code');
  });

  it('translates the refusal of an unknown property', () => {
    expect(errorsOf({ extra: 1 })).toEqual([
      { field: 'extra', message: 'Le champ « extra » n’existe pas : retirez-le de la saisie.' },
    ]);
  });

  describe('the validation pipe', () => {
    const pipe = createValidationPipe();
    const refusal = async (value: unknown, metadata: Parameters<typeof pipe.transform>[1]) => {
      try {
        await pipe.transform(value, metadata);
      } catch (e) {
        return {
          code: (e as BadUserInputError).extensions['code'],
          fieldErrors: (e as BadUserInputError).extensions['fieldErrors'],
        };
      }
      return null;
    };
    const ARGS = 3 as unknown as 'custom'; // GqlParamtype.ARGS

    it('checks primitive arguments (an id, a cursor, a list of ids) too', async () => {
      expect(await refusal('abc\u0000', { type: ARGS, metatype: String, data: 'id' })).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        fieldErrors: [
          { field: 'id', message: 'L’identifiant contient un caractère de contrôle (U+0000) : retirez-le.' },
        ],
      });
      expect(
        await refusal(['00000000-0000-0000-0000-000000000000', 'b\u202E'], {
          type: ARGS,
          metatype: Array,
          data: 'ids',
        }),
      ).toMatchObject({
        fieldErrors: [{ field: 'ids.1' }],
      });
      expect(await refusal(-1, { type: ARGS, metatype: Number, data: 'first' })).toMatchObject({
        fieldErrors: [{ field: 'first', message: 'Le champ « first » : une valeur négative n’est pas acceptée.' }],
      });
      // An id that is no UUID is the services' business (NOT_FOUND, as one of another structure).
      expect(await refusal('pas-un-id', { type: ARGS, metatype: String, data: 'id' })).toBeNull();
      expect(
        await refusal('0b9c3a6e-2f4d-4a8e-9c1b-5d7e8f9a0b1c', { type: ARGS, metatype: String, data: 'id' }),
      ).toBeNull();
    });

    it('checks input objects, and leaves the context alone', async () => {
      expect(await refusal({ lastName: 'A\u200Db' }, { type: ARGS, metatype: Sample, data: 'input' })).toMatchObject({
        fieldErrors: [{ field: 'lastName' }],
      });
      expect(
        await refusal({ raw: '\u0000' }, { type: 1 as unknown as 'custom', metatype: Object, data: undefined }),
      ).toBeNull();
    });
  });
});
