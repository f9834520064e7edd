import { htmlToText, mentionedIds, sanitizeRichText } from './sanitize';

/** XSS vectors from the OWASP filter evasion cheat sheet and common editor payloads. */
const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="&#106;avascript:alert(1)">klik</a>',
  '<a href=" javascript:alert(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<p onclick="alert(1)">tekst</p>',
  '<p style="background:url(javascript:alert(1))">tekst</p>',
  '<div><object data="x"></object><embed src="x"></div>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<span data-type="mention" data-id="x" onmouseover="alert(1)">@x</span>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<style>@import "https://evil.example";</style>',
  '<form action="https://evil.example"><button>go</button></form>',
  '<a href="//evil.example">protocol-relative</a>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<video><source onerror="alert(1)"></video>',
];

describe('sanitizeRichText', () => {
  it.each(VECTORS)('removes script and event-handler payloads: %s', (payload) => {
    const clean = sanitizeRichText(`<p>Vraag</p>${payload}`);
    expect(clean).not.toMatch(
      /<script|<iframe|<object|<embed|<style|<form|<meta|<base|<svg|<img|<input/i,
    );
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/javascript:|data:text\/html|href="\/\//i);
    expect(clean).not.toMatch(/style=/i);
  });

  it('keeps the editor’s formatting, safe links and mentions', () => {
    const html =
      '<p>Hoi <strong>team</strong>, zie <a href="https://www.slo.nl/kerndoelen">SLO</a>.</p>' +
      '<ul><li>één</li><li><em>twee</em></li></ul>' +
      '<p><span data-type="mention" data-id="6f1c0c1e-8a55-4c1b-9d6e-0a4b7c2d9e10" data-label="Anna">@Anna</span></p>';
    expect(sanitizeRichText(html)).toBe(
      '<p>Hoi <strong>team</strong>, zie <a href="https://www.slo.nl/kerndoelen" rel="noopener noreferrer nofollow" target="_blank">SLO</a>.</p>' +
        '<ul><li>één</li><li><em>twee</em></li></ul>' +
        '<p><span data-type="mention" data-id="6f1c0c1e-8a55-4c1b-9d6e-0a4b7c2d9e10" data-label="Anna">@Anna</span></p>',
    );
  });

  it('finds mentioned member ids and the plain text', () => {
    const html = sanitizeRichText(
      '<p>Vraag voor <span data-type="mention" data-id="6F1C0C1E-8A55-4C1B-9D6E-0A4B7C2D9E10">@Anna</span> &amp; jou</p><p>Tweede</p>',
    );
    expect(mentionedIds(html)).toEqual(['6f1c0c1e-8a55-4c1b-9d6e-0a4b7c2d9e10']);
    expect(htmlToText(html)).toBe('Vraag voor @Anna & jou\nTweede');
  });
});
