import { MemberFilterInput } from '../members/dto/member.inputs';
import { BadUserInputError } from './errors';
import { createValidationPipe } from './validation';

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  // Nest's GraphQL parameter kinds (GqlParamtype): ROOT 0, CONTEXT 1, INFO 2, ARGS 3
  const bad = { schoolId: 'geen-uuid' };

  it('validates GraphQL arguments and HTTP input, naming the field', async () => {
    for (const type of [3, 'body', 'query']) {
      const error = await pipe
        .transform(bad, { type: type as 'body', metatype: MemberFilterInput })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).field).toBe('schoolId');
    }
  });

  it('passes a field resolver’s parent through untouched', async () => {
    const parent = { ...bad };
    await expect(
      pipe.transform(parent, { type: 0 as unknown as 'body', metatype: MemberFilterInput }),
    ).resolves.toBe(parent);
  });
});
