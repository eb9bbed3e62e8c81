/** Words of job titles: the nouns that make a line name a job, internships, and workplace notes that are no employer. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';

const WORDS = lexicon().titles;

/** A job-title noun anywhere in a text ("engineer", "professor", "intern"). */
export const TITLE_WORDS = new RegExp(phrases(WORDS.nouns), 'i');
/** An internship, co-op, traineeship or working-student position. */
export const INTERNSHIP = new RegExp(phrases(WORDS.internships), 'i');
/** "Remote", "Hybrid": where a job was, never its employer. */
export const WORKPLACE = new RegExp(`^(?:${phrases(WORDS.workplaces, { start: 'none' })})$`, 'i');
