/**
 * Loads pdf-parse for text extraction only: its minified build, without the canvas addon that only drawing
 * uses, and with the JavaScript built-ins that pdf.js's polyfills replace put back afterwards.
 */
import Module, { createRequire } from 'node:module';
import { loadCompiledPdfParse } from './pdfjs-code.js';

type PdfParse = typeof import('pdf-parse');

const require = createRequire(import.meta.url);
let loaded: PdfParse | undefined;
let natives: Map<object, Map<PropertyKey, unknown>> | undefined;

/**
 * pdf-parse, loaded once. Its CommonJS entry is the minified build of pdf.js (half the code to compile of the
 * ES module one, which imports pdfjs-dist unminified); both are the same pdf.js version and give the same text.
 * With the build's code cache (pdfjs-code.ts) it is compiled from that instead.
 */
export function pdfParse(): PdfParse {
  if (loaded) return loaded;
  natives = captureBuiltins();
  const entry = require.resolve('pdf-parse');
  const removeCanvas = standInCanvas(entry);
  try {
    loaded = (loadCompiledPdfParse(entry) ?? require('pdf-parse')) as PdfParse;
  } finally {
    removeCanvas();
    restoreBuiltins();
  }
  return loaded;
}

// The objects whose methods core-js (inside pdf.js's legacy build) may replace. On Node 20 it swaps
// Array.prototype.push and JSON.parse for slower JavaScript versions (for edge cases fitcheck never meets)
// and wraps Function.prototype.toString, for every later line of the process, analysis included.
function intrinsics(): object[] {
  const typed = Object.getPrototypeOf(Uint8Array) as object;
  const iterator = Object.getPrototypeOf(Object.getPrototypeOf([].values())) as object;
  return [
    Array,
    Array.prototype,
    JSON,
    Object,
    Object.prototype,
    Function.prototype,
    Promise,
    Promise.prototype,
    Map,
    Map.prototype,
    Set,
    Set.prototype,
    WeakMap.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Math,
    Reflect,
    RegExp.prototype,
    Symbol,
    typed,
    (typed as { prototype: object }).prototype,
    Uint8Array,
    Uint8Array.prototype,
    ArrayBuffer,
    ArrayBuffer.prototype,
    DataView.prototype,
    Date,
    Date.prototype,
    Error,
    iterator,
  ];
}

function captureBuiltins(): Map<object, Map<PropertyKey, unknown>> {
  const saved = new Map<object, Map<PropertyKey, unknown>>();
  for (const target of intrinsics()) {
    const own = new Map<PropertyKey, unknown>();
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (d && 'value' in d && typeof d.value === 'function') own.set(key, d.value);
    }
    saved.set(target, own);
  }
  return saved;
}

/**
 * Put back every built-in method that was replaced since pdf-parse started loading (methods it added, such as
 * Promise.withResolvers on Node 20, stay: pdf.js needs them). Also called after a document is opened,
 * because pdf.js loads its worker code, with its own copy of the polyfills, on the first one.
 */
export function restoreBuiltins(): void {
  for (const [target, own] of natives ?? []) {
    for (const [key, fn] of own) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (d && 'value' in d && d.value !== fn && d.writable) Object.defineProperty(target, key, { ...d, value: fn });
    }
  }
}

/**
 * pdf.js requires @napi-rs/canvas (a 31 MB native addon) as it loads, only to install DOMMatrix, ImageData and
 * Path2D for drawing pages (it builds one DOMMatrix for its renderer right away); reading text never draws.
 * While pdf-parse loads, a stand-in in the require cache gives it empty classes; afterwards the stand-in and
 * the globals made from it are removed, so nothing else in the process sees them. Returns that undo step.
 */
function standInCanvas(pdfParseEntry: string): () => void {
  let path: string;
  try {
    path = createRequire(pdfParseEntry).resolve('@napi-rs/canvas');
  } catch {
    return () => {}; // Not installed (an unsupported platform): pdf.js copes without it, as before.
  }
  if (require.cache[path]) return () => {};
  const drawing = () => {
    throw new Error('fitcheck reads the text of PDFs and never draws them');
  };
  const classes = { DOMMatrix: class DOMMatrix {}, ImageData: class ImageData {}, Path2D: class Path2D {} };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = { ...classes, createCanvas: drawing, loadImage: drawing };
  require.cache[path] = standIn;
  return () => {
    if (require.cache[path] === standIn) delete require.cache[path];
    const globals = globalThis as Record<string, unknown>;
    for (const [name, cls] of Object.entries(classes)) if (globals[name] === cls) delete globals[name];
  };
}
