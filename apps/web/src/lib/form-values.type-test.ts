/**
 * Compile-time tests of FormValuesOf (checked by `tsc -p apps/web/tsconfig.json`; Jest does not type-check the web's
 * specs): each line fails to compile if the mapped type stops deriving a form's values from its input.
 */
import type { FormErrorsOf, FormFieldOf, FormValuesOf } from './form-values';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

interface Input {
  id: string | number;
  title: string;
  amountCents?: number | null;
  optional?: string | null | undefined;
  active?: boolean;
  answered?: boolean | null;
  kinds: Array<string>;
}

export type FormValuesOfCases = [
  // Every field, optional ones included, as Mantine holds it: text, a checkbox's boolean, a list of strings.
  Expect<
    Equal<
      FormValuesOf<Input>,
      {
        id: string;
        title: string;
        amountCents: string;
        optional: string;
        active: boolean;
        answered: boolean;
        kinds: string[];
      }
    >
  >,
  // A boolean asked as a choice (« Oui » / « Non » / not answered) is held as text.
  Expect<Equal<FormValuesOf<Input, 'answered'>['answered'], string>>,
  Expect<Equal<FormFieldOf<Input>, 'id' | 'title' | 'amountCents' | 'optional' | 'active' | 'answered' | 'kinds'>>,
  Expect<Equal<FormErrorsOf<Pick<Input, 'title'>>, { title?: string }>>,
];

// A field added to the input is a type error where the form's values are built without it.
// @ts-expect-error `kinds` is missing
export const _missingField: FormValuesOf<Pick<Input, 'title' | 'kinds'>> = { title: '' };
// A value of the wrong kind too (a checkbox holds a boolean, not text).
// @ts-expect-error `active` is a boolean
export const _wrongKind: FormValuesOf<Pick<Input, 'active'>> = { active: 'yes' };
