import { ValidateBy, ValidationOptions } from 'class-validator';

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;

export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value);

/**
 * For one-line text such as titles: no line breaks, tabs or other control characters, which
 * would end up inside calendar files, mail subjects and exports.
 */
export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value),
        defaultMessage: () => 'Gebruik geen regeleinden, tabs of andere stuurtekens.',
      },
    },
    options,
  );
}
