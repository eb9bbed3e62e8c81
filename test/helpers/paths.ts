import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const job = (name: string) => `${ROOT}jobs/${name}.txt`;
export const example = (name: string) => `${ROOT}examples/${name}`;
export const read = (path: string) => readFileSync(path, 'utf8');
export const jobLines = (name: string) => read(job(name)).split('\n');
