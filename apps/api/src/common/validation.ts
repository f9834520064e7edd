import {
  applyDecorators,
  ArgumentMetadata,
  PipeTransform,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { IsDefined, isUUID, ValidateIf } from 'class-validator';

import { BadUserInputError, FieldProblem } from './errors';

/** Longest string any input may hold (fields have their own, smaller MaxLength). */
export const MAX_TEXT_LENGTH = 50_000;
/** Dates in input lie in this range: far enough for any school year, near enough for PostgreSQL and every client. */
export const DATE_RANGE = {
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2100-12-31T23:59:59.999Z'),
} as const;
/** Input fields kept exactly as typed (a password may begin or end with a space). */
const UNTRIMMED_FIELDS: ReadonlySet<string> = new Set(['password', 'newPassword']);

export const NULL_REFUSED_MESSAGE = 'Dit veld mag niet leeg zijn.';

/** Dutch messages for the class-validator constraints we use; the numbers come from the English text. */
function dutchMessage(constraint: string, english: string): string {
  const n = english.match(/(\d+)/g) ?? [];
  switch (constraint) {
    case 'isNotEmpty':
    case 'isDefined':
      return 'Dit veld is verplicht.';
    case 'isEmail':
      return 'Vul een geldig e-mailadres in.';
    case 'minLength':
      return `Gebruik minstens ${n[0]} tekens.`;
    case 'maxLength':
      return `Gebruik hoogstens ${n[0]} tekens.`;
    case 'min':
      return `De waarde moet minstens ${n[0]} zijn.`;
    case 'max':
      return `De waarde mag hoogstens ${n[0]} zijn.`;
    case 'arrayMaxSize':
      return `Kies hoogstens ${n[0]} items.`;
    case 'arrayMinSize':
      return `Kies minstens ${n[0]} items.`;
    case 'isIn':
    case 'isEnum':
      return 'Kies een geldige waarde.';
    case 'isUuid':
      return 'Ongeldige id.';
    case 'isInt':
      return 'Vul een geheel getal in.';
    case 'isUrl':
      return 'Vul een geldige link in (https://…).';
    case 'isDate':
    case 'isDateString':
      return 'Vul een geldige datum in.';
    case 'matches':
      return 'De invoer heeft niet de juiste vorm.';
    case 'isString':
      return 'Vul een tekst in.';
    case 'isBoolean':
      return 'Kies ja of nee.';
    default:
      return english;
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => ({
      field,
      // whatever the constraint, a refused null gets one message
      message: error.value === null ? NULL_REFUSED_MESSAGE : dutchMessage(constraint, english),
    }));
    return [...own.slice(0, 1), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * An optional input field that refuses `null`: leave it out to keep the value (updates) or
 * take the default (creates). Fields that may be emptied use `@IsOptional()`, where `null`
 * clears them. See "Input rules" in the README.
 */
export const IsOptionalNotNull = () =>
  applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsDefined(),
  );

class UuidArgPipe implements PipeTransform<unknown> {
  constructor(private readonly name: string) {}

  transform(value: unknown) {
    if (value === null || value === undefined) return value;
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadUserInputError(this.name, 'Ongeldige id.');
    }
    return value;
  }
}

/**
 * A uuid argument, as in `thread(id:)`: anything but a uuid is BAD_USER_INPUT naming the
 * argument. (Uuids in input objects carry `@IsUUID()`.)
 */
export const UuidArg = (name: string, options: { nullable?: boolean } = {}) =>
  Args(name, { type: () => ID, ...options }, new UuidArgPipe(name));

const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function cleanString(text: string, key: string | undefined, path: string): string {
  if (text.includes('\u0000')) {
    throw new BadUserInputError(path, 'Deze tekst bevat een ongeldig teken.');
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new BadUserInputError(path, `Gebruik hoogstens ${MAX_TEXT_LENGTH} tekens.`);
  }
  return key !== undefined && UNTRIMMED_FIELDS.has(key) ? text : text.trim();
}

function checkDate(date: Date, path: string): Date {
  if (Number.isNaN(date.getTime())) throw new BadUserInputError(path, 'Vul een geldige datum in.');
  if (date < DATE_RANGE.min || date > DATE_RANGE.max) {
    throw new BadUserInputError(
      path,
      `Kies een datum tussen ${DATE_RANGE.min.getUTCFullYear()} en ${DATE_RANGE.max.getUTCFullYear()}.`,
    );
  }
  return date;
}

function clean(value: unknown, path: string, key: string | undefined): unknown {
  if (typeof value === 'string') return cleanString(value, key, path);
  if (value instanceof Date) return checkDate(value, path);
  if (Array.isArray(value)) {
    // strings in a list are named by the list (as class-validator's `each` does), objects by index
    return value.map((item: unknown, i) =>
      isRecord(item) ? clean(item, join(path, i), undefined) : clean(item, path, key),
    );
  }
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      if (name === '__proto__') continue;
      copy[name] = clean(item, join(path, name), name);
    }
    return copy;
  }
  return value;
}

/**
 * The checks every piece of client input gets, wherever it sits and whatever its class says:
 * strings are trimmed (passwords excepted) and refused when they hold a NUL character (which
 * PostgreSQL cannot store) or more than MAX_TEXT_LENGTH characters; dates must be real and in
 * DATE_RANGE. Returns a cleaned copy; throws BAD_USER_INPUT naming the field.
 * `name` names a scalar argument (`id`); the fields of an object are named from its root.
 */
export function cleanInput<T>(value: T, name?: string): T {
  return clean(value, isRecord(value) ? '' : (name ?? ''), name) as T;
}

/** GraphQL's parameter kinds as Nest numbers them (GqlParamtype): only ARGS are input. */
const GQL_ARGS = 3;
const HTTP_INPUT = new Set<unknown>(['body', 'query', 'param']);
const isClientInput = (metadata: ArgumentMetadata) => {
  const type: unknown = metadata.type;
  return type === GQL_ARGS || HTTP_INPUT.has(type);
};

/**
 * Validates client input only: GraphQL arguments and HTTP body, query and route parameters.
 * Nest also passes a field resolver's parent, context and info through global pipes; those
 * are our own objects, and copying and validating them for every resolved field is wasted work.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!isClientInput(metadata)) return value;
    return super.transform(cleanInput(value, metadata.data), metadata);
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return isClientInput(metadata) && super.toValidate(metadata);
  }
}

/** class-validator on every input; failures become BAD_USER_INPUT naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const problems = flattenValidationErrors(errors);
      const first = problems[0] ?? { field: 'input', message: 'Ongeldige invoer.' };
      return new BadUserInputError(first.field, first.message, problems);
    },
  });
}
