/** Error codes the clients rely on (extensions.code). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PRIVACY_WARNING';

/**
 * Services throw DomainErrors; the one global filter maps them to GraphQL errors with
 * `extensions.code` (and `extensions.field` for input errors). Messages are Dutch: they are
 * shown to members as they are.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Characters of an input text the privacy guard flagged: `start`/`end` are offsets in that
 * field's text as sent (for rich-text fields: in its plain text), `kind` what they look like.
 */
export interface PrivacyFlag {
  field: string;
  start: number;
  end: number;
  kind: string;
}

export class BadUserInputError extends DomainError {
  readonly problems: FieldProblem[];

  constructor(
    field: string,
    message: string,
    problems?: FieldProblem[],
    /** A machine-readable why, e.g. "PUPIL_DATA" (extensions.reason). */
    readonly reason?: string,
    /** The flagged characters when the privacy guard refused the text (extensions.flags). */
    readonly flags?: PrivacyFlag[],
  ) {
    super('BAD_USER_INPUT', message, field);
    this.problems = problems ?? [{ field, message }];
  }
}

/**
 * The privacy guard found what may identify a pupil (a name, a date of birth, an address):
 * nothing is saved until the member sends the same input again with confirmPrivacyWarning.
 */
export class PrivacyWarningError extends DomainError {
  constructor(
    message: string,
    readonly flags: PrivacyFlag[],
  ) {
    super('PRIVACY_WARNING', message, flags[0]?.field);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Je bent niet ingelogd.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Je hebt geen toegang tot deze actie.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Dit item', field?: string) {
    super('NOT_FOUND', `${what} is niet gevonden.`, field);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    message = 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
    readonly retryAfterSeconds?: number,
  ) {
    super('TOO_MANY_REQUESTS', message);
  }
}
