import { anonymiseText, flaggedWords } from './privacy';

describe('flaggedWords', () => {
  it('reads each flagged word once from the text of its field', () => {
    const flags = [
      { field: 'title', start: 14, end: 18, kind: 'PUPIL_NAME' },
      { field: 'body', start: 0, end: 4, kind: 'PUPIL_NAME' },
      { field: 'body', start: 19, end: 27, kind: 'DATE_OF_BIRTH' },
      { field: 'other', start: 0, end: 3, kind: 'ADDRESS' },
    ];
    expect(
      flaggedWords(flags, {
        title: 'Mijn leerling Daan (groep 5)',
        body: 'Daan is geboren op 3-4-2017.',
      }),
    ).toEqual(['Daan', '3-4-2017']);
  });
});

describe('anonymiseText', () => {
  it('replaces names by initials and leaves ordinary text alone', () => {
    expect(anonymiseText('Mijn leerling Daan (groep 5) leest niet.')).toBe(
      'Mijn leerling D. (groep 5) leest niet.',
    );
    expect(anonymiseText('Een jongen in groep 5 die niet leest.')).toBe(
      'Een jongen in groep 5 die niet leest.',
    );
  });
});
