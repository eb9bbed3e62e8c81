import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/load/decode.js';
import { sniffContainer, sniffText } from '../../src/load/detect.js';
import { layoutPage, type TextItem } from '../../src/load/layout.js';
import { pdfToText, repairGlyphs } from '../../src/load/pdf.js';
import { formatDate, formatRange, plain } from '../../src/load/resume-model.js';
import { checkInflatedSize, readCentralDirectory } from '../../src/load/zip.js';
import { makeZip, resumeDocx, resumePdf } from './fixtures.js';

/** Items for a line of text at (x, y), one item per word, 10pt Helvetica-ish widths. */
const words = (text: string, x: number, y: number): TextItem[] => {
  const out: TextItem[] = [];
  for (const w of text.split(' ')) {
    out.push({ str: w, x, y, w: w.length * 5, h: 10 });
    x += w.length * 5 + 2.5;
  }
  return out;
};

describe('layout', () => {
  it('reads a sidebar and a main column apart, the column with the largest type first', () => {
    const items = [
      ...words('Skills', 40, 700),
      ...words('Python', 40, 680),
      ...words('Rust', 40, 660),
      ...words('Kubernetes', 40, 640),
      { str: 'Ada Osei', x: 220, y: 720, w: 90, h: 20 },
      ...words('Engineer, Fern Labs — Jan 2020 – Present', 220, 690),
      ...words('- Built the payments ledger in Rust.', 220, 670),
      ...words('- Ran Kubernetes upgrades.', 220, 650),
      ...words('Education', 220, 630),
    ];
    const { lines, columns } = layoutPage(items);
    expect(columns).toBe(true);
    expect(lines.map((l) => l.text)).toEqual([
      'Ada Osei',
      'Engineer, Fern Labs — Jan 2020 – Present',
      '- Built the payments ledger in Rust.',
      '- Ran Kubernetes upgrades.',
      'Education',
      'Skills',
      'Python',
      'Rust',
      'Kubernetes',
    ]);
  });

  it('puts a date range wrapped after its dash back together on the role line', () => {
    const items = [
      ...words('Experience', 40, 700),
      ...words('June 2022 –', 40, 680),
      ...words('Present', 40, 668),
      ...words('Software Engineer, Google', 200, 680),
      ...words('- Built interfaces in React.', 200, 668),
      ...words('2019 – 2022', 40, 640),
      ...words('Web Developer, Acme', 200, 640),
      ...words('- Wrote CSS.', 200, 628),
    ];
    const texts = layoutPage(items).lines.map((l) => l.text);
    expect(texts).toContain('June 2022 – Present  Software Engineer, Google');
    expect(texts).toContain('2019 – 2022  Web Developer, Acme');
  });

  it('keeps a narrow date column apart from text set close beside it', () => {
    const items = [
      ...words('June 2022 –', 40, 700),
      ...words('Present', 40, 688),
      ...words('Engineer, Google', 96, 700),
      ...words('- Built interfaces in React.', 96, 688),
      ...words('2019 – 2022', 40, 660),
      ...words('Developer, Acme', 96, 660),
      ...words('- Wrote CSS for the shop.', 96, 648),
      ...words('2017 – 2019', 40, 620),
      ...words('Intern, Initech', 96, 620),
      ...words('- Fixed bugs.', 96, 608),
    ];
    const texts = layoutPage(items).lines.map((l) => l.text);
    expect(texts).toEqual([
      'June 2022 – Present  Engineer, Google',
      '- Built interfaces in React.',
      '2019 – 2022  Developer, Acme',
      '- Wrote CSS for the shop.',
      '2017 – 2019  Intern, Initech',
      '- Fixed bugs.',
    ]);
  });
});

describe('character repair', () => {
  it('guesses ligatures that came out as U+0000 and normalises bullets, dashes, quotes and ligature characters', () => {
    expect(repairGlyphs('Pro\u0000les and Stack Over\u0000ow con\u0000icts')).toBe(
      'Profiles and Stack Overflow conflicts',
    );
    expect(normalizeText('• Led ‘X’ – the “ﬁrst” ﬂow\u00ad\r\n▪ Two\u200b')).toBe(
      '- Led \'X\' – the "first" flow\n- Two',
    );
  });
});

describe('format detection', () => {
  it('knows containers by their bytes and text formats by their structure', () => {
    expect(sniffContainer(Buffer.from('junk\n%PDF-1.4'))).toBe('pdf');
    expect(sniffContainer(Buffer.from('PK\x03\x04'))).toBe('zip');
    expect(sniffContainer(Buffer.from('GIF89a....'))).toEqual({ refuse: 'image', kind: 'GIF' });
    expect(sniffText('x', '{"basics": {}}')).toBe('json');
    expect(sniffText('x', '# a comment\ncv:\n  name: A')).toBe('yaml');
    expect(sniffText('x', '\\documentclass{article}')).toBe('latex');
    expect(sniffText('x', '<!doctype html><p>hi')).toBe('html');
    expect(sniffText('x', 'Name\n## Experience')).toBe('markdown');
    expect(sniffText('x', 'Name\nExperience')).toBe('text');
  });
});

describe('resume-as-code dates and markup', () => {
  it('formats the date styles resume files use', () => {
    expect([
      formatDate('2018-09'),
      formatDate('2009-12-12'),
      formatDate('Dec 1, 2022'),
      formatDate('september 2019'),
      formatDate(2021),
      formatDate('present'),
    ]).toEqual(['Sep 2018', 'Dec 2009', 'Dec 2022', 'Sep 2019', '2021', 'Present']);
    expect(formatRange('2020-01', undefined, true)).toBe('Jan 2020 – Present');
    expect(formatRange('2020-01', undefined, false)).toBe('Jan 2020');
    expect(plain('**Bold** and *it* with [a link](https://x.y) and `code`')).toBe('Bold and it with a link and code');
  });
});

describe('ZIP directory', () => {
  it('lists a real DOCX and proves its inflated size', async () => {
    const buf = await resumeDocx();
    const entries = readCentralDirectory(buf);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    expect(checkInflatedSize(buf, entries)).toBe(entries.reduce((n, e) => n + e.size, 0));
  });
  it('refuses archives past the limit before inflating anything', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: Buffer.from('x'), declare: 100 }]);
    expect(() => checkInflatedSize(zip, readCentralDirectory(zip), 50)).toThrow(/too large/);
  });
});

describe('PDF time budget', () => {
  it('refuses a PDF once its reading time is spent, checked between pages', async () => {
    await expect(pdfToText('slow.pdf', await resumePdf(), -1)).rejects.toThrow(
      /slow\.pdf: the PDF took over 0 s to read \(unusually complex\)/,
    );
    await expect(pdfToText('ok.pdf', await resumePdf())).resolves.toMatchObject({ pages: 1 });
  });
});
