/** Errors that end a run with a known exit code and a one-line message (the stack only with --verbose). */
export class FitcheckError extends Error {
  /** Process exit code this error maps to. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** The command line was wrong (unknown option, missing argument, bad value). */
export class UsageError extends FitcheckError {}

/** An input file could not be read or understood. */
export class InputError extends FitcheckError {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`, 2);
  }
}

/** A gate asked for on the command line failed (score under threshold, knock-out hit). */
export class CheckFailed extends FitcheckError {
  constructor(message: string) {
    super(message, 1);
  }
}
