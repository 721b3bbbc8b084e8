import { runCli } from '../../src/cli';

export const CLI_NOW = new Date('2026-11-22T10:00:00Z');

/** Runs the command line as a user would, returning the exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, CLI_NOW);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
