/** Decides once whether output is coloured: flag, then NO_COLOR, then FORCE_COLOR, then TTY. */

/** `flag` is true/false for --color/--no-color, undefined when neither was given. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
