import { findMentionQuery, fromHtml, insertMention, toHtml, toPlainText } from './richText';

const HILDE = { id: '0b6c1f4e-5a8e-4a53-9d3e-2f0f1e9b7a10', name: 'Hilde Prins' };

describe('toHtml', () => {
  it('escapes text and keeps paragraphs and line breaks', () => {
    expect(toHtml({ text: 'Eerste <b>regel</b>\ntweede\n\nNieuwe alinea', mentions: [] })).toBe(
      '<p>Eerste &lt;b&gt;regel&lt;/b&gt;<br>tweede</p><p>Nieuwe alinea</p>',
    );
  });

  it('turns a picked mention into a mention span, and drops removed ones', () => {
    expect(toHtml({ text: 'Wat denk jij, @Hilde Prins?', mentions: [HILDE] })).toBe(
      `<p>Wat denk jij, <span data-type="mention" data-id="${HILDE.id}">@Hilde Prins</span>?</p>`,
    );
    expect(toHtml({ text: 'Niemand genoemd', mentions: [HILDE] })).toBe('<p>Niemand genoemd</p>');
  });
});

describe('mention helpers', () => {
  it('finds the query after @ and inserts the name', () => {
    const text = 'Vraag aan @hil';
    const found = findMentionQuery(text, text.length);
    expect(found).toEqual({ start: 10, query: 'hil' });
    expect(findMentionQuery('mail@school.nl', 14)).toBeNull();

    const result = insertMention({ text, mentions: [] }, 10, text.length, HILDE);
    expect(result.value.text).toBe('Vraag aan @Hilde Prins ');
    expect(result.caret).toBe(result.value.text.length);
    expect(result.value.mentions).toEqual([HILDE]);
  });

  it('reads sanitised HTML back into text and mentions', () => {
    const html = `<p>Hoi <span data-type="mention" data-id="${HILDE.id}">@Hilde Prins</span></p><p>a<br>b</p>`;
    expect(fromHtml(html)).toEqual({ text: 'Hoi @Hilde Prins\n\na\nb', mentions: [HILDE] });
  });
});

describe('toPlainText', () => {
  it('gives the plain text the api checks (its bodyText): paragraphs on their own lines', () => {
    // Compared with the api's htmlToText(toHtml(value)) for these inputs.
    expect(
      toPlainText({ text: 'Eerste alinea.\n\nTweede   alinea\nmet regel.', mentions: [] }),
    ).toBe('Eerste alinea.\nTweede alinea\nmet regel.');
    expect(
      toPlainText({ text: '  Daan  (groep 5)\n\n\n\nleest <niet> & "zo"  ', mentions: [] }),
    ).toBe('Daan (groep 5)\nleest <niet> & "zo"');
  });
});
