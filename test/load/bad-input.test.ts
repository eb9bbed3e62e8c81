import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { MAX_FILE_BYTES } from '../../src/load/limits.js';
import { MSG } from '../../src/load/messages.js';
import { memoryIO } from '../helpers/io.js';
import { ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const JOB = 'discover-senior-lead-ml-engineer';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir: string;
const cases: { name: string; file: () => Promise<string> | string; err: RegExp }[] = [
  { name: 'missing file', file: () => join(dir, 'nope.pdf'), err: new RegExp(escape(MSG.missing)) },
  {
    name: 'a directory',
    file: () => {
      const d = join(dir, 'folder.pdf');
      mkdirSync(d, { recursive: true });
      return d;
    },
    err: /is a directory/,
  },
  { name: 'empty file', file: () => F.put(dir, 'empty.docx', ''), err: new RegExp(escape(MSG.empty)) },
  ...['pdf', 'docx', 'txt', 'json', 'yaml', 'tex', 'html'].map((ext) => ({
    name: `random bytes named .${ext}`,
    file: () => F.put(dir, `random.${ext}`, Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(64 * 1024)])),
    err: new RegExp(escape(MSG.binary)),
  })),
  {
    name: 'truncated PDF',
    file: async () => {
      const pdf = await F.resumePdf();
      return F.put(dir, 'truncated.pdf', pdf.subarray(0, pdf.length >> 1));
    },
    err: /not a readable PDF: it is damaged or truncated/,
  },
  {
    name: 'PDF header and garbage',
    file: () => F.put(dir, 'garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20000)])),
    err: /not a readable PDF/,
  },
  {
    name: 'encrypted PDF',
    file: async () => F.put(dir, 'locked.pdf', await F.encryptedPdf()),
    err: new RegExp(escape(MSG.pdfPassword)),
  },
  {
    name: 'PDF with no text layer',
    file: async () => F.put(dir, 'scan.pdf', await F.noTextPdf()),
    err: /likely a scan.*tracking systems cannot read it either/,
  },
  {
    name: 'image named .pdf',
    file: () =>
      F.put(
        dir,
        'photo.pdf',
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]),
      ),
    err: /is a PNG image, not a document/,
  },
  {
    name: 'JPEG named .docx',
    file: () => F.put(dir, 'photo.docx', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2000)])),
    err: /is a JPEG image/,
  },
  {
    name: 'ZIP that is not a Word document',
    file: () => F.put(dir, 'archive.docx', F.makeZip([{ name: 'notes.txt', data: Buffer.from('hello') }])),
    err: new RegExp(escape(MSG.zipNotWord)),
  },
  {
    name: 'DOCX declaring a 1 GB inflated size',
    file: () =>
      F.put(
        dir,
        'bomb.docx',
        F.makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), declare: 1 << 30 }]),
      ),
    err: /would inflate to 1024 MB, past the 64 MB limit/,
  },
  {
    name: 'DOCX that lies about its sizes',
    file: () =>
      F.put(
        dir,
        'liar.docx',
        F.makeZip([{ name: 'word/document.xml', data: Buffer.alloc(8 << 20, 0x20), declare: 1000 }]),
      ),
    err: /word\/document\.xml inflates past its declared size: damaged, or a zip bomb/,
  },
  {
    name: 'truncated DOCX',
    file: async () => {
      const d = await F.resumeDocx();
      return F.put(dir, 'cut.docx', d.subarray(0, d.length - 200));
    },
    err: /not a readable DOCX\/ZIP/,
  },
  {
    name: 'old binary .doc',
    file: () =>
      F.put(
        dir,
        'old.doc',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4000)]),
      ),
    err: /old binary Office file/,
  },
  {
    name: 'file over the size limit',
    file: () => {
      const path = join(dir, 'huge.txt');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, MAX_FILE_BYTES + 1);
      closeSync(fd);
      return path;
    },
    err: /the limit is 20 MB/,
  },
  {
    name: 'one enormous line without spaces',
    file: () => F.put(dir, 'line.txt', 'a'.repeat(3_000_000)),
    err: new RegExp(escape(MSG.junk)),
  },
  {
    name: 'enormous line of email-like junk',
    file: () => F.put(dir, 'mail.txt', 'x.'.repeat(1_500_000) + '@'),
    err: new RegExp(escape(MSG.junk)),
  },
  {
    name: 'broken JSON resume',
    file: () => F.put(dir, 'resume.json', '{"basics": {"name": "A"'),
    err: /not valid JSON/,
  },
  {
    name: 'broken YAML resume',
    file: () => F.put(dir, 'resume.yaml', 'cv:\n  name: [unclosed\n  sections: {'),
    err: /not valid YAML/,
  },
];

beforeAll(() => {
  dir = F.tempDir();
});

describe('bad input: exit 2, one line on stderr naming the file, nothing on stdout', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const path = await c.file();
      const io = memoryIO();
      expect(await run([path, JOB], io)).toBe(EXIT.error);
      expect(io.out()).toBe('');
      expect(io.err().split('\n').filter(Boolean)).toHaveLength(1);
      expect(io.err()).toContain(path);
      expect(io.err()).toMatch(c.err);
    });
  }

  it('a bad job file fails the same way', async () => {
    const path = F.put(dir, 'job.pdf', await F.noTextPdf());
    const io = memoryIO();
    expect(await run([F.put(dir, 'ok.txt', F.resumeText()), path], io)).toBe(EXIT.error);
    expect(io.err()).toMatch(/job\.pdf: the PDF has no text layer/);
  });

  it('standard input past the size limit is cut off and refused by the real bin', () => {
    const r = spawnSync('node', [join(ROOT, 'bin/fitcheck.js'), '-', JOB], {
      input: Buffer.alloc(MAX_FILE_BYTES + 4 * 65536, 0x61),
      encoding: 'utf8',
    });
    expect(r.status).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`fitcheck: -: ${MSG.tooBigInput}\n`);
  });

  it('empty standard input', async () => {
    const io = memoryIO({}, '');
    expect(await run(['-', JOB], io)).toBe(EXIT.error);
    expect(io.err()).toBe(`fitcheck: -: ${MSG.empty}\n`);
  });
});

describe('long lines that are not junk', () => {
  it('a long token inside a real resume is cut short with a warning, and the check still runs', async () => {
    const text = F.resumeText().replace('Skills', `Skills\nhttps://example.com/${'x'.repeat(400)}`);
    const io = memoryIO();
    expect(await run([F.put(dir, 'long-url.txt', text), JOB, '--format', 'json'], io)).toBe(EXIT.ok);
    const r = JSON.parse(io.out());
    expect(r.resume.warnings.join(' ')).toMatch(/runs of over 200 characters without a space were cut short/);
    expect(r.skills.matched.map((s: { skill: string }) => s.skill)).toContain('Python');
  });
});
