import { decodeEntities, parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('splits the text on <mark> and decodes the escapes', () => {
    expect(parseSnippet('twee <mark>kleuters</mark> &amp; <mark>praten</mark>.')).toEqual([
      { text: 'twee ', marked: false },
      { text: 'kleuters', marked: true },
      { text: ' & ', marked: false },
      { text: 'praten', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps any other markup as literal text', () => {
    expect(parseSnippet('&lt;b&gt;vet&lt;/b&gt; <i>schuin</i>')).toEqual([
      { text: '<b>vet</b> <i>schuin</i>', marked: false },
    ]);
  });

  it('decodes numeric escapes and leaves unknown ones alone', () => {
    expect(decodeEntities('&#39;t &#x27;s &foo; &#0;')).toBe("'t 's &foo; &#0;");
  });
});
