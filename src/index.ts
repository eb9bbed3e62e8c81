/** fitcheck's library API. */
export { checkFit, checkDocuments, compareProfiles, type CheckOptions } from './check.js';
export { analyzeJob } from './analyze/job.js';
export { analyzeResume } from './analyze/resume.js';
export { loadDocument } from './load/index.js';
export { run, type CliIO } from './cli/run.js';
export type * from './types.js';
