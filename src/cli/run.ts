/** The program's entry: run the command line and set the exit status (src/cli/main.ts does the work). */
import { main } from './main.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main() reports every error itself; this is the last guard against a stack trace.
    process.stderr.write(`bau-cu: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
