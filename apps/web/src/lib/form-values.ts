/**
 * What a form holds for one field of an API input, as Mantine's inputs hold it: a checkbox a boolean, a group of
 * checkboxes (or a multi-select) a list of strings, any other field the text typed (dates jj/mm/aaaa, hours « 7 h 30 »,
 * euros « 1 234,50 », numbers and ids as typed, '' when empty). The form's helpers convert it when sending.
 */
export type FormValueOf<T> = [NonNullable<T>] extends [boolean]
  ? boolean
  : [NonNullable<T>] extends [readonly unknown[]]
    ? string[]
    : string;

/**
 * A form's values derived from the generated input type of its mutation: one entry per field of the input, optional
 * fields included, so that a field added to the API's input is a type error wherever the form's values are built.
 * `AsText`: boolean fields the form asks as a choice (« Oui » / « Non » / not answered) rather than a checkbox.
 *
 * @example type ContractFormValues = FormValuesOf<Omit<CreateProfessionalisationContractInput, 'personId'>>;
 */
export type FormValuesOf<Input, AsText extends keyof Input = never> = {
  [K in keyof Input]-?: K extends AsText ? string : FormValueOf<Input[K]>;
};

/** The names of a form's fields (those of its input). */
export type FormFieldOf<Input> = keyof Input & string;

/** The errors shown next to a form's fields, by field. */
export type FormErrorsOf<Input> = Partial<Record<FormFieldOf<Input>, string>>;
