import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { completenessOf, formFieldOf, serverFieldErrors, toFormValues } from './formModel';

describe('formFieldOf', () => {
  it.each([
    ['bio', 'bio'],
    ['input.headline', 'headline'],
    ['tags.3', 'tags'],
    ['expertise', 'expertise'],
    ['expertise.1.subtopics', 'expertise.1.subtopics'],
    ['input.expertise.0.offers.2', 'expertise.0.offers'],
    ['expertise.2', 'expertise'],
    ['something.else', 'form'],
  ])('maps %s to %s', (path, field) => {
    expect(formFieldOf(path)).toBe(field);
  });
});

describe('serverFieldErrors', () => {
  it('puts every listed problem on its field, first message per field', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Gebruik hoogstens 2000 tekens.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'bio',
            errors: [
              { field: 'bio', message: 'Gebruik hoogstens 2000 tekens.' },
              {
                field: 'expertise.1.subtopics',
                message: '"Dyslexie" hoort niet bij het domein Rekenen.',
              },
              { field: 'expertise.1.subtopics', message: 'Tweede melding.' },
            ],
          },
        },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({
      bio: 'Gebruik hoogstens 2000 tekens.',
      'expertise.1.subtopics': '"Dyslexie" hoort niet bij het domein Rekenen.',
    });
  });

  it('falls back to extensions.field, and ignores other error codes', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'Te lang.', extensions: { code: 'BAD_USER_INPUT', field: 'headline' } },
        { message: 'Niet ingelogd', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({ headline: 'Te lang.' });
  });
});

describe('completenessOf', () => {
  it('uses the api weights and lists what is missing', () => {
    const empty = completenessOf(toFormValues(null));
    expect(empty.score).toBe(0);
    expect(empty.missing).toEqual([
      'headline',
      'bio',
      'expertise',
      'subtopics',
      'offers',
      'tags',
      'availability',
    ]);
    const some = completenessOf({ ...toFormValues(null), headline: 'Kop', bio: 'Kort' });
    expect(some.score).toBe(25);
    expect(some.missing).toContain('bio');
  });
});
