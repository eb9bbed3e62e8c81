// The eval's own pure parts (eval/lib): span decoding, loose matching, its degree table, its oracles and
// the baseline diff. Snippets written for this test; nothing here reads ../shared.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AS_OF, parseArgs, SETS, UsageProblem } from '../../eval/lib/args.mjs';
import { bioSpans, charRange, joinTokens, occurrences, overlaps } from '../../eval/lib/bio.mjs';
import { parseCsv } from '../../scripts/csv.mjs';
import { goldMonth, goldRange, showsDateRange } from '../../eval/lib/dates.mjs';
import { degreeLevel, higher } from '../../eval/lib/degrees.mjs';
import { change, count, formatValue, seconds, share } from '../../eval/lib/figures.mjs';
import { employerMatch, loose, looseMatch, nameMatch } from '../../eval/lib/match.mjs';
import { pageDegreeLevels } from '../../eval/lib/oracle.mjs';
import { statesDegree, statesYears } from '../../eval/lib/posting-oracle.mjs';
import { distinct, linesOf, spanText } from '../../eval/lib/spans.mjs';
import { figureTable } from '../../eval/lib/table.mjs';
import { namesTechnology, namesTechnologyV2 } from '../../eval/lib/tech.mjs';

const asOf = new Date('2026-12-01T00:00:00Z');

describe('BIO span decoding', () => {
  it('turns B/I runs into [start, end) token spans, a B right after a span starting a new one', () => {
    expect(bioSpans(['O', 'B', 'I', 'O', 'B', 'B', 'I', 'I'])).toEqual([
      [1, 3],
      [4, 5],
      [5, 8],
    ]);
  });
  it('keeps an I that follows no B (an annotation slip) as the start of a span', () => {
    expect(bioSpans(['I', 'I', 'O', 'I'])).toEqual([
      [0, 2],
      [3, 4],
    ]);
    expect(bioSpans(['O', 'O'])).toEqual([]);
  });
  it('reads typed tags (B-KNOW, I-KNOW) the same way', () => {
    expect(bioSpans(['B-KNOW', 'I-KNOW', 'O'])).toEqual([[0, 2]]);
  });
  it('maps token spans to character ranges of the joined sentence and finds overlaps', () => {
    const { text, offsets } = joinTokens(['Experience', 'with', 'Apache', 'Kafka', '.']);
    expect(text).toBe('Experience with Apache Kafka .');
    const span = charRange(offsets, [2, 4]);
    expect(text.slice(...span)).toBe('Apache Kafka');
    expect(occurrences(text, 'kafka')).toEqual([[23, 28]]);
    expect(overlaps(occurrences(text, 'kafka')[0], span)).toBe(true);
    expect(overlaps(occurrences(text, 'with')[0], span)).toBe(false);
  });
});

describe('loose matching', () => {
  it('ignores case, accents and punctuation', () => {
    expect(loose('  Sr. Software-Engineer, Café ')).toBe('sr software engineer cafe');
    expect(looseMatch('Data Analyst', 'DATA ANALYST.')).toBe(true);
  });
  it('accepts containment only when the shorter covers most of the longer', () => {
    expect(looseMatch('Software Engineer', 'Senior Software Engineer')).toBe(true);
    expect(looseMatch('Engineer', 'Senior Software Engineer')).toBe(false);
    expect(looseMatch('Software Engineer', 'Engineer Software')).toBe(false);
    expect(looseMatch('', 'Engineer')).toBe(false);
  });
  it('compares employers without their legal form', () => {
    expect(employerMatch('Northwind Traders Pvt. Ltd.', 'Northwind Traders')).toBe(true);
    expect(employerMatch('Northwind Limited', 'Bluebird Limited')).toBe(false);
  });
  it('compares names word by word, in any order', () => {
    expect(nameMatch('Okafor Maria', 'Maria Okafor')).toBe(true);
    expect(nameMatch('Maria Okafor', 'Maria')).toBe(false);
    expect(nameMatch('Maria Okafor', null)).toBe(false);
  });
});

describe("the eval's degree table", () => {
  it.each([
    ['B.Tech in Mechanical Engineering', 'bachelor'],
    ['B. Sc (Physics)', 'bachelor'],
    ['BE Civil', 'bachelor'],
    ['Bachelor of Commerce', 'bachelor'],
    ['M.Tech', 'master'],
    ['MCA', 'master'],
    ['BBA, MBA', 'master'],
    ['Ph.D. in Chemistry', 'doctorate'],
    ['Associate of Applied Science', 'associate'],
    ['Higher Secondary Certificate', 'high school'],
    ['S.S.C', 'high school'],
    ['12th', 'high school'],
    ['Diploma in Electronics', 'certificate'],
    ['Post Graduate Diploma in Marketing', 'certificate'],
  ])('%s → %s', (text, level) => {
    expect(degreeLevel(text)).toBe(level);
  });
  it('maps a field of study, a year or a status to no level', () => {
    for (const t of ['Electrical Engineering', '2014', 'Still Studying', 'Accounting'])
      expect(degreeLevel(t)).toBeNull();
  });
  it('does not read a degree inside a longer dotted abbreviation', () => {
    expect(degreeLevel('C.B.S.E.')).toBe('high school');
  });
  it('orders levels, null lowest', () => {
    expect(higher(null, 'certificate')).toBe('certificate');
    expect(higher('master', 'bachelor')).toBe('master');
  });
});

describe('DataTurks span repair', () => {
  const content = 'Asha Rao\nEDUCATION\nBachelor of Arts in History\nCity College';
  it('finds a span whose offsets are one character off by its text', () => {
    const start = content.indexOf('City');
    expect(spanText(content, { start: start - 1, end: start + 10, text: 'City College' })).toBe('City College');
  });
  it('finds a span whose offsets count each HTML entity before it as one character', () => {
    const escaped = 'Asha Rao\nSQL &amp; Excel, R &amp; D\nEDUCATION\nBachelor of Arts &amp; Design\nCity College';
    const decoded = escaped.replaceAll('&amp;', '&');
    const start = decoded.indexOf('Bachelor');
    const text = 'Bachelor of Arts & Design';
    expect(spanText(escaped, { start, end: start + text.length - 1, text })).toBe('Bachelor of Arts &amp; Design');
    const city = decoded.indexOf('City');
    expect(spanText(escaped, { start: city, end: city + 11, text: 'City College' })).toBe('City College');
  });
  it('widens a span cut inside a word to the whole word', () => {
    const start = content.indexOf('achelor');
    expect(spanText(content, { start, end: start + 14, text: 'achelor of Arts' })).toBe('Bachelor of Arts');
  });
  it('finds the lines a span sits on, loosely, and counts spellings once', () => {
    expect(linesOf(content.split('\n'), 'bachelor of arts')).toEqual([3]);
    expect(linesOf(content.split('\n'), 'Master')).toEqual([]);
    expect(distinct(['B.Tech', 'B TECH', 'M.Tech'])).toEqual(['B.Tech', 'M.Tech']);
  });
});

describe('CSV (the posting sets read it with scripts/csv.mjs)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'title,description\r\n"Engineer, ML","Line one\nsays ""hi"""\nAnalyst,plain\n';
    expect(parseCsv(text)).toEqual([
      { title: 'Engineer, ML', description: 'Line one\nsays "hi"' },
      { title: 'Analyst', description: 'plain' },
    ]);
  });
});

describe('dates: gold months and the page oracle', () => {
  it('reads gold months and ranges', () => {
    expect(goldMonth('January 2019', asOf)).toBe('2019-01');
    expect(goldMonth('2022-5', asOf)).toBe('2022-05');
    expect(goldMonth('present', asOf)).toBe('2026-12');
    expect(goldRange('Jun 2016 - Dec 2018', asOf)).toEqual(['2016-06', '2018-12']);
    expect(goldRange('August 2012 to Present', asOf)).toEqual(['2012-08', '2026-12']);
  });
  it('sees month-precision ranges and year-to-present, not bare year ranges', () => {
    expect(showsDateRange('Store Manager  March 2014 to Current')).toBe(true);
    expect(showsDateRange('06/2015 – 11/2019 Clerk')).toBe(true);
    expect(showsDateRange('2018 - Present')).toBe(true);
    expect(showsDateRange("Jan '19 – Jun '21")).toBe(true);
    expect(showsDateRange('State University 2010 - 2014')).toBe(false);
  });
  it('sees degree words on a page, not titles or places that look like them', () => {
    expect(pageDegreeLevels('B.S : Accounting 2009 State University')).toEqual(['bachelor']);
    expect(pageDegreeLevels("Master's degree in Education; High School Diploma")).toEqual(['master', 'high school']);
    expect(pageDegreeLevels('Master Chef, Boston, MA; taught at Lincoln High School')).toEqual([]);
  });
});

describe('posting oracle', () => {
  it('sees a years requirement in digits or words', () => {
    expect(statesYears('3-5 years of hands-on experience with Spark')).toBe(true);
    expect(statesYears('Minimum of two years in a similar role')).toBe(true);
    expect(statesYears('Experience: 4+ years')).toBe(true);
    expect(statesYears('Founded 20 years ago.')).toBe(false);
  });
  it('sees a degree, not Microsoft Office', () => {
    expect(statesDegree("Bachelor's in Statistics or related field")).toBe(true);
    expect(statesDegree('BS/MS in Computer Science')).toBe(true);
    expect(statesDegree('Fluent in MS Office and MS Excel')).toBe(false);
  });
});

describe('technology spans', () => {
  it('counts product-shaped and uncommon names, not fields, languages or placeholders', () => {
    for (const t of [
      ['Node.js'],
      ['C++'],
      ['AWS'],
      ['kubernetes'],
      ['Python'],
      ['CI/CD', 'pipelines'],
      ['Google', 'Cloud'],
    ])
      expect(namesTechnology(t)).toBe(true);
    for (const t of [['computer', 'science'], ['Financial', 'Services'], ['English'], ['<ORGANIZATION>'], ['testing']])
      expect(namesTechnology(t)).toBe(false);
  });
  it('does not take a capitalised common word at the start of a sentence for a name', () => {
    expect(namesTechnology(['Testing'], true)).toBe(false);
    expect(namesTechnology(['Spring'], false)).toBe(true);
  });
  it('rule v2 leaves out degrees, sectors and language groups that rule v1 lets through, and keeps products', () => {
    const not = [
      ['MSc/BSc', 'degree'],
      ['PhD'],
      ['B.Eng'],
      ['M.Sc', 'diploma'],
      ['cand.scient'],
      ['Insurance'],
      ['Oil/Gas'],
      ['B2B', 'Media'],
      ['Nordic', 'market'],
      ['Petrochemical', 'industry'],
      ['Nordic', 'languages'],
    ];
    for (const t of not) {
      expect(namesTechnology(t)).toBe(true);
      expect(namesTechnologyV2(t)).toBe(false);
    }
    const still = [
      ['Spring'],
      ['Power', 'BI'],
      ['MS', 'Excel'],
      ['Java', '8'],
      ['Google', 'Cloud'],
      ['Media', 'Queries', 'CSS3'],
    ];
    for (const t of still) expect(namesTechnologyV2(t)).toBe(true);
  });
});

describe('figures and the baseline diff', () => {
  it('formats values and signed changes by kind', () => {
    const now = share('s.a', 'a', 3, 4);
    expect(formatValue(now)).toBe('0.75');
    expect(change(now, share('s.a', 'a', 1, 2))).toBe('+0.25');
    expect(change(now, share('s.a', 'a', 6, 8))).toBe('=');
    expect(change(count('s.c', 'c', 2), count('s.c', 'c', 5))).toBe('-3');
    expect(change(seconds('s.t', 't', 0.5), seconds('s.t', 't', 0.25))).toBe('+0.250 s');
    expect(change(now, undefined)).toBe('');
    expect(formatValue(share('s.z', 'z', 0, 0))).toBe('n/a');
  });
  it('prints each figure beside its baseline, new figures as new, dropped ones named', () => {
    const sections = [
      { set: 's', title: 'a set', figures: [share('s.a', 'share a', 3, 4), count('s.n', 'new count', 1)] },
    ];
    const table = figureTable(sections, { figures: [share('s.a', 'share a', 1, 2), count('s.old', 'gone', 2)] });
    expect(table).toMatch(/s\.a\s+share a\s+0\.75\s+3\/4\s+0\.50\s+\+0\.25/);
    expect(table).toMatch(/s\.n\s+new count\s+1\s+new/);
    expect(table).toContain('in the baseline, not measured now: s.old');
  });
});

describe('eval options', () => {
  const root = '/tmp/fitcheck-repo';
  it('defaults to a fixed as-of date and every set', () => {
    const o = parseArgs([], root);
    expect(o.asOf).toBe(DEFAULT_AS_OF);
    expect(o.only).toEqual(SETS);
  });
  it('refuses unknown options and sets, misses of a set that does not run, and details inside the repository', () => {
    expect(() => parseArgs(['--only', 'nope'], root)).toThrow(UsageProblem);
    expect(() => parseArgs(['--frobnicate'], root)).toThrow(/unknown option/);
    // The set ids come from the eval's registry: the test names no corpus set of its own.
    const [first, second] = SETS;
    expect(() => parseArgs(['--only', first, '--misses', `${second}.name`], root)).toThrow(/--misses/);
    expect(() => parseArgs(['--details', `${root}/out.json`], root)).toThrow(/outside the repository/);
    expect(() => parseArgs(['--as-of', '2026-13-45'], root)).toThrow(/YYYY-MM-DD/);
  });
});
