/** fitcheck's library API. */
export { checkFit, checkDocuments, compareProfiles, type CheckOptions } from './check.js';
export { analyzeJob } from './analyze/job.js';
export { analyzeResume } from './analyze/resume.js';
export { loadDocument, loadBuffer, type LoadOptions } from './load/index.js';
export { detectKind, type DocumentKind } from './cli/doc-kind.js';
export { run, type CliIO } from './cli/run.js';
export type * from './types.js';
export { EDUCATION_LEVELS, SENIORITY_LADDER } from './types.js';
export { titleWords } from './analyze/text/title-words.js';
export { titleSimilarity } from './score/title.js';
export { TITLE_MATCH } from './score/weights.js';
