/** `fitcheck jobs`: list the bundled sample jobs. */
import type { Command } from 'commander';
import { bundledJobs } from '../bundled.js';
import type { CliContext } from '../context.js';

export function registerJobs(program: Command, ctx: CliContext): void {
  program
    .command('jobs')
    .description('list the bundled sample jobs (use a name as the <job> argument)')
    .action(() => {
      const jobs = bundledJobs();
      const width = Math.max(...jobs.map((j) => j.name.length));
      for (const j of jobs) ctx.io.stdout(`${j.name.padEnd(width)}  ${j.title}\n`);
      ctx.setCode(0);
    });
}
