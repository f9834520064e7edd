import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the api puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PRIVACY_WARNING'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiErrorInfo {
  code: ApiErrorCode;
  /** The server's (Dutch) message of the first GraphQL error, if any. */
  message?: string;
  /** `extensions.field` of a BAD_USER_INPUT error. */
  field?: string;
  /** `extensions.reason`, e.g. "PUPIL_DATA" for a text the privacy guard refused. */
  reason?: string;
  /** `extensions.flags` of the privacy guard: flagged characters per input field. */
  flags?: PrivacyFlag[];
}

/** Characters the privacy guard flagged (offsets in the field's plain text as sent). */
export interface PrivacyFlag {
  field: string;
  start: number;
  end: number;
  kind: string;
}

function readFlags(raw: unknown): PrivacyFlag[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(
    (f): f is PrivacyFlag =>
      typeof f === 'object' &&
      f !== null &&
      typeof f.field === 'string' &&
      typeof f.start === 'number' &&
      typeof f.end === 'number' &&
      typeof f.kind === 'string',
  );
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'PRIVACY_WARNING',
]);

/** Reads the first error's code, message and field from anything Apollo can throw. */
export function getApiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const rawCode = first?.extensions?.['code'];
    const rawField = first?.extensions?.['field'];
    const rawReason = first?.extensions?.['reason'];
    const code =
      typeof rawCode === 'string' && KNOWN_CODES.has(rawCode as ApiErrorCode)
        ? (rawCode as ApiErrorCode)
        : 'UNKNOWN';
    return {
      code,
      message: first?.message,
      field: typeof rawField === 'string' ? rawField : undefined,
      reason: typeof rawReason === 'string' ? rawReason : undefined,
      flags: readFlags(first?.extensions?.['flags']),
    };
  }
  if (ServerError.is(error) && error.statusCode === 429) {
    return { code: 'TOO_MANY_REQUESTS' };
  }
  if (error instanceof Error || ServerError.is(error)) {
    return { code: 'NETWORK', message: error.message };
  }
  return { code: 'UNKNOWN' };
}

export function getErrorCode(error: unknown): ApiErrorCode {
  return getApiError(error).code;
}

/** i18n key of a generic, user-facing message for an error code. */
export function errorMessageKey(code: ApiErrorCode): string {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'errors.unauthenticated';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'CONFLICT':
      return 'errors.conflict';
    case 'TOO_MANY_REQUESTS':
      return 'errors.tooManyRequests';
    case 'NETWORK':
      return 'errors.network';
    case 'BAD_USER_INPUT':
      return 'errors.badUserInput';
    case 'PRIVACY_WARNING':
      return 'errors.privacyWarning';
    default:
      return 'errors.unknown';
  }
}

/**
 * What a page loaded by id should show for a failed request: the not-found page for an unknown
 * item or a malformed id (BAD_USER_INPUT on the `id` argument), the forbidden page for an item
 * the viewer may not see; null for other errors (a retry may help).
 */
export function pageStatusOf(error: unknown): 'notFound' | 'forbidden' | null {
  if (!error) return null;
  const { code, field } = getApiError(error);
  if (code === 'NOT_FOUND') return 'notFound';
  if (code === 'BAD_USER_INPUT' && (field === undefined || field === 'id')) return 'notFound';
  if (code === 'FORBIDDEN') return 'forbidden';
  return null;
}
