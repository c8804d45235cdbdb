/**
 * The HIPE TSV format (one token a line, `# key = value` comment lines, a document starting at its
 * `document_id` comment), shared by HIPE-2022 and the impresso news-agency set. The text is
 * rebuilt from the tokens (a space after each, none after `NoSpaceAfter`, a line break after
 * `EndOfLine`), so gold spans become character offsets into the text we give the pipeline.
 *   Munich  B-loc  …  Q1726  NoSpaceAfter
 *   .       O      …  _      EndOfSentence      → "Munich." with LOC [0, 6) linked to Q1726
 */
export interface HipeToken { start: number; end: number; text: string; cols: Record<string, string> }

export interface HipeDoc {
  id: string;
  file: string;
  meta: Record<string, string>;
  text: string;
  tokens: HipeToken[];
}

export interface HipeEntity { start: number; end: number; text: string; type: string; link: string | null }

/** A metadata value by its key without the namespace: `meta(doc, 'date')` reads `hipe2022:date`. */
export function metaValue(doc: HipeDoc, key: string): string | null {
  for (const [k, v] of Object.entries(doc.meta)) if (k === key || k.endsWith(`:${key}`)) return v;
  return null;
}

const DEFAULT_COLUMNS = ['TOKEN', 'NE-COARSE-LIT', 'NE-COARSE-METO', 'NE-FINE-LIT', 'NE-FINE-METO', 'NE-FINE-COMP', 'NE-NESTED', 'NEL-LIT', 'NEL-METO', 'MISC'];

export function parseHipeTsv(content: string, file = '<tsv>'): HipeDoc[] {
  const docs: HipeDoc[] = [];
  let columns = DEFAULT_COLUMNS;
  let pending: Record<string, string> = {};
  let doc: (HipeDoc & { parts: string[]; length: number }) | null = null;
  let separator = '';
  const finish = () => {
    if (doc) { doc.text = doc.parts.join(''); docs.push({ id: doc.id, file: doc.file, meta: doc.meta, text: doc.text, tokens: doc.tokens }); }
    doc = null;
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('#') && !line.includes('\t')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      if (!m) continue;
      const key = m[1]!.trim();
      const value = m[2]!.trim();
      if (key === 'global.columns') { columns = value.split(/\s+/); continue; }
      if (key === 'document_id' || key.endsWith(':document_id')) {
        finish();
        doc = { id: value, file, meta: { ...pending, [key]: value }, text: '', tokens: [], parts: [], length: 0 };
        pending = {};
        separator = '';
      } else if (doc && doc.tokens.length === 0) doc.meta[key] = value;
      // After a document's tokens, metadata belongs to the next document (news-agency files
      // give language and date before the document_id line).
      else pending[key] = value;
      continue;
    }
    const cells = line.split('\t');
    if (cells[0] === 'TOKEN' && cells.includes('NE-COARSE-LIT')) { columns = cells; continue; }
    if (!doc) doc = { id: `${file}#${docs.length + 1}`, file, meta: { ...pending }, text: '', tokens: [], parts: [], length: 0 };
    const cols: Record<string, string> = {};
    columns.forEach((c, i) => { cols[c] = cells[i] ?? '_'; });
    const token = cells[0] ?? '';
    doc.parts.push(separator);
    doc.length += separator.length;
    const start = doc.length;
    doc.parts.push(token);
    doc.length += token.length;
    doc.tokens.push({ start, end: doc.length, text: token, cols });
    const flags = cells.slice(1).join('|');
    separator = flags.includes('NoSpaceAfter') ? '' : flags.includes('EndOfLine') ? '\n' : ' ';
  }
  finish();
  return docs;
}

/**
 * Entities of one BIO column ("B-loc", "I-loc"; fine labels keep their dots, "B-org.ent.pressagency.AFP"),
 * with the first token's value of `linkColumn` (a Wikidata id, or null for "_" and NIL).
 */
export function bioEntities(doc: HipeDoc, column: string, linkColumn = 'NEL-LIT'): HipeEntity[] {
  const out: HipeEntity[] = [];
  let open: HipeEntity | null = null;
  const close = () => { if (open) { open.text = doc.text.slice(open.start, open.end); out.push(open); } open = null; };
  for (const t of doc.tokens) {
    const tag = t.cols[column] ?? 'O';
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) { close(); continue; }
    if (m[1] === 'I' && open && open.type === m[2]) { open.end = t.end; continue; }
    close();
    const link = t.cols[linkColumn];
    open = { start: t.start, end: t.end, text: '', type: m[2]!, link: link && link !== '_' && link !== 'NIL' ? link : null };
  }
  close();
  return out;
}

/** The documents with their first copy only (a set may repeat an article under the same id). */
export function uniqueDocs(docs: readonly HipeDoc[]): { docs: HipeDoc[]; duplicates: number } {
  const seen = new Set<string>();
  const out = docs.filter((d) => { if (seen.has(d.id)) return false; seen.add(d.id); return true; });
  return { docs: out, duplicates: docs.length - out.length };
}
