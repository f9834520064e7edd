import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

import {
  BadUserInputError,
  DomainError,
  ErrorCode,
  PrivacyWarningError,
  TooManyRequestsError,
} from './errors';

export const INTERNAL_MESSAGE = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

const logger = new Logger('Errors');

/** Maps anything a resolver throws to a GraphQL error with extensions.code. */
export function toGraphQLError(exception: unknown): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: exception.code };
    if (exception.field) extensions['field'] = exception.field;
    if (exception instanceof BadUserInputError) {
      extensions['errors'] = exception.problems;
      if (exception.reason) extensions['reason'] = exception.reason;
    }
    if (exception instanceof BadUserInputError || exception instanceof PrivacyWarningError) {
      if (exception.flags) extensions['flags'] = exception.flags;
    }
    if (exception instanceof TooManyRequestsError && exception.retryAfterSeconds) {
      extensions['retryAfterSeconds'] = exception.retryAfterSeconds;
    }
    return new GraphQLError(exception.message, { extensions });
  }
  if (exception instanceof HttpException && HTTP_CODES[exception.getStatus()]) {
    return new GraphQLError(exception.message, {
      extensions: { code: HTTP_CODES[exception.getStatus()] },
    });
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** The one global error path: GraphQL errors get codes; HTTP routes keep Nest's default. */
@Catch()
export class GlobalErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return toGraphQLError(exception);
    if (exception instanceof DomainError) {
      const status =
        Object.entries(HTTP_CODES).find(([, code]) => code === exception.code)?.[0] ?? '400';
      const res = host.switchToHttp().getResponse();
      return res.status(Number(status)).json({ code: exception.code, message: exception.message });
    }
    return super.catch(exception, host);
  }
}

/** "… Did you mean "x"?", "… Did you mean the enum value "WEBINAR"?": names from the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Last line of defence in Apollo's formatError: errors that never reached the filter
 * (parse/validation errors keep their codes) and never a stack trace or internal message.
 * With `hideSuggestions` (production, where introspection is off too) validation messages
 * lose graphql-js's "Did you mean …?" hints, which would spell out field and enum names.
 */
export function createErrorFormatter(options: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (code === 'INTERNAL_SERVER_ERROR' && formatted.message !== INTERNAL_MESSAGE) {
      if (original instanceof DomainError) return toGraphQLError(original).toJSON();
      logger.error(original?.stack ?? formatted.message);
      return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code } };
    }
    const extensions = { ...formatted.extensions };
    delete extensions['stacktrace'];
    const message = options.hideSuggestions
      ? formatted.message.replace(SUGGESTION, '')
      : formatted.message;
    return { ...formatted, message, extensions };
  };
}
