/** Resume-as-code: JSON and YAML documents parsed (yaml imported only when needed) and rendered as resume text. */
import { InputError } from '../errors.js';
import { fromJsonResume, isJsonResume, isYamlResume } from './jsonresume.js';
import { MSG } from './messages.js';
import { fromRenderCv, isRenderCv } from './rendercv.js';
import { plain, renderResume, titleCase } from './resume-model.js';

/** Text and detected format of a structured document. */
export interface StructuredText {
  format: string;
  text: string;
  warnings: string[];
}

/** Render a JSON document: JSON Resume as a resume, anything else (a JSON job posting) as labelled lines. */
export function jsonToText(path: string, source: string): StructuredText {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new InputError(path, MSG.badJson((err as Error).message.split('\n')[0].slice(0, 100)));
  }
  return structuredToText(data, 'json');
}

/**
 * Render a YAML document. Returns null when the text only looked like YAML (a plain resume with an
 * "education:" line) so the caller reads it as text; a .yml/.yaml file that does not parse is an error.
 */
export async function yamlToText(path: string, source: string, strict: boolean): Promise<StructuredText | null> {
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 100 });
  } catch (err) {
    if (!strict) return null;
    throw new InputError(path, MSG.badYaml((err as Error).message.split('\n')[0].slice(0, 100)));
  }
  if (!strict && !isRenderCv(data) && !isJsonResume(data) && !isYamlResume(data)) return null;
  return structuredToText(data, 'yaml');
}

function structuredToText(data: unknown, syntax: 'json' | 'yaml'): StructuredText {
  if (isRenderCv(data)) return { format: 'rendercv', text: renderResume(fromRenderCv(data)), warnings: [] };
  if (isJsonResume(data)) return { format: 'json-resume', text: renderResume(fromJsonResume(data)), warnings: [] };
  if (isYamlResume(data)) return { format: 'yamlresume', text: renderResume(fromJsonResume(data)), warnings: [] };
  return { format: syntax, text: genericLines(data, 0).join('\n'), warnings: [] };
}

/** Any other structure as lines: a title first, "Key: value" for scalars, a heading and bullets for lists. */
function genericLines(data: unknown, depth: number): string[] {
  if (depth > 20 || data === null || data === undefined) return [];
  if (typeof data !== 'object') return [plain(data)].filter(Boolean);
  if (Array.isArray(data)) return data.flatMap((v) => (typeof v === 'object' && v !== null ? genericLines(v, depth + 1) : [`- ${plain(v)}`]));
  const entries = Object.entries(data as Record<string, unknown>).filter(([k]) => !k.startsWith('$') && k !== 'meta');
  const out: string[] = [];
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'object') {
      out.push(key === 'title' || key === 'name' ? plain(value) : `${titleCase(key)}: ${plain(value).replace(/\n/g, ', ')}`);
      continue;
    }
    const inner = genericLines(value, depth + 1);
    if (inner.length === 0) continue;
    if (!Array.isArray(value) && inner.length <= 1) out.push(`${titleCase(key)}: ${inner.join(', ')}`);
    else out.push('', titleCase(key), ...inner);
  }
  return out;
}
