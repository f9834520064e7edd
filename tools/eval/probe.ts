import { readFileSync } from 'node:fs';

import { analyseQuery } from '../../libs/taxonomy/src/index';
const qs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      ...readFileSync('/work/shared/eval/queries.dev.jsonl', 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).query),
      ...readFileSync('/work/shared/eval/hard/queries.jsonl', 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).query),
    ];
for (const q of qs) {
  const a = analyseQuery(q);
  console.log('\n#', q, a.wantsSpecialist ? '[SPEC]' : '');
  console.log(
    '  S:',
    a.subtopics
      .slice(0, 5)
      .map((h) => `${h.slug}=${h.score}(${h.matched}/${h.via})`)
      .join(' '),
  );
  console.log(
    '  D:',
    a.domains
      .slice(0, 4)
      .map((h) => `${h.slug}=${h.score}`)
      .join(' '),
  );
  console.log(
    '  T:',
    a.tsquery,
    ' fix:',
    a.corrections.map((c) => c.from + '>' + c.to).join(','),
    ' cmp:',
    a.compounds.map((c) => c.token + '>' + c.parts.join('+')).join(','),
  );
}
