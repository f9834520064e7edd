import { MemberFilterInput } from '../members/dto/member.inputs';
import { BadUserInputError } from './errors';
import { cleanInput, createValidationPipe, MAX_TEXT_LENGTH } from './validation';

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

describe('cleanInput', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof BadUserInputError) return error.field;
      throw error;
    }
    return undefined;
  };

  it('trims strings at any depth but keeps passwords as typed', () => {
    expect(
      cleanInput({
        name: '  Rekenen ',
        password: ' geheim ',
        tags: [' a ', 'b '],
        expertise: [{ description: ' uitleg ' }],
      }),
    ).toEqual({
      name: 'Rekenen',
      password: ' geheim ',
      tags: ['a', 'b'],
      expertise: [{ description: 'uitleg' }],
    });
    expect(cleanInput(' dyslexie ', 'text')).toBe('dyslexie');
  });

  it('refuses a NUL character anywhere, naming the field', () => {
    expect(fieldOf(() => cleanInput({ title: 'a\u0000' }))).toBe('title');
    expect(fieldOf(() => cleanInput({ filter: { domains: ['ok', '\u0000'] } }))).toBe(
      'filter.domains',
    );
    expect(fieldOf(() => cleanInput({ expertise: [{}, { description: '\u0000' }] }))).toBe(
      'expertise.1.description',
    );
    expect(fieldOf(() => cleanInput('x\u0000', 'id'))).toBe('id');
    expect(fieldOf(() => cleanInput({ password: '\u0000' }))).toBe('password');
  });

  it('refuses oversized strings and dates that are invalid or out of range', () => {
    expect(fieldOf(() => cleanInput({ body: 'x'.repeat(MAX_TEXT_LENGTH + 1) }))).toBe('body');
    expect(fieldOf(() => cleanInput({ startsAt: new Date('garbage') }))).toBe('startsAt');
    expect(fieldOf(() => cleanInput({ startsAt: new Date(8.64e15) }))).toBe('startsAt');
    expect(fieldOf(() => cleanInput({ endsAt: new Date('1999-12-31T23:59:59Z') }))).toBe('endsAt');
    const date = new Date('2030-01-01T00:00:00Z');
    expect(cleanInput({ startsAt: date })).toEqual({ startsAt: date });
  });

  it('copies objects without a prototype (graphql-js literals) and leaves other values', () => {
    const literal = Object.assign(Object.create(null) as Record<string, unknown>, { n: ' x ' });
    expect(cleanInput({ input: literal, first: 5, all: true, none: null })).toEqual({
      input: { n: 'x' },
      first: 5,
      all: true,
      none: null,
    });
  });
});
