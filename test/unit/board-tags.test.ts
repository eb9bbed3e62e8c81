import { describe, expect, it } from 'vitest';
import { boardTagRecall, tagsOf } from '../helpers/board-tags.js';
import { jobLines } from '../helpers/paths.js';

const SEEDS = ['discover-senior-lead-ml-engineer', 'discover-senior-manager-machine-learning'];

describe('board tags of the seed postings (labelled test)', () => {
  it('reads the tags the board glued together', () => {
    expect(
      tagsOf('PythonScalaJavaMachine LearningML systemsCloud platformsAWSAzureGoogle CloudAIResponsible AI'),
    ).toEqual([
      'Python',
      'Scala',
      'Java',
      'Machine Learning',
      'ML systems',
      'Cloud platforms',
      'AWS',
      'Azure',
      'Google Cloud',
      'AI',
      'Responsible AI',
    ]);
  });

  for (const seed of SEEDS) {
    it(`finds the board's tags in the text of ${seed}`, () => {
      const r = boardTagRecall(jobLines(seed));
      console.log(
        `${seed}: ${r.found}/${r.tags} tags found (recall ${r.recall.toFixed(2)}); missed: ${r.misses.map((m) => `${m.tag} [${m.skills.join(', ') || 'not in taxonomy'}]`).join('; ') || 'none'}`,
      );
      expect(r.tags).toBeGreaterThanOrEqual(15);
      // Every tag the text mentions is found; the rest the board added without the text saying so.
      expect(r.extractorMisses).toEqual([]);
      expect(r.recall).toBeGreaterThanOrEqual(0.75);
    });
  }
});
