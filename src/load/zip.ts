/** Reads a ZIP's central directory and proves its inflated size before any parser touches it (zip-bomb guard). */
import { MAX_DOCX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './limits.js';

// Loaded at the first entry to inflate: in the CLI bundle a static import would load zlib for every text check.
const zlib = () => process.getBuiltinModule('node:zlib');

/** One file inside a ZIP archive, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A problem with the archive; `inflated` is set when its declared sizes add up past the limit. */
export class ZipProblem extends Error {
  constructor(
    message: string,
    readonly inflated?: number,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The archive's entries, from the end-of-central-directory record. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipProblem('no ZIP directory; the file is truncated or damaged');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipProblem('ZIP64 archives are not supported');
  if (count > MAX_ZIP_ENTRIES) throw new ZipProblem(`${count} files in the archive; the limit is ${MAX_ZIP_ENTRIES}`);
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipProblem('damaged ZIP directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuse an archive whose declared sizes add up past the limit, then inflate every entry with a hard
 * output cap equal to its declared size, so an archive that lies about its sizes is caught too.
 */
export function checkInflatedSize(buf: Buffer, entries: ZipEntry[], limit = MAX_DOCX_INFLATED_BYTES): number {
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limit || entries.some((e) => e.size === 0xffffffff)) throw new ZipProblem('too large', declared);
  for (const e of entries) readEntry(buf, e);
  return declared;
}

/** Inflate one entry, never past its declared size. */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL)
    throw new ZipProblem(`damaged entry ${e.name}`);
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw new ZipProblem(`entry ${e.name} is truncated`);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipProblem(`entry ${e.name} has inconsistent sizes`);
    return data;
  }
  if (e.method !== 8) throw new ZipProblem(`entry ${e.name} uses unsupported compression method ${e.method}`);
  let out: Buffer;
  try {
    out = zlib().inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipProblem(`entry ${e.name} inflates past its declared size: damaged, or a zip bomb`);
    throw new ZipProblem(`entry ${e.name} does not inflate (${code ?? 'bad data'})`);
  }
  if (out.length !== e.size)
    throw new ZipProblem(`entry ${e.name} inflates to ${out.length} bytes, not the declared ${e.size}`);
  return out;
}
