/** Types of compiled.mjs (plain JavaScript, see there). */

/** The script that runs a program of the project compiled (`node scripts/run.mjs PROGRAM.ts …`). */
export const PROGRAM_RUNNER: string;

/** Where compiled files are kept, each with the list of sources it was made from. */
export const COMPILED_DIR: string;

/** The compiled file of the module `entry` with everything it imports, packages included (for worker threads). */
export function compiledModule(entry: string, cacheDir?: string, root?: string): string;

/** The compiled file of the program `entry`: the project's modules in one file, packages loaded by Node. */
export function compiledProgram(entry: string, cacheDir?: string, root?: string): Promise<string>;
