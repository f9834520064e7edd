import { analyseQuery } from '@deelwijs/taxonomy';

import { searchLogQuery } from './search-log';

const logged = (query: string) => searchLogQuery(query, analyseQuery(query));

describe('searchLogQuery', () => {
  it('keeps an ordinary query as it is', () => {
    expect(logged('faalangst bij toetsen')).toBe('faalangst bij toetsen');
  });

  it('removes a BSN and keeps the rest of the query', () => {
    expect(logged('dyslexie 123456782 groep 5')).toBe('dyslexie groep 5');
  });

  it('keeps only the analysed terms of a query with a pupil’s name, without the name', () => {
    expect(logged('mijn leerling Daan heeft dyslexie')).toBe('dyslexie');
    expect(logged('Fenna de Graaf uit groep 3 met dyscalculie')).toBe('dyscalculie');
  });

  it('drops the date of a date of birth', () => {
    expect(logged('geboren 3-4-2017 rekenen')).not.toMatch(/\d/);
  });

  it('drops what a flagged word was corrected or split into', () => {
    const analysis = {
      terms: [
        { term: 'dyslexie', prefix: false, weight: 1 },
        { term: 'dean', prefix: false, weight: 1 },
      ],
      corrections: [{ from: 'daan', to: 'dean', distance: 1 }],
      compounds: [],
    };
    expect(searchLogQuery('mijn leerling Daan heeft dyslexie', analysis)).toBe('dyslexie');
  });
});
