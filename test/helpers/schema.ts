/** Ajv validators for the published JSON Schemas. */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { ROOT } from './paths.js';

export const schema = (name: string) =>
  JSON.parse(readFileSync(`${ROOT}schema/${name}.schema.json`, 'utf8')) as Record<string, unknown>;

/** The same schema with every object closed (additionalProperties: false), to catch fields the schema does not describe. */
export function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closed(v)]));
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

export function validator(name: string, strict = false) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(strict ? (closed(schema(name)) as object) : schema(name));
}
