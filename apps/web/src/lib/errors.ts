import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the api puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiErrorInfo {
  code: ApiErrorCode;
  /** The server's (Dutch) message of the first GraphQL error, if any. */
  message?: string;
  /** `extensions.field` of a BAD_USER_INPUT error. */
  field?: string;
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** Reads the first error's code, message and field from anything Apollo can throw. */
export function getApiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const rawCode = first?.extensions?.['code'];
    const rawField = first?.extensions?.['field'];
    const code =
      typeof rawCode === 'string' && KNOWN_CODES.has(rawCode as ApiErrorCode)
        ? (rawCode as ApiErrorCode)
        : 'UNKNOWN';
    return {
      code,
      message: first?.message,
      field: typeof rawField === 'string' ? rawField : undefined,
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
