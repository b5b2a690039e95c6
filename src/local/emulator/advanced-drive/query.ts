/** The `q` of files.list: terms joined by `and`. */
import { MimeType } from '../drive/mime-type';
import { apiError, notEmulated } from './errors';
import type { Item } from './item';

type Token = { t: 'str'; v: string } | { t: 'op'; v: string } | { t: 'word'; v: string } | { t: 'paren'; v: string };

function tokenize(q: string): Token[] | null {
  const re = /\s*(?:'((?:[^'\\]|\\.)*)'|(!=|<=|>=|=|<|>)|([()])|([A-Za-z_][\w.]*))/y;
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (/^\s*$/.test(q.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(q);
    if (!m) return null;
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'str', v: m[1].replace(/\\(.)/g, '$1') });
    else if (m[2]) out.push({ t: 'op', v: m[2] });
    else if (m[3]) out.push({ t: 'paren', v: m[3] });
    else out.push({ t: 'word', v: m[4] });
  }
  return out;
}

export type Predicate = (item: Item, parentOf: (item: Item) => string | null) => boolean;

export function parseQuery(q: string, rootId: string): Predicate {
  const invalid = () => apiError('list', 'Invalid Value');
  const tokens = tokenize(q);
  if (!tokens || tokens.length === 0) throw invalid();
  const terms: Predicate[] = [];
  let i = 0;
  for (;;) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    if (!a || !b || !c) throw invalid();
    if (a.t === 'paren' || (a.t === 'word' && /^(not|or)$/i.test(a.v))) throw notEmulated('list', `"${a.v}" in q`);
    if (a.t === 'str' && b.t === 'word' && b.v === 'in' && c.t === 'word') {
      if (c.v !== 'parents') throw notEmulated('list', `"in ${c.v}" in q`);
      const id = a.v === 'root' ? rootId : a.v;
      terms.push((item, parentOf) => parentOf(item) === id);
    } else if (a.t === 'word' && b.t === 'op') {
      if (b.v !== '=' && b.v !== '!=') throw notEmulated('list', `"${a.v} ${b.v}" in q`);
      const same = b.v === '=';
      if (a.v === 'name' || a.v === 'mimeType') {
        if (c.t !== 'str') throw invalid();
        const field = a.v;
        terms.push((item) => (fieldOf(item, field) === c.v) === same);
      } else if (a.v === 'trashed') {
        if (c.t !== 'word' || !/^(true|false)$/.test(c.v)) throw invalid();
        const want = c.v === 'true';
        terms.push((item) => (item.rec.trashed === want) === same);
      } else {
        throw notEmulated('list', `the term "${a.v}" in q`);
      }
    } else if (a.t === 'word' && b.t === 'word' && b.v === 'contains') {
      throw notEmulated('list', `"${a.v} contains" in q`);
    } else {
      throw invalid();
    }
    i += 3;
    if (i === tokens.length) break;
    const join = tokens[i];
    if (join.t === 'word' && /^or$/i.test(join.v)) throw notEmulated('list', '"or" in q');
    if (join.t !== 'word' || !/^and$/i.test(join.v)) throw invalid();
    i++;
  }
  return (item, parentOf) => terms.every((t) => t(item, parentOf));
}

function fieldOf(item: Item, field: 'name' | 'mimeType'): string {
  if (field === 'name') return item.rec.name;
  return item.kind === 'folder' ? MimeType.FOLDER : item.rec.mimeType;
}
