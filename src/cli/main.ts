import { runCli } from './run-cli';
import { stripControls } from './terminal-text';

// The thin shell: real streams and exit code. Anything unexpected is one readable line, not a stack trace.
runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(`${t}\n`), stderr: (t) => process.stderr.write(`${t}\n`) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    process.stderr.write(`Scorecard Rater stopped unexpectedly: ${stripControls(e instanceof Error ? e.message : String(e))}. Nothing was written. Please report this with the file if you can.\n`);
    if (process.env.SCORECARD_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  });
