/** Reduces HTML (a web resume, or mammoth's rendering of a DOCX) to text lines: blocks, list items, table rows. */

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'hr',
  'br',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'title',
  'body',
  'html',
]);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'object', 'iframe']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ntilde: 'ñ',
  ccedil: 'ç',
};

/** Decode HTML character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** Turn HTML into lines. Table rows with short single-line cells stay one line ("Engineer, Acme | 2019 – 2021"). */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let prefix = '';
  let skipDepth = 0;
  let skipTag = '';
  let row: string[][] | null = null;
  let cell: string[] | null = null;
  const flush = () => {
    let t = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (!t) return;
    t = prefix + t;
    prefix = '';
    if (cell) cell.push(t);
    else lines.push(t);
  };
  const endRow = () => {
    if (!row) return;
    const cells = row.filter((c) => c.length > 0);
    const simple = cells.every((c) => c.length === 1) && cells.reduce((n, c) => n + c[0].length, 0) <= 160;
    if (simple && cells.length > 0) lines.push(cells.map((c) => c[0]).join(' | '));
    else for (const c of cells) lines.push(...c);
    row = null;
  };
  // Tags and text alternate; the pattern has no nested quantifiers, so it runs in linear time.
  const re = /<!--[\s\S]*?-->|<[!?][^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+|<)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, closing, rawTag, text] = m;
    if (text !== undefined) {
      if (!skipDepth) line += decodeEntities(text);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (skipDepth) {
      if (tag === skipTag) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (SKIP.has(tag) && !closing) {
      skipDepth = 1;
      skipTag = tag;
      continue;
    }
    if (tag === 'tr') {
      flush();
      if (closing) endRow();
      else {
        endRow();
        row = [];
      }
    } else if (tag === 'td' || tag === 'th') {
      flush();
      if (!closing && row) {
        cell = [];
        row.push(cell);
      } else cell = null;
    } else if (tag === 'li') {
      flush();
      prefix = closing ? '' : '- ';
    } else if (BLOCK.has(tag)) {
      flush();
      if (tag === 'table' && closing) endRow();
    }
  }
  flush();
  endRow();
  return lines.join('\n');
}
