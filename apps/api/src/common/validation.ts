import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';

import { BadUserInputError, FieldProblem } from './errors';

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
    default:
      return english;
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => ({
      field,
      message: dutchMessage(constraint, english),
    }));
    return [...own.slice(0, 1), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** GraphQL's parameter kinds as Nest numbers them (GqlParamtype): only ARGS are input. */
const GQL_ARGS = 3;
const HTTP_INPUT = new Set<unknown>(['body', 'query', 'param']);

/**
 * Validates client input only: GraphQL arguments and HTTP body, query and route parameters.
 * Nest also passes a field resolver's parent, context and info through global pipes; those
 * are our own objects, and copying and validating them for every resolved field is wasted work.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    return (type === GQL_ARGS || HTTP_INPUT.has(type)) && super.toValidate(metadata);
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
