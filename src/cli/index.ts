/**
 * The command line: `main(argv)` runs rbc and returns the documented exit code. Commands are a
 * typed table (cli-commands.ts); each loads its module, and through it the stages, when it runs.
 */
export { main } from "./main.ts";
export type { Ports } from "./main.ts";
