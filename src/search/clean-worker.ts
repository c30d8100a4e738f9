/** Worker thread of cleanBundle (clean-index.ts): cleans the fragment files it is given, one by one. */
import { workerData } from "node:worker_threads";
import { cleanFileSync } from "./clean-index.ts";

for (const target of (workerData as { targets: string[] }).targets) cleanFileSync(target);
