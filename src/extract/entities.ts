/**
 * People, organisations and media, and the noun phrases that name a speaker or an outlet.
 *   "le porte-parole de la police Saltanat Azirbek" → person, role "porte-parole de la police"
 *   "l'Organisation du traité de sécurité collective (OTSC)" → one organisation with its acronym
 *   "le ministère de l'Intérieur kazakh" → organisation;  "les agences Interfax-Kazakhstan" → media
 */
import { firstMatch, lookup } from '../common/patterns.js';
import { evidenceAt, trimmedEvidence } from '../core/spans.js';
import type { Entity, EntityKind, Evidence } from '../core/schema.js';
import type { Sentence } from '../text/segment.js';
import type { CompiledPack } from './compiled.js';
import type { EntityTable } from './entity-table.js';
import { caseView } from '../text/recase.js';

const ACRONYM_IN_PARENS = /\((\p{Lu}[\p{Lu}\d&.-]{1,9})\)/gu;
const WORD_BACK = /[\p{L}\p{M}'’-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

export function extractNamedEntities(text: string, sentence: Sentence, cp: CompiledPack, table: EntityTable): void {
  // All-capitals copy: names are read on a view with case restored (same offsets).
  const s = caseView(sentence.text, cp.knownWords);
  const base = sentence.start;
  const code = cp.pack.code;

  for (const m of s.matchAll(cp.mediaName)) {
    const start = base + m.index!;
    table.add({ kind: 'media', name: m.groups!.name!, named: true, evidence: evidenceAt(text, start, start + m[0].length), rule: `${code}/media-name` });
  }

  for (const m of s.matchAll(ACRONYM_IN_PARENS)) {
    const long = longFormBefore(s, m.index!, m[1]!);
    if (!long) continue;
    const start = base + long.start;
    table.add({ kind: 'organisation', name: long.text, named: true, acronym: m[1]!, evidence: evidenceAt(text, start, base + long.end), rule: `${code}/organisation-acronym` });
    const acronymStart = base + m.index! + 1;
    table.add({ kind: 'organisation', name: m[1]!, named: true, evidence: evidenceAt(text, acronymStart, acronymStart + m[1]!.length), rule: `${code}/organisation-acronym` });
  }

  for (const m of s.matchAll(cp.roleThenName)) {
    const nameStart = base + m.index! + m[0].length - m.groups!.name!.length;
    const name = cleanName(m.groups!.name!, cp);
    if (!name) continue;
    const roleStart = base + m.index!;
    table.add({ kind: 'person', name, named: true, evidence: evidenceAt(text, nameStart, nameStart + name.length),
      role: { text: text.slice(roleStart, nameStart).trim(), evidence: trimmedEvidence(text, roleStart, nameStart) }, rule: `${code}/person-role-name` });
  }

  for (const m of s.matchAll(cp.titleThenName)) {
    const nameStart = base + m.index! + m[0].length - m.groups!.name!.length;
    const name = cleanName(m.groups!.name!, cp);
    if (!name) continue;
    table.add({ kind: 'person', name, named: true, evidence: evidenceAt(text, base + m.index!, nameStart + name.length), rule: `${code}/person-title-name` });
  }

  // Acronyms seen before ("OTSC" alone) join their organisation.
  for (const m of s.matchAll(/(?<![\p{L}(])\p{Lu}{2,}(?![\p{L})])/gu)) {
    const known = table.find('organisation', m[0]);
    if (known) table.add({ kind: 'organisation', name: m[0], named: true, evidence: evidenceAt(text, base + m.index!, base + m.index! + m[0].length), rule: `${code}/organisation-acronym` });
  }

  cp.organisationHead.lastIndex = 0;
  for (const m of s.matchAll(cp.organisationHead)) {
    const head = m.groups!.head!;
    if (cp.mediaHeads.has(head.toLowerCase())) continue;
    const phrase = organisationPhrase(s, m.index!, head, cp);
    if (!phrase) continue;
    const span = { start: base + phrase.start, end: base + phrase.end };
    if (table.covers(span)) continue;
    const evidence = evidenceAt(text, span.start, span.end);
    table.add({ kind: 'organisation', name: phrase.name, named: CAPITALISED.test(phrase.name), evidence, rule: `${code}/organisation-description` });
  }
}

/** "… l'Organisation du traité de sécurité collective (OTSC)": the words whose capital starts the acronym. */
function longFormBefore(s: string, parenAt: number, acronym: string): { start: number; end: number; text: string } | null {
  let end = parenAt;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  let cursor = end;
  let best: number | null = null;
  for (let words = 0; words < 10 && cursor > 0; words++) {
    const m = WORD_BACK.exec(s.slice(Math.max(0, cursor - 40), cursor));
    if (!m) break;
    let wordStart = cursor - m[0].length;
    let word = m[0];
    const elided = /^[\p{L}]['’]/u.exec(word);
    if (elided) { word = word.slice(2); wordStart += 2; }
    if (CAPITALISED.test(word) && word[0] === acronym[0]) best = wordStart;
    if (elided) break;
    cursor = cursor - m[0].length;
    while (cursor > 0 && s[cursor - 1] === ' ') cursor--;
  }
  return best === null ? null : { start: best, end, text: s.slice(best, end) };
}

const ADJECTIVE = /^\s+([\p{Ll}\p{M}-]+)/u;

/** "le ministère de l'Intérieur kazakh": a head after a determiner, its complements and a country adjective. */
function organisationPhrase(s: string, at: number, head: string, cp: CompiledPack): { start: number; end: number; name: string } | null {
  if (!cp.determinerBefore.test(s.slice(Math.max(0, at - 8), at))) return null;
  if (cp.capitalisedOnlyHeads.has(head.toLowerCase()) && !CAPITALISED.test(head)) return null;
  let end = at + head.length;
  for (let i = 0; i < 3; i++) {
    const c = cp.complementLinkAtStart.exec(s.slice(end, end + 40));
    if (!c) break;
    end += c[0].length;
  }
  const adjective = ADJECTIVE.exec(s.slice(end, end + 30));
  if (adjective && lookup(cp.demonyms, adjective[1]!)) end += adjective[0].length;
  return { start: at, end, name: s.slice(at, end) };
}

/** Drops capitalised words that are not names ("Selon", "Le") from the edges of a name. */
export function cleanName(name: string, cp: CompiledPack): string | null {
  const words = name.split(/\s+/);
  while (words.length && cp.notNames.has(words[0]!)) words.shift();
  while (words.length && cp.notNames.has(words.at(-1)!)) words.pop();
  return words.length ? words.join(' ') : null;
}

export interface PhraseReading {
  kind: EntityKind;
  name: string;
  named: boolean;
  role: { text: string; evidence: Evidence } | null;
  evidence: Evidence;
}

/**
 * Reads the noun phrase that names a speaker or an outlet:
 * "le porte-parole de la police Saltanat Azirbek" → person Saltanat Azirbek, role porte-parole de la police;
 * "M. Azirbek" → person; "la télévision publique locale" → media, unnamed; "le ministère…" → organisation.
 */
export function readPhrase(text: string, start: number, end: number, cp: CompiledPack, defaultKind: EntityKind): PhraseReading | null {
  const evidence = trimmedEvidence(text, start, end);
  if (evidence.text.length === 0 || evidence.text.length > 120) return null;
  const phrase = caseView(evidence.text, cp.knownWords);
  const withoutDeterminer = phrase.replace(cp.determinerAtStart, '');
  const firstWord = withoutDeterminer.split(/[\s'’]/)[0]!.toLowerCase();
  const startsWithHead = (heads: Set<string>) => [...heads].some((h) => withoutDeterminer.toLowerCase().startsWith(h)) || heads.has(firstWord);

  cp.titleThenName.lastIndex = 0;
  const titled = firstMatch(cp.titleThenName, phrase);
  if (titled && titled.index === 0) {
    return { kind: 'person', name: cleanName(titled.groups!.name!, cp) ?? titled.groups!.name!, named: true, role: null, evidence };
  }
  cp.mediaName.lastIndex = 0;
  const media = firstMatch(cp.mediaName, phrase);
  if (startsWithHead(cp.mediaHeads) || (media && media.index + media[0].length === phrase.length)) {
    const named = media ? media.groups!.name! : trailingName(withoutDeterminer, cp);
    if (named) {
      const at = evidence.start + phrase.lastIndexOf(named);
      return { kind: 'media', name: named, named: true, role: null, evidence: evidenceAt(text, at, at + named.length) };
    }
    return { kind: 'media', name: withoutDeterminer, named: false, role: null, evidence };
  }
  // Head-final languages name the organisation last ("the Interior Ministry", "the Elgin Police Department").
  const endsWithHead = [...cp.organisationHeads].some((h) => withoutDeterminer.toLowerCase().endsWith(` ${h}`));
  if (startsWithHead(cp.organisationHeads) || (endsWithHead && withoutDeterminer.split(/\s+/).length <= 6)) {
    return { kind: 'organisation', name: withoutDeterminer, named: CAPITALISED.test(withoutDeterminer), role: null, evidence };
  }
  const roled = roleAndName(phrase, cp);
  const name = roled ?? trailingName(phrase, cp);
  if (name) {
    const nameAt = evidence.start + phrase.lastIndexOf(name);
    const roleText = text.slice(evidence.start, nameAt).trim();
    const role = roleText ? { text: roleText.replace(cp.determinerAtStart, ''), evidence: trimmedEvidence(text, evidence.start, nameAt) } : null;
    if (role && role.evidence.text.length) {
      const roleStart = role.evidence.start + role.evidence.text.length - role.text.length;
      role.evidence = evidenceAt(text, roleStart, role.evidence.end);
    }
    return { kind: 'person', name, named: true, role: role && role.text ? role : null, evidence: evidenceAt(text, nameAt, nameAt + name.length) };
  }
  return { kind: defaultKind, name: withoutDeterminer, named: false, role: null, evidence };
}

/** "le ministre de l'Intérieur Jean Dupont" → "Jean Dupont": the role's own capitals are not the name. */
function roleAndName(phrase: string, cp: CompiledPack): string | null {
  cp.roleThenName.lastIndex = 0;
  const m = firstMatch(cp.roleThenName, phrase);
  if (!m || m.index + m[0].length !== phrase.length || phrase.slice(0, m.index).replace(cp.determinerAtStart, '').trim()) return null;
  return cleanName(m.groups!.name!, cp);
}

/** The capitalised name that ends a phrase, unless it is a complement ("la télévision d'État"). */
function trailingName(phrase: string, cp: CompiledPack): string | null {
  let last: RegExpExecArray | null = null;
  cp.properName.lastIndex = 0;
  for (let m = cp.properName.exec(phrase); m; m = cp.properName.exec(phrase)) last = m;
  if (!last || last.index + last[0].length < phrase.trimEnd().length) return null;
  if (cp.complementLinkAtEnd.test(phrase.slice(0, last.index))) return null;
  return cleanName(last[0], cp);
}

export function addReading(table: EntityTable, reading: PhraseReading, rule: string): Entity {
  return table.add({ kind: reading.kind, name: reading.name, named: reading.named, evidence: reading.evidence, role: reading.role, rule });
}
