import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Bounds for `first`/`offset` arguments; out of range is BAD_USER_INPUT naming the argument. */
export function checkPage(first: number, offset = 0, max = MAX_PAGE_SIZE) {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError('first', `Kies een aantal tussen 1 en ${max}.`);
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) {
    throw new BadUserInputError('offset', 'De beginpositie moet 0 of groter zijn.');
  }
  return { first, offset };
}
