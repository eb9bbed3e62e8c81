import { describe, expect, it } from 'vitest';
import { splitGlued } from '../../src/taxonomy/tokenize.js';

// The three replacements splitGlued applies, without its fast path: the fast path must not change answers.
const reference = (word: string) =>
  word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z]{2,})/g, '$1 $2')
    .replace(/(?<![a-z])([a-z]{2,})(\d+\+)/g, '$1 $2')
    .split(' ');

describe('splitGlued fast path', () => {
  it('agrees with the full rewrite on plain, glued and odd words', () => {
    const words = [
      'python',
      'Python',
      'AWS',
      'CI/CD',
      'C++',
      'Node.js',
      'PythonScalaJava',
      'AWSAzure',
      'iOS',
      'JavaScript',
      'years5+',
      'Java8',
      'GPT4',
      'ABCdef',
      'ABCDef',
      'macOS',
      'x86',
      'e2e',
      'ReactNative',
      'A',
      '',
      'k8s',
      'FastAPI',
    ];
    for (const w of words) expect(splitGlued(w), w).toEqual(reference(w));
  });
});
