import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { Encoder, decode } from "cbor-x";
import { markShardIds, shardIdSuffix } from "./shard-ids.ts";

const page = (n: number) =>
  `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1 data-pagefind-meta="title">Bài ${n}</h1><p>Hợp tác quốc phòng số ${n}.</p></article></body></html>`;

/** A bundle of three pages written by Pagefind into `dir`. */
async function writeBundle(dir: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
  for (const n of [1, 2, 3]) await index!.addHTMLFile({ url: `/bai-viet/${n}/`, content: page(n) });
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
}

const entryOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string }> };
const metaOf = async (dir: string) => {
  const { hash } = Object.values((await entryOf(dir)).languages)[0]!;
  const raw = gunzipSync(await readFile(path.join(dir, `pagefind.${hash}.pf_meta`)));
  return { raw, meta: decode(raw.subarray("pagefind_dcd".length)) as [string, [string, number, string][], ...unknown[]] };
};

test("the suffix names the shard, and one shard's suffix never ends another's id", () => {
  assert.equal(shardIdSuffix(2), "-s2");
  assert.equal(shardIdSuffix(12), "-s12");
  assert.ok(!`vi_2c79828${shardIdSuffix(12)}`.endsWith(shardIdSuffix(2)));
});

test("Pagefind's metadata reads and writes back byte for byte", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "shard-ids-"));
  try {
    await writeBundle(dir);
    const { raw, meta } = await metaOf(dir);
    assert.ok(Buffer.concat([Buffer.from("pagefind_dcd"), new Encoder({ useRecords: false }).encode(meta)]).equals(raw));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("marking a shard suffixes its page ids and fragment files, names the metadata anew, and changes nothing else", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "shard-ids-"));
  try {
    await writeBundle(dir);
    const before = await metaOf(dir);
    const fragments = (await readdir(path.join(dir, "fragment"))).sort();
    const oldHash = Object.values((await entryOf(dir)).languages)[0]!.hash;
    await markShardIds(dir, 3);
    const after = await metaOf(dir);
    const newHash = Object.values((await entryOf(dir)).languages)[0]!.hash;
    assert.notEqual(newHash, oldHash, "the changed metadata has a name of its own");
    assert.ok(!(await readdir(dir)).includes(`pagefind.${oldHash}.pf_meta`), "the old metadata is gone");
    assert.deepEqual(after.meta[1], before.meta[1].map(([id, words, group]) => [`${id}-s3`, words, group]));
    assert.deepEqual(after.meta.slice(2), before.meta.slice(2), "chunks, filters, sorts and fields unchanged");
    assert.deepEqual((await readdir(path.join(dir, "fragment"))).sort(), fragments.map((f) => f.replace(/\.pf_fragment$/, "-s3.pf_fragment")).sort());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the first shard is never marked", async () => {
  await assert.rejects(markShardIds(tmpdir(), 1), /after the first/);
});
