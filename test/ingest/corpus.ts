/** Small generated corpora for the ingest tests: short French and English dispatches, varied enough to make events. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['Almaty', 'Aktau', 'Bamako', 'Tbilissi', 'Khartoum', 'Mopti', 'Zhanaozen', 'Chicago'];
const FR = [
  (p: string, n: number) => `Au moins ${n} personnes ont été tuées jeudi à ${p} lors d'affrontements entre l'armée et des hommes armés, selon le ministère de l'Intérieur.`,
  (p: string, n: number) => `Des milliers de manifestants ont défilé mardi à ${p} contre le gouvernement. La police a arrêté ${n} personnes, a annoncé un porte-parole.`,
  (p: string, n: number) => `Une explosion a fait ${n} blessés lundi près du marché central de ${p}, ont indiqué des sources sécuritaires.`,
];
const EN = [
  (p: string, n: number) => `${n} people were injured in a shooting in ${p} early Sunday, police said. The suspect fled on foot.`,
  (p: string, n: number) => `Rioters set fire to a police station in ${p} on Friday; ${n} officers were hurt, the interior ministry said.`,
];

export function dispatch(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const n = 2 + (i % 17);
  const day = String(1 + (i % 27)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 27) % 12)).padStart(2, '0');
  const templates = i % 3 === 2 ? EN : FR;
  const body = templates[i % templates.length]!(place, n);
  return `date 2022-${month}-${day}\n${body} (dépêche ${i})`;
}

/** `n` articles: a third as .txt files in sub-folders, the rest as JSONL records. */
export function writeCorpus(dir: string, n: number): void {
  mkdirSync(join(dir, 'txt', 'a'), { recursive: true });
  mkdirSync(join(dir, 'txt', 'b'), { recursive: true });
  const records: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) writeFileSync(join(dir, 'txt', i % 2 ? 'a' : 'b', `d${String(i).padStart(5, '0')}.txt`), dispatch(i));
    else {
      const [header, ...rest] = dispatch(i).split('\n');
      records.push(JSON.stringify({ id: `r${i}`, date: header!.slice(5), text: rest.join('\n') }));
    }
  }
  writeFileSync(join(dir, 'records.jsonl'), `${records.join('\n')}\n`);
}
