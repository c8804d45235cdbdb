// Writes test/fixtures/hostile/: adversarial inputs, each with the behaviour expected of every entry
// point (extract, ingest, API), recorded in test/fixtures/hostile-manifest.json. Rerun after adding a case; commit the output.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectFile } from '../src/core/paths.js';

type Expect =
  | { outcome: 'extracted'; warning?: string; maxEvents?: number; note: string }
  | { outcome: 'failed'; code: string; note: string };
interface Case { file: string; content: string | Uint8Array; expect: Expect | Expect[] }

const dir = projectFile('test', 'fixtures', 'hostile');
const good = 'Au moins trois civils ont été tués jeudi à Almaty, a déclaré la police.';
const rep = (s: string, n: number) => Array.from({ length: n }, () => s).join('');
const ok = (note: string, more: Partial<Extract<Expect, { outcome: 'extracted' }>> = {}): Expect => ({ outcome: 'extracted', note, ...more });
const fail = (code: string, note: string): Expect => ({ outcome: 'failed', code, note });
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));

const cases: Case[] = [
  { file: 'empty.txt', content: '', expect: fail('input-empty', 'nothing to read') },
  { file: 'whitespace-only.txt', content: ' \n\t\r\n   ', expect: fail('input-empty', 'only white space') },
  { file: 'header-only.txt', content: 'date 2022-01\n', expect: fail('input-empty', 'a header and no text') },
  { file: 'bad-header-date.txt', content: `date 2022-13-45 ${good}`, expect: fail('bad-date', 'month 13 does not exist') },
  { file: 'binary-png.txt', content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: fail('input-binary', 'an image renamed .txt') },
  { file: 'utf16le.txt', content: Uint8Array.from([0xff, 0xfe, ...[...'date 2022-01 Texte'].flatMap((c) => [c.charCodeAt(0), 0])]), expect: fail('input-binary', 'UTF-16 has NUL bytes: refused, not misread') },
  { file: 'invalid-utf8-latin1.txt', content: latin1(`date 2022-01-06 Au moins trois civils ont été tués jeudi à Almaty.`), expect: ok('Latin-1 bytes decoded with U+FFFD and a warning', { warning: 'invalid UTF-8' }) },
  { file: 'utf8-bom.txt', content: `\ufeffdate 2022-01-06 ${good}`, expect: ok('the BOM is dropped before the header') },
  { file: 'json-truncated.json', content: '{"text": "Au moins trois civils ont été tu', expect: fail('bad-json', 'cut in the middle') },
  { file: 'json-empty-array.json', content: '[]', expect: fail('input-empty', 'an array of no records (found by npm run fuzz)') },
  { file: 'json-text-number.json', content: '{"text": 5, "date": "2022-01-06"}', expect: fail('bad-field', 'text must be a string') },
  { file: 'json-date-words.json', content: JSON.stringify({ text: good, date: 'jeudi dernier' }), expect: fail('bad-date', 'a date field that is not a date') },
  { file: 'json-title-object.json', content: JSON.stringify({ text: good, title: { a: 1 } }), expect: fail('bad-field', 'title must be a string') },
  { file: 'json-array-mixed.json', content: JSON.stringify([{ text: good, date: '2022-01-06' }, 5, { text: '' }]), expect: [ok('the good record'), fail('bad-field', 'a number is not a record'), fail('input-empty', 'an empty text')] },
  { file: 'jsonl-mixed.jsonl', content: `${JSON.stringify({ text: good, date: '2022-01-06' })}\n{"text": oops}\n\n${JSON.stringify({ nope: 1 })}\n`, expect: [ok('line 1'), fail('bad-json', 'line 2'), fail('bad-field', 'line 4')] },
  { file: 'json-deep-nesting.json', content: `${'['.repeat(50000)}${']'.repeat(50000)}`, expect: fail('bad-field', 'deep arrays hold no record') },
  { file: 'json-proto-keys.json', content: `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "text": ${JSON.stringify(good)}, "date": "2022-01-06"}`, expect: ok('prototype keys are plain data') },
  { file: 'json-huge-title.json', content: JSON.stringify({ text: good, title: 'T'.repeat(200000), date: '2022-01-06' }), expect: ok('a 200 KB title is kept as data') },
  { file: 'script-injection.txt', content: `date 2022-01-06 <script>alert(document.cookie)</script> ${good}`, expect: ok('markup is text: it is extracted around, never run') },
  { file: 'img-onerror.txt', content: `date 2022-01-06 <img src=x onerror="alert(1)"> ${good} <svg onload=alert(2)>`, expect: ok('attributes that run script are text') },
  { file: 'html-page-as-text.txt', content: `date 2022-01-06 <html><head><style>p{}</style></head><body><p>${good}</p><a href="javascript:alert(1)">x</a></body></html>`, expect: ok('a page saved as .txt is read as text') },
  { file: 'html-entities.txt', content: `date 2022-01-06 Au moins trois civils ont &eacute;t&eacute; tu&eacute;s &amp; 317 bless&eacute;s &lt;b&gt;`, expect: ok('entities are left as written') },
  { file: 'rtl-override.txt', content: `date 2022-01-06 \u202e${good}\u202c`, expect: ok('bidi controls do not move offsets') },
  { file: 'zero-width.txt', content: `date 2022-01-06 Au\u200b moins trois ci\u200dvils ont été tués à Alma\u200bty, a\u2060 déclaré la police.`, expect: ok('zero-width characters inside words') },
  { file: 'combining-flood.txt', content: `date 2022-01-06 ${'a\u0301\u0300\u0302\u0303\u0304'.repeat(5000)} ${good}`, expect: ok('stacked combining marks') },
  { file: 'emoji-flood.txt', content: `date 2022-01-06 ${rep('🔥💥🇰🇿👨‍👩‍👧', 5000)} ${good}`, expect: ok('astral characters and ZWJ sequences') },
  { file: 'mixed-scripts.txt', content: `date 2022-01-06 ${good} Москва направила войска. الشرطة قالت 中国 Ελλάδα ${good}`, expect: ok('Cyrillic, Arabic, Han, Greek amid French') },
  { file: 'lone-surrogate-bytes.txt', content: Uint8Array.from([...new TextEncoder().encode('date 2022-01-06 '), 0xed, 0xa0, 0x80, ...new TextEncoder().encode(good)]), expect: ok('an encoded lone surrogate is invalid UTF-8: replaced', { warning: 'invalid UTF-8' }) },
  { file: 'long-line-no-punctuation.txt', content: `date 2022-01-06 ${rep('les manifestants ont été tués à Almaty ', 5000)}`, expect: ok('one 190 KB sentence') },
  { file: 'many-newlines.txt', content: `date 2022-01-06 ${good}${rep('\n', 100000)}${good}`, expect: ok('100,000 empty lines') },
  { file: 'crlf.txt', content: `date 2022-01-06\r\n${good}\r\n\r\nPlusieurs centaines de personnes ont manifesté.\r\n`, expect: ok('Windows line ends') },
  { file: 'cr-only.txt', content: `date 2022-01-06\r${good}\rDes dizaines de manifestants ont été interpellés.`, expect: ok('old Mac line ends') },
  { file: 'tabs.txt', content: `date\t2022-01-06\t${good.replace(/ /g, '\t')}`, expect: ok('tabs instead of spaces') },
  { file: 'repeat-vague.txt', content: `date 2022-01-06 ${rep('des dizaines ', 20000)}`, expect: ok('"des dizaines" 20,000 times') },
  { file: 'repeat-vague-de.txt', content: `date 2022-01-06 ${rep('des dizaines de ', 20000)}morts`, expect: ok('a chain of vague quantities') },
  { file: 'repeat-pronoun-attribution.txt', content: `date 2022-01-06 ${good} ${rep('Oui, a-t-il ajouté. ', 5000)}`, expect: ok('5,000 reporting clauses for one speaker') },
  { file: 'repeat-places.txt', content: `date 2022-01-06 ${rep('Almaty, Moscou, Paris, Aktau, ', 5000)}`, expect: ok('20,000 place mentions') },
  { file: 'repeat-numbers.txt', content: `date 2022-01-06 ${rep('1 000 000 ', 10000)}personnes`, expect: ok('a run of grouped digits') },
  { file: 'repeat-dates.txt', content: `date 2022-01-06 ${rep('jeudi 6 janvier 2022, ', 5000)}`, expect: ok('5,000 dates') },
  { file: 'repeat-events.txt', content: `date 2022-01-06 ${rep('Des manifestants ont été tués. ', 5000)}`, expect: ok('5,000 one-line events') },
  { file: 'repeat-acronyms.txt', content: `date 2022-01-06 ${rep("l'Organisation du traité (OT) ", 5000)}`, expect: ok('acronyms and long forms repeated') },
  { file: 'repeat-titles.txt', content: `date 2022-01-06 ${rep('M. M. Dr Dr ', 10000)}Dupont a déclaré que trois soldats ont été tués.`, expect: ok('titles without names') },
  { file: 'parentheses.txt', content: `date 2022-01-06 ${rep('(', 20000)}${good}${rep(')', 20000)}`, expect: ok('deep parentheses') },
  { file: 'regex-trap-letters.txt', content: `date 2022-01-06 ${rep('a', 100000)}!`, expect: ok('a 100 KB token') },
  { file: 'regex-trap-spaces.txt', content: `date 2022-01-06 au${rep(' ', 50000)}moins${rep(' ', 50000)}huit`, expect: ok('huge white space inside a phrase') },
  { file: 'regex-trap-apostrophes.txt', content: `date 2022-01-06 ${rep("d'", 50000)}Almaty`, expect: ok('elision flood') },
  { file: 'regex-trap-hyphens.txt', content: `date 2022-01-06 ${rep('quatre-vingt-', 10000)}dix morts`, expect: ok('a number word chain without end') },
  { file: 'regex-trap-capitals.txt', content: `date 2022-01-06 ${rep('Le La Les Selon M. ', 10000)}`, expect: ok('capitalised words that are not names') },
  { file: 'regex-trap-quotes.txt', content: `date 2022-01-06 ${rep('« ', 20000)}${good}${rep(' »', 20000)}`, expect: ok('quote marks flood') },
  { file: 'all-caps.txt', content: `date 2022-01-06 AU MOINS TROIS CIVILS ONT ÉTÉ TUÉS JEUDI À ALMATY, A DÉCLARÉ LA POLICE.`, expect: ok('wire copy in capitals') },
  { file: 'no-header.txt', content: good, expect: ok('no date: relative dates stay unresolved', { warning: 'no document date' }) },
  { file: 'far-future-date.txt', content: `date 2999-12 ${good}`, expect: ok('a date far ahead is still a date') },
  { file: 'huge-number.txt', content: `date 2022-01-06 10000000000000000000000000 personnes ont été tuées et 2,5 personnes blessées.`, expect: ok('impossible counts of people are not counts') },
  { file: 'punctuation-only.txt', content: `date 2022-01-06 ${rep('.,;:!?…—–-«»()[]{}', 3000)}`, expect: ok('no words at all') },
  { file: 'urls-and-code.txt', content: `date 2022-01-06 https://example.org/?q=${rep('%2F', 3000)} \`rm -rf /\` ${good} SELECT * FROM events; DROP TABLE articles;--`, expect: ok('URLs, shell and SQL are text') },
  { file: 'nul-after-probe.txt', content: `date 2022-01-06 ${rep('x', 9000)}\u0000${good}`, expect: ok('a NUL past the binary probe is kept as a character') },
  { file: 'german.txt', content: 'date 2022-01-06 Mindestens drei Zivilisten wurden am Donnerstag in Almaty getötet, teilte die Polizei mit. Die Regierung verhängte den Ausnahmezustand über die ganze Region.', expect: fail('unsupported-language', 'German is recognised and refused, not read as French') },
  { file: 'russian.txt', content: 'date 2022-01-06 По меньшей мере три мирных жителя погибли в четверг в Алматы, сообщила полиция. Правительство ввело чрезвычайное положение.', expect: fail('unsupported-language', 'Russian is recognised and refused') },
];

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const manifest: Record<string, Expect | Expect[]> = {};
for (const c of cases) {
  writeFileSync(join(dir, c.file), c.content);
  manifest[c.file] = c.expect;
}
writeFileSync(projectFile('test', 'fixtures', 'hostile-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${cases.length} hostile inputs to ${dir}`);
