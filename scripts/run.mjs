/**
 * `node scripts/run.mjs PROGRAM.ts [arguments]`: runs one of the project's TypeScript programs
 * (`npm run build`, `npm start`) compiled into one file (src/compiled.mjs), without a TypeScript
 * loader. Under tsx's loader, loading the build's modules and Eleventy's took about 0.6 s more of
 * every build: in the edit loop, a tenth of the time. Should compiling fail, the program runs
 * through tsx as before.
 *
 * The program sees the arguments as if started on its own (`process.argv[1]` is its source).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledProgram } from "../src/compiled.mjs";

const [program, ...args] = process.argv.slice(2);
if (!program) {
  console.error("usage: node scripts/run.mjs PROGRAM.ts [arguments]");
  process.exit(2);
}
const source = path.resolve(program);
process.argv = [process.argv[0], source, ...args];
let compiled = null;
try {
  compiled = await compiledProgram(source);
} catch (error) {
  console.error(`(compiling ${program} failed, so it runs through tsx: ${error.message.split("\n")[0]})`);
}
if (compiled) await import(pathToFileURL(compiled).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(source).href);
}
