#!/usr/bin/env node
// Writes dist/mammoth.cjs (mammoth and its dependencies bundled into one CommonJS file, as installed; not
// minified, so stack traces name real functions) and dist/mammoth.cache (V8's compiled code for it, taken after
// it has converted a small DOCX, so the functions a conversion runs are in it). Used by src/load/mammoth-code.ts;
// the bundle only for the mammoth version it was made from, the cache only for this Node, these V8 flags and
// this very bundle; otherwise mammoth is imported as usual. Made under the CLI's V8 flags (src/cli/v8-flags.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { setV8Flags } from '../dist/cli/v8-flags.js';
import {
  compileMammoth,
  installedVersion,
  MAMMOTH_BUNDLE,
  MAMMOTH_CACHE,
  MAMMOTH_MARK,
  mammothCacheFile,
} from '../dist/load/mammoth-code.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A ZIP of deflated entries (what Word writes), built by hand: no generator needed at build time. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const body = deflateRawSync(data);
    const head = (size, sig) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const local = head(30, 0x04034b50);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(Buffer.byteLength(name), 26);
    const central = head(46, 0x02014b50);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(Buffer.byteLength(name), 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), body);
    centrals.push(central, Buffer.from(name));
    offset += 30 + Buffer.byteLength(name) + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A one-page resume as a DOCX: title and heading styles, a bulleted list, a table, a link and bold text. */
function sampleDocx() {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const run = (t, bold) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const para = (t, style, extra = '') =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extra}</w:pPr>${run(t)}</w:p>`;
  const bullet = (t) => para(t, 'ListParagraph', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
  const cell = (t) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(t)}</w:tc>`;
  const body = [
    para('Jordan Lee', 'Title'),
    `<w:p>${run('Email: ', true)}<w:hyperlink r:id="rId9">${run('jordan@example.com')}</w:hyperlink></w:p>`,
    para('Experience', 'Heading1'),
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr>${cell('Senior Data Engineer, Acme Corp')}${cell('Jan 2019 &#8211; Present')}</w:tr></w:tbl>`,
    bullet('Built pipelines in Python, SQL and Spark'),
    bullet('Ran Kubernetes &amp; Terraform for 40 services'),
    para('Skills', 'Heading2'),
    para('Python, SQL, Kubernetes, Terraform'),
  ].join('');
  const style = (id, name) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/></w:style>`;
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:jordan@example.com" TargetMode="External"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${R}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ],
    [
      'word/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('ListParagraph', 'List Paragraph')}</w:styles>`,
    ],
    [
      'word/numbering.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#8226;"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ],
  ]);
}

const version = installedVersion();
if (!version) {
  console.error(
    'mammoth-cache: mammoth is not installed where dist/ can resolve it; no bundle written (DOCX still read)',
  );
} else {
  const result = await build({
    stdin: { contents: "module.exports = require('mammoth');\n", resolveDir: ROOT, sourcefile: 'mammoth.cjs entry' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'eof',
    logLevel: 'warning',
    write: false,
  });
  const text = result.outputFiles[0].text;
  if (/\bimport\(/.test(text))
    throw new Error('mammoth-cache: the bundle has an import(), which a cached script cannot run');
  const source = `${text}${MAMMOTH_MARK}${version} ${createHash('sha256').update(text).digest('hex').slice(0, 32)}\n`;
  writeFileSync(MAMMOTH_BUNDLE, source);
  setV8Flags();
  const { exports: mammoth, script } = compileMammoth(source, { useCache: false });
  const { value } = await mammoth.convertToHtml(
    { buffer: sampleDocx() },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  if (!value.includes('<h1>Experience</h1>') || !value.includes('<li>Ran Kubernetes &amp; Terraform'))
    throw new Error(`mammoth-cache: the sample DOCX did not read back: ${value.slice(0, 200)}`);
  writeFileSync(MAMMOTH_CACHE, mammothCacheFile(script, source));
}
