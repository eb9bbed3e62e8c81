import { describe, expect, it } from 'vitest';
import { LATIN_PROPERTIES } from '../../src/lexicon/latin-properties.js';
import {
  isLatinText,
  latinCharacters,
  latinRegExp,
  plainSource,
  propertyClasses,
  propertyRanges,
} from '../../src/lexicon/latin.js';
import { alternatives } from '../../src/lexicon/patterns.js';

const TEXT_SET = latinCharacters();
const code = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
// Every character of the text set that a pattern matches (scanned whole, so the test is exhaustive).
const matched = (re: RegExp) => (TEXT_SET.match(re) ?? []).join('');

describe('the plain twin of a u pattern agrees with it on every character of the text set', () => {
  it('case-insensitive letters: each character matches the same characters under /i as under /iu', () => {
    const differ: string[] = [];
    for (const c of TEXT_SET)
      if (matched(new RegExp(code(c), 'giu')) !== matched(new RegExp(code(c), 'gi'))) differ.push(code(c));
    expect(differ).toEqual([]);
  });

  it.each(['L', 'Lu', 'Ll', 'N', 'Nd', 'M'])('\\p{%s} and \\P{…}, with and without i, alone and in a class', (p) => {
    for (const flags of ['gu', 'giu'])
      for (const src of [`\\p{${p}}`, `\\P{${p}}`, `[\\p{${p}}_]`, `[^\\p{${p}}.]`]) {
        const plain = plainSource(src, flags.includes('i'));
        expect(plain, src).not.toBeNull();
        expect(matched(new RegExp(plain!, flags.replace('u', ''))), `${src} /${flags}`).toBe(
          matched(new RegExp(src, flags)),
        );
      }
  });

  it('\\w, \\W, \\s, \\S, \\d, \\D and . with and without i', () => {
    for (const flags of ['gu', 'giu'])
      for (const src of ['\\w', '\\W', '\\s', '\\S', '\\d', '\\D', '.', '[\\w-]'])
        expect(matched(new RegExp(plainSource(src, flags.includes('i'))!, flags.replace('u', ''))), src).toBe(
          matched(new RegExp(src, flags)),
        );
  });
});

describe('the property table', () => {
  // The table a run reads instead of asking ICU (scripts/latin-properties.mjs makes it). Under another Unicode
  // version a run works the classes out itself, so the table is checked only where it applies.
  it.runIf(process.versions.unicode === LATIN_PROPERTIES.unicode)('holds what ICU gives for every class', () => {
    const computed = Object.fromEntries(
      propertyClasses().map(({ key, name, negated, ignoreCase }) => [key, propertyRanges(name, negated, ignoreCase)]),
    );
    expect(LATIN_PROPERTIES.ranges).toEqual(computed);
  });
});

describe('plainSource refuses what it cannot translate exactly', () => {
  it.each([
    ['a class range reaching past the text set under i ("ſ" folds to s)', '[\\u0100-\\u0200]', true],
    ['a letter outside the text set under i (the Kelvin sign folds to k)', '\u212A', true],
    ['a property it does not know', '\\p{Script=Greek}', false],
    ['a code point above U+FFFF', '\\u{1F600}', false],
    ['a backreference', '(a)\\1', false],
  ])('%s', (_, src, ignoreCase) => {
    expect(plainSource(src, ignoreCase)).toBeNull();
    // latinRegExp then is an ordinary RegExp with the original's results.
    const re = latinRegExp(src, ignoreCase ? 'iu' : 'u');
    expect(re.source).toBe(new RegExp(src, 'u').source);
  });

  it('keeps a range inside the text set and a dash at a class end', () => {
    expect(plainSource('[a-z/-]', true)).toBe('[a-z/-]');
    expect(plainSource('\\u{2013}', false)).toBe('\\u2013');
  });
});

describe('latinRegExp gives the results of new RegExp on any text', () => {
  // Date-like patterns built from lexicon-like words, as the readers build them.
  const MONTH = `(?:${alternatives(['jan', 'january', 'mär', 'märz', 'sept', 'september', 'août', 'dic'])})\\.?(?!\\p{L})`;
  const POINT = `(?:${MONTH}\\s*\\d{4}|\\d{1,2}/\\d{4}|\\d{4})`;
  const patterns: [string, string][] = [
    [`\\b(${POINT})\\s*(?:-|–|to|à)\\s*(${POINT}|present|heute)(?![\\p{L}\\d/])`, 'iu'],
    [`(?<![\\p{L}\\p{N}.])(?:b(?:\\.\\s?|\\s?-\\s?)sc|m(?:\\.\\s?|\\s?-\\s?)tech)(?!\\.?[\\p{L}\\p{N}])\\.?`, 'iu'],
    [`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}$`, 'u'],
    [`\\.?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[+#](?![\\p{L}\\p{N}]))*`, 'gu'],
    [`(?<![\\p{L}\\d])Acme Straße(?![\\p{L}\\d])`, 'giu'],
  ];
  const pieces = [
    'Jan 2019',
    'JANUARY 2020',
    'märz 2018',
    'MÄRZ 2017',
    'Sept. 2015',
    'SEPTEMBER 2014',
    'août 2012',
    'AOÛT 2011',
    '03/2021',
    '2019',
    ' - ',
    ' – ',
    ' to ',
    ' à ',
    'present',
    'Heute',
    'B.Sc',
    'b. sc',
    'M-TECH',
    'MTech',
    'x',
    'Acme Straße',
    'ACME STRASSE',
    'acme straẞe',
    'Ünal Öz',
    'Ḿaria',
    'ſept 2019',
    'Ｊan 2019',
    'Ιωάννης',
    '東京',
    '😀',
    'C++',
    'C#',
    'é',
    'e\u0301',
    '\u212Aelvin',
    'İstanbul',
    ' ',
    ',',
    '.',
    '\n',
    '·',
    '',
  ];
  // A fixed pseudo-random sequence (no wall clock, no Math.random): the same texts on every run.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts = Array.from({ length: 1500 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join(
      next() < 0.5 ? ' ' : '',
    ),
  );

  it.each(patterns)('%s /%s', (src, flags) => {
    const fast = latinRegExp(src, flags);
    const ref = new RegExp(src, flags);
    expect(fast.source).toBe(ref.source);
    expect(fast.flags).toBe(ref.flags);
    expect(String(fast)).toBe(String(ref));
    expect([fast.global, fast.ignoreCase, fast.unicode, fast.sticky]).toEqual([
      ref.global,
      ref.ignoreCase,
      ref.unicode,
      ref.sticky,
    ]);
    for (const t of texts) {
      if (flags.includes('g')) {
        expect(
          [...t.matchAll(fast)].map((m) => [m.index, m[0]]),
          t,
        ).toEqual([...t.matchAll(ref)].map((m) => [m.index, m[0]]));
        expect(t.replace(fast, '<$&>'), t).toBe(t.replace(ref, '<$&>'));
        expect(t.split(fast), t).toEqual(t.split(ref));
        expect(t.match(fast), t).toEqual(t.match(ref));
      } else {
        const [a, b] = [fast.exec(t), ref.exec(t)];
        expect(a && [a.index, ...a], t).toEqual(b && [b.index, ...b]);
        expect(fast.test(t), t).toBe(ref.test(t));
        expect(t.search(fast), t).toBe(t.search(ref));
      }
    }
  });

  it('keeps lastIndex like the original under g', () => {
    const fast = latinRegExp('\\p{L}+', 'gu');
    const ref = /\p{L}+/gu;
    for (const t of ['ab cd', 'Ωμέγα ab', 'ab']) {
      fast.lastIndex = ref.lastIndex = 1;
      expect([fast.exec(t)?.[0], fast.lastIndex]).toEqual([ref.exec(t)?.[0], ref.lastIndex]);
    }
  });

  it('sends text outside the set to the original pattern', () => {
    expect(isLatinText('Senior Engineer – Acme, Zürich • 2019')).toBe(true);
    expect(isLatinText('ſept 2019')).toBe(false);
    expect(isLatinText('Ιωάννης')).toBe(false);
    // Under /iu "ß" is a case-closed \p{Lu} (through "ẞ") and "ſ" is an s: the results stay the original's.
    expect(latinRegExp('^\\p{Lu}$', 'iu').test('ß')).toBe(true);
    expect(latinRegExp('sept', 'iu').test('ſept')).toBe(true);
    expect(latinRegExp('\\p{L}{3}', 'u').test('東京都')).toBe(true);
  });
});
