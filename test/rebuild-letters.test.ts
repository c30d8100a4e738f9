/**
 * The letter pages of a group index split by initial (src/site/letters.ts) in rebuilds: a letter
 * whose last person goes, and the whole split when the index falls back under its limit, leave
 * no page behind; each rebuild equals a full build of the same content.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "../src/build.ts";
import { generateCorpus } from "../src/bench/generate.ts";
import { SITE } from "../src/site/config.ts";
import { assertSameSite, listFiles } from "./helpers/site-files.ts";

let tmp: string;
let raw: string;
let ids: string[];

/** Initials of the test's people: one per page of the split index, X for the one person removed later. */
const INITIALS = ["B", "C", "D", "Đ", "G", "H", "K", "L", "M", "N", "P", "Q", "S", "T", "V"];

/** Corrections giving each article `perArticle` people of their own (two-word names), and the first article Xa Văn Một as well when `withX`. */
async function correctPeople(perArticle: number, withX: boolean): Promise<void> {
  const lines = ids.flatMap((id, a) => {
    const people = Array.from({ length: perArticle }, (_, i) => `${INITIALS[(a * perArticle + i) % INITIALS.length]}ạc Số ${a * perArticle + i}`);
    if (withX && a === 0) people.push("Xa Văn Một");
    return [`${JSON.stringify(id)}:`, "  participants:", ...people.map((name) => `    - { name: ${JSON.stringify(name)}, title: "" }`)];
  });
  await writeFile(path.join(tmp, "corrections.yaml"), `${lines.join("\n")}\n`);
}

const buildInto = (out: string) => build({ contentDir: raw, outDir: out, basePath: "/", siteUrl: "https://example.org/", strict: false });

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "rebuild-letters-"));
  raw = path.join(tmp, "raw");
  await generateCorpus(raw, 26, 3);
  ids = (await listFiles(raw)).map((f) => f.replace(/\.txt$/, ""));
});

after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

test("a letter gone, and then the whole split, leave no letter page behind in a rebuild", async () => {
  const perArticle = Math.ceil((SITE.groupIndexLimit + 20) / ids.length);
  const out = path.join(tmp, "site");
  await correctPeople(perArticle, true);
  await buildInto(out);
  assert.ok(existsSync(path.join(out, "nhan-vat/chu-cai/x/index.html")), "X has its page");
  assert.ok(existsSync(path.join(out, "nhan-vat/chu-cai/b/index.html")));

  await correctPeople(perArticle, false);
  const rebuilt = await buildInto(out);
  assert.equal(rebuilt.incremental, true);
  assert.equal(existsSync(path.join(out, "nhan-vat/chu-cai/x")), false, "X's page is gone");
  await buildInto(path.join(tmp, "full-1"));
  await assertSameSite(out, path.join(tmp, "full-1"));

  await correctPeople(2, false);
  await buildInto(out);
  assert.equal(existsSync(path.join(out, "nhan-vat/chu-cai")), false, "no letter pages under the limit");
  await buildInto(path.join(tmp, "full-2"));
  await assertSameSite(out, path.join(tmp, "full-2"));
});
