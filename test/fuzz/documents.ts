/** PDF and DOCX seeds made from the bundled resumes with pdfkit and docx, and their mutations. */
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { deflateRawSync } from 'node:zlib';
import type { FuzzInput } from './cases.js';
import * as m from './mutate.js';
import type { Rng } from './prng.js';
import { RESUMES } from './seeds.js';
import { readZip, writeZip, type Entry } from '../helpers/zipkit.js';

/** A PDF of the text, one line per line (compressed streams or not). */
export function makePdf(text: string, compress = true): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(10);
    for (const line of text.split('\n')) doc.text(line.replace(/[^\x20-\x7e]/g, ' ') || ' ');
    doc.end();
  });
}

/** A DOCX of the text, one paragraph per line. */
export async function makeDocx(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] });
  return Packer.toBuffer(doc);
}

/** Seeds for the binary corpora. */
export interface BinarySeeds {
  pdfs: Buffer[];
  docxs: Buffer[];
}

/** Build the seeds: each bundled resume as compressed and plain PDF, a 60-page PDF, and DOCX. */
export async function makeSeeds(): Promise<BinarySeeds> {
  const pdfs: Buffer[] = [];
  const docxs: Buffer[] = [];
  for (const r of RESUMES) {
    pdfs.push(await makePdf(r.text, true), await makePdf(r.text, false));
    docxs.push(await makeDocx(r.text));
  }
  pdfs.push(await makePdf(RESUMES[0].text.repeat(12), false));
  return { pdfs, docxs };
}

const OBJ = /\d+ 0 obj/g;

/** Mutate a PDF: bytes, objects, counts, lengths, nesting, cross-reference table. */
export function mutatePdf(pdf: Buffer, r: Rng): FuzzInput {
  const s = pdf.toString('latin1');
  const objs = [...s.matchAll(OBJ)].map((x) => x.index);
  const at = r.pick(objs);
  const end = s.indexOf('endobj', at);
  const out = (text: string, how: string): FuzzInput => ({ bytes: Buffer.from(text, 'latin1'), ext: 'pdf', how });
  switch (r.int(11)) {
    case 0:
      return { bytes: m.flipBits(pdf, r, 1 + r.int(40)), ext: 'pdf', how: 'bits flipped' };
    case 1:
      return { bytes: m.truncate(pdf, r), ext: 'pdf', how: 'truncated' };
    case 2:
      return { bytes: m.randomBytes(pdf, r, 1 + r.int(300)), ext: 'pdf', how: 'bytes overwritten' };
    case 3: {
      const junk = r.chance(0.5)
        ? Buffer.from(Array.from({ length: 1 + r.int(500) }, () => r.int(256))).toString('latin1')
        : r.pick(['<<', '>>', '[', '(', '/Type /Page', 'null', '-1', '1e99', '<< /Kids [1 0 R] >>']);
      return out(s.slice(0, at) + s.slice(at, at + 10) + junk + s.slice(end), 'object corrupted');
    }
    case 4:
      return out(
        s.slice(0, end + 6) + ('\n' + s.slice(at, end + 6)).repeat(1 + r.int(200)) + s.slice(end + 6),
        'object duplicated',
      );
    case 5:
      return out(
        s.replace(/\/Count \d+/, `/Count ${r.pick(['99999999', '-5', '0', '2147483648'])}`),
        'page count lies',
      );
    case 6:
      return out(
        s.replace(/\/Length \d+/g, () => `/Length ${r.pick(['999999999', '-1', '0', '3'])}`),
        'stream lengths lie',
      );
    case 7: {
      const depth = 1 + r.int(100_000);
      return out(
        s.slice(0, at) + `999 0 obj\n${'['.repeat(depth)}${']'.repeat(depth)}\nendobj\n` + s.slice(at),
        `array nested ${depth} deep`,
      );
    }
    case 8:
      return out(s.replace(/startxref\s+\d+/, `startxref\n${r.int(pdf.length * 2)}`), 'xref offset wrong');
    case 9:
      return out(s.replace(/xref[\s\S]*?trailer/, 'trailer'), 'xref table removed');
    default:
      return out(s + s.slice(at), 'tail appended');
  }
}

let bomb: Buffer | undefined;
/** 80 MB of zeros, deflated once (about 80 KB): past the inflated-size limit. */
function zipBomb(): Buffer {
  bomb ??= deflateRawSync(Buffer.alloc(80 * 1024 * 1024));
  return bomb;
}

/** Mutate a DOCX: its ZIP bytes, its entries, or its document.xml. */
export function mutateDocx(docx: Buffer, r: Rng): FuzzInput {
  const entries = readZip(docx);
  const doc = entries.find((e) => e.name === 'word/document.xml')!;
  const xml = doc.data.toString('utf8');
  const zip = (list: Entry[], how: string): FuzzInput => ({ bytes: writeZip(list), ext: 'docx', how });
  const withDoc = (text: string | Buffer, how: string): FuzzInput =>
    zip(
      entries.map((e) => (e === doc ? { ...e, data: Buffer.from(text) } : e)),
      how,
    );
  switch (r.int(13)) {
    case 0:
      return { bytes: m.flipBits(docx, r, 1 + r.int(40)), ext: 'docx', how: 'bits flipped' };
    case 1:
      return { bytes: m.truncate(docx, r), ext: 'docx', how: 'truncated' };
    case 2:
      return zip(
        entries.filter((e) => e !== r.pick(entries)),
        'an entry dropped',
      );
    case 3: {
      const extra = Array.from({ length: 1 + r.int(50) }, (_, i) => ({
        name: r.pick([
          `word/x${i}.xml`,
          `../../evil${i}`,
          `${'d/'.repeat(100)}${i}`,
          `[Content_Types]${i}.xml`,
          `w${'é'.repeat(50)}${i}`,
        ]),
        data: Buffer.from(r.pick(m.NASTY).repeat(r.int(1000))),
      }));
      return zip([...entries, ...extra], 'random entries added');
    }
    case 4:
      return withDoc(xml.slice(0, r.int(xml.length)), 'document.xml truncated');
    case 5:
      return withDoc(m.sprinkle(xml, r, 1 + r.int(50)), 'document.xml sprinkled');
    case 6: {
      const depth = 1 + r.int(50_000);
      return withDoc(
        xml.replace(
          '<w:body>',
          `<w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Python</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`,
        ),
        `nested ${depth} deep`,
      );
    }
    case 7:
      return zip(
        [
          ...entries,
          { name: 'word/media/bomb.bin', data: Buffer.alloc(0), deflated: zipBomb(), declaredSize: 80 * 1024 * 1024 },
        ],
        'zip bomb entry',
      );
    case 8:
      return zip(
        entries.map((e) => (e === doc ? { ...e, declaredSize: r.pick([1, 0, 0xffffffff]) } : e)),
        'declared size lies',
      );
    case 9:
      return zip(
        entries.map((e) => (e === doc ? { ...e, badCrc: true } : e)),
        'bad CRC',
      );
    case 10:
      return zip([...entries, { ...doc, data: Buffer.from(xml.replace(/Python/g, 'Cobol')) }], 'document.xml twice');
    case 11:
      return withDoc(
        xml.replace(
          '<w:body>',
          `<w:body>${'<w:p><w:r><w:t>Python AWS Spark</w:t></w:r></w:p>'.repeat(1 + r.int(20_000))}`,
        ),
        'many paragraphs',
      );
    default: {
      const laughs =
        '<!DOCTYPE d [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>';
      return withDoc(
        xml.replace(/^(<\?xml[^>]*\?>)?/, `$1${laughs}`).replace('<w:t>', '<w:t>&e;'),
        'XML entity expansion',
      );
    }
  }
}
