import {
  activeFilterCount,
  parseSearchParams,
  searchPath,
  toExpertFilter,
  toggleValue,
  toSearchParams,
} from './searchParams';

describe('search URL state', () => {
  it('reads the question, repeated filters, availability and page from the URL', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'q=+dyslexie+&aanbod=observatie&aanbod=sparren&rol=ib&beschikbaar=1&pagina=3',
      ),
    );
    expect(state.query).toBe('dyslexie');
    expect(state.filters.offer).toEqual(['observatie', 'sparren']);
    expect(state.filters.role).toEqual(['ib']);
    expect(state.availableOnly).toBe(true);
    expect(state.page).toBe(3);
    expect(activeFilterCount(state)).toBe(4);
    expect(toExpertFilter(state)).toEqual({
      offers: ['observatie', 'sparren'],
      roles: ['ib'],
      availableOnly: true,
    });
  });

  it('round-trips and leaves defaults out of the URL', () => {
    const params = 'q=tos&domein=spraak-taal&bestuur=b1';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
    expect(parseSearchParams(new URLSearchParams('pagina=-2')).page).toBe(1);
    expect(searchPath('kleuter die niet praat')).toBe('/zoeken?q=kleuter+die+niet+praat');
  });

  it('toggles a value once', () => {
    expect(toggleValue(['a'], 'a', true)).toEqual(['a']);
    expect(toggleValue(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
