import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { processTree, treeRss } from "./measure.ts";

test("the process tree a build is measured over holds its children and their children", async () => {
  // This process → sh → sleep, as the benchmark's npm → node → Pagefind.
  const shell = spawn("sh", ["-c", "sleep 30 & echo $!; wait"], { stdio: ["ignore", "pipe", "ignore"] });
  let grandchild = 0;
  try {
    const [line] = (await once(shell.stdout!, "data")) as [Buffer];
    grandchild = Number(line.toString().trim());
    const tree = await processTree(process.pid);
    assert.ok(tree.has(process.pid) && tree.has(shell.pid!) && tree.has(grandchild), `tree ${[...tree].join(" ")}`);
    assert.ok(!(await processTree(shell.pid!)).has(process.pid), "a child's tree leaves out its parent");
    assert.ok((await treeRss(process.pid)) > (await treeRss(grandchild)), "the tree's memory is more than one of its processes'");
  } finally {
    if (grandchild) process.kill(grandchild);
    shell.kill();
  }
});
