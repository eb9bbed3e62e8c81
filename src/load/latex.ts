/** Reduces a LaTeX resume to its text: macros unwrapped, multi-argument macros (resume entries) as one line. */

// Commands whose arguments are layout, not content.
const DROP = new Set([
  'vspace',
  'hspace',
  'label',
  'setlength',
  'addtolength',
  'titleformat',
  'color',
  'definecolor',
  'pagestyle',
  'thispagestyle',
  'fancyhf',
  'input',
  'include',
  'usepackage',
  'documentclass',
  'newcommand',
  'renewcommand',
  'newenvironment',
  'geometry',
  'includegraphics',
  'bibliographystyle',
  'hypersetup',
  'setlist',
  'fontsize',
  'titlespacing',
  'pdfgentounicode',
]);
// One-argument commands that format text in place; any other one-argument macro is a line of its own.
const INLINE =
  /^(text[a-z]*|emph|underline|uline|mbox|makebox|url|small|footnotesize|scriptsize|tiny|large|Large|LARGE|huge|Huge|normalsize|scshape|bfseries|itshape|fbox|raisebox|color|textcolor|hl|faicon)$/;
const SYMBOLS: Record<string, string> = {
  '&': '&',
  '%': '%',
  $: '$',
  _: '_',
  '#': '#',
  '{': '{',
  '}': '}',
  ' ': ' ',
  ',': ' ',
  ';': ' ',
  '\\': '\n',
  textbar: '|',
  textbullet: '•',
  cdot: '·',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  newline: '\n',
  linebreak: '\n',
  par: '\n',
  item: '\n- ',
  hfill: '  ',
  quad: ' ',
  qquad: '  ',
  ldots: '…',
  dots: '…',
};

/** Text of a LaTeX document (its body when it has one). */
export function latexToText(source: string): string {
  let src = source.replace(/(^|[^\\])%.*$/gm, '$1');
  const begin = src.indexOf('\\begin{document}');
  if (begin >= 0) {
    const end = src.indexOf('\\end{document}', begin);
    src = src.slice(begin + '\\begin{document}'.length, end >= 0 ? end : undefined);
  }
  const text = convert(src, { i: 0 }, 0, false)
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``|''/g, '"')
    .replace(/~/g, ' ');
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** A balanced `{…}` group starting at `pos.i` (which is at `{`), converted. */
function group(src: string, pos: { i: number }, depth: number): string {
  pos.i++;
  const out = convert(src, pos, depth + 1, true);
  return out;
}

function skipSpaces(src: string, pos: { i: number }): void {
  // Arguments may continue on the next line, but a blank line ends the command.
  while (pos.i < src.length && /\s/.test(src[pos.i]) && !(src[pos.i] === '\n' && src[pos.i + 1] === '\n')) pos.i++;
}

function convert(src: string, pos: { i: number }, depth: number, inGroup: boolean): string {
  let out = '';
  while (pos.i < src.length) {
    const c = src[pos.i];
    if (c === '}' && inGroup) {
      pos.i++;
      return out;
    }
    if (c === '{') {
      out += depth < 40 ? group(src, pos, depth) : '';
      continue;
    }
    if (c === '$') {
      pos.i++;
      continue;
    }
    if (c === '&') {
      out += '  ';
      pos.i++;
      continue;
    }
    if (c !== '\\') {
      out += c;
      pos.i++;
      continue;
    }
    const m = /^\\([A-Za-z]+\*?|.)/.exec(src.slice(pos.i, pos.i + 40));
    if (!m) {
      pos.i++;
      continue;
    }
    const name = m[1].replace(/\*$/, '');
    pos.i += m[0].length;
    if (name in SYMBOLS) {
      out += SYMBOLS[name];
      continue;
    }
    const args: string[] = [];
    const arity = name === 'href' || name === 'textcolor' ? 2 : INLINE.test(name) ? 1 : Infinity;
    while (args.length < arity) {
      skipSpaces(src, pos);
      if (src[pos.i] === '[') {
        const close = src.indexOf(']', pos.i);
        pos.i = close < 0 ? src.length : close + 1;
      } else if (src[pos.i] === '{' && depth < 40) args.push(group(src, pos, depth).trim());
      else break;
    }
    if (DROP.has(name) || args.length === 0) continue;
    if (name === 'begin' || name === 'end') out += '\n';
    else if (name === 'href' || name === 'textcolor') out += args[args.length - 1];
    else if (/^(sub)*section$|^(section|heading|cvsection)/.test(name)) out += `\n\n${args.join(' ')}\n`;
    else if (args.length >= 2) out += `\n${args.filter(Boolean).join(' | ')}\n`;
    else if (INLINE.test(name)) out += args[0];
    else out += `\n${/item/i.test(name) ? '- ' : ''}${args[0]}\n`;
  }
  return out;
}
