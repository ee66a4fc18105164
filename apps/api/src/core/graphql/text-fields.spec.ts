import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OptionalText, PersonName, RequiredText, textFieldMessages } from './text-fields';

class Sample {
  @PersonName('Le prénom')
  firstName!: string;

  @RequiredText('L’intitulé du poste', 200)
  jobTitle!: string;

  @OptionalText('La ville', 120, { feminine: true })
  city?: string | null;

  @OptionalText('Les prérequis', 2000, { plural: true })
  requirements?: string | null;
}

const VALID = { firstName: 'Inès', jobTitle: 'Gardien·ne d’immeuble' };

/** What the API's validation pipe answers: the input as transformed, and the first message of each refused field. */
async function check(plain: Record<string, unknown>) {
  const input = plainToInstance(Sample, { ...VALID, ...plain });
  const errors = await validate(input, { stopAtFirstError: true });
  return {
    input,
    messages: Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})[0]])),
  };
}

describe('text field decorators', () => {
  it('write the French messages with the field’s gender and number', () => {
    expect(textFieldMessages('Le prénom', 100)).toEqual({
      notText: 'Le prénom doit être un texte.',
      required: 'Le prénom est obligatoire.',
      tooLong: 'Le prénom est trop long (100 caractères au plus).',
    });
    expect(textFieldMessages('La ville', 120, { feminine: true }).tooLong).toBe(
      'La ville est trop longue (120 caractères au plus).',
    );
    expect(textFieldMessages('Les prérequis', 2000, { plural: true })).toEqual({
      notText: 'Les prérequis doivent être un texte.',
      required: 'Les prérequis sont obligatoires.',
      tooLong: 'Les prérequis sont trop longs (2 000 caractères au plus).',
    });
  });

  it('accept trimmed texts, and take an empty optional text for none', async () => {
    const { input, messages } = await check({ firstName: '  Inès ', city: '   ', requirements: ' Permis B ' });
    expect(messages).toEqual({});
    expect(input).toMatchObject({ firstName: 'Inès', city: null, requirements: 'Permis B' });
    expect((await check({ city: null })).messages).toEqual({});
  });

  it('refuse a missing or blank required text: « … est obligatoire. »', async () => {
    expect((await check({ firstName: '   ' })).messages).toEqual({ firstName: 'Le prénom est obligatoire.' });
    expect((await check({ jobTitle: '' })).messages).toEqual({ jobTitle: 'L’intitulé du poste est obligatoire.' });
  });

  it('refuse what is not a text: « … doit être un texte. » (the length check, registered first, answers first)', async () => {
    expect((await check({ firstName: 42 })).messages).toEqual({
      firstName: 'Le prénom est trop long (100 caractères au plus).',
    });
    const input = plainToInstance(Sample, { ...VALID, firstName: 42, city: 7, requirements: [] });
    const errors = await validate(input);
    expect(Object.fromEntries(errors.map((e) => [e.property, e.constraints]))).toEqual({
      firstName: {
        maxLength: 'Le prénom est trop long (100 caractères au plus).',
        isString: 'Le prénom doit être un texte.',
      },
      city: {
        maxLength: 'La ville est trop longue (120 caractères au plus).',
        isString: 'La ville doit être un texte.',
      },
      requirements: {
        maxLength: 'Les prérequis sont trop longs (2 000 caractères au plus).',
        isString: 'Les prérequis doivent être un texte.',
      },
    });
  });

  it('refuse a text one character too long, and accept it at the limit', async () => {
    expect(
      (
        await check({
          firstName: 'a'.repeat(101),
          jobTitle: 'b'.repeat(201),
          city: 'c'.repeat(121),
          requirements: 'd'.repeat(2001),
        })
      ).messages,
    ).toEqual({
      firstName: 'Le prénom est trop long (100 caractères au plus).',
      jobTitle: 'L’intitulé du poste est trop long (200 caractères au plus).',
      city: 'La ville est trop longue (120 caractères au plus).',
      requirements: 'Les prérequis sont trop longs (2 000 caractères au plus).',
    });
    expect(
      (
        await check({
          firstName: 'a'.repeat(100),
          jobTitle: 'b'.repeat(200),
          city: 'c'.repeat(120),
          requirements: 'd'.repeat(2000),
        })
      ).messages,
    ).toEqual({});
  });
});
