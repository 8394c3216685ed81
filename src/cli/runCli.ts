// How every command-line entry point ends: bad input prints its message and exits 2, a bug prints its stack and exits 1.

/** Input a user can fix: the message names the file, field or argument and the problem. */
export class BadInput extends Error {}

export function runCli(main: (argv: string[]) => void | Promise<void>): void {
  const fail = (e: unknown) => {
    if (e instanceof BadInput) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  };
  try {
    const done = main(process.argv.slice(2));
    if (done) done.catch(fail);
  } catch (e) {
    fail(e);
  }
}
