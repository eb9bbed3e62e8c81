// Glassdoor data-science postings (no reading labels): robustness and reading where the text states it.
import { knockoutTable, postingDetails, postingFigures, readPostings } from './postings.mjs';

export const FILE = 'jobs/glassdoor-ds-2020.csv';

/** Read each distinct description once (the file repeats many). */
export async function evaluate(ctx) {
  const read = await readPostings(ctx, {
    file: FILE,
    title: 'Job Title',
    text: 'Job Description',
    id: 'glassdoor',
    distinct: true,
  });
  if (!read) return { skip: `${FILE} not found` };
  const { tally, figures } = postingFigures('glassdoor', read.postings, read.answers);
  return {
    title: `${FILE} (${read.postings.length} distinct descriptions of ${read.all} rows)`,
    figures,
    tables: [knockoutTable('glassdoor', read.answers)],
    misses: tally.misses,
    details: postingDetails(read),
  };
}
