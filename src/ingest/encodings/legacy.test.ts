import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { composeVni, decodeLegacyFromWindows1252, decodeLegacyVietnamese, windows1252Bytes, type LegacyVietnamese } from "./legacy.ts";

/** Texts written for the tests and their bytes as GNU recode encodes them (test/fixtures/encodings/README.md). */
const fixture = (name: string): Buffer => readFileSync(new URL(`../../../test/fixtures/encodings/${name}`, import.meta.url));
const TEXT = fixture("text.txt").toString("utf8");

test("each old encoding decodes recode's bytes of the test text to the text itself", () => {
  for (const encoding of ["viscii", "tcvn3", "vni", "vps"] as const) {
    assert.equal(decodeLegacyVietnamese(fixture(`text.${encoding}.bin`), encoding), TEXT, encoding);
  }
  assert.equal(decodeLegacyVietnamese(fixture("caps-viscii.viscii.bin"), "viscii"), fixture("caps-viscii.txt").toString("utf8"));
  assert.equal(decodeLegacyVietnamese(fixture("caps-vps.vps.bin"), "vps"), fixture("caps-vps.txt").toString("utf8"));
});

test("iconv-lite's tables hold the letters the old documents use: VISCII on control bytes, TCVN3 in the upper half", () => {
  // VISCII: Ẳ on 0x02, Ỹ on 0x19, ư on 0xDF; TCVN3 (ABC): ă on 0xA8, đ on 0xAE, ệ on 0xD6, ự on 0xF9.
  assert.equal(decodeLegacyVietnamese(Uint8Array.from([0x02, 0x19, 0xdf]), "viscii"), "ẲỸư");
  assert.equal(decodeLegacyVietnamese(Uint8Array.from([0xa8, 0xae, 0xd6, 0xf9]), "tcvn3"), "ăđệự");
});

test("VNI: a vowel and the mark byte after it make one letter, in either case; a mark after a consonant stays", () => {
  assert.equal(composeVni("Vieät Nam"), "Việt Nam");
  assert.equal(composeVni("VIEÄT NAM"), "VIỆT NAM");
  assert.equal(composeVni("ngöôøi lính, Ñoäc laäp, khuyeán khích"), "người lính, Độc lập, khuyến khích");
  assert.equal(composeVni("Hoaøng Sa, Quaûng Ngaõi, ñaëc bieät, AÉ"), "Hoàng Sa, Quảng Ngãi, đặc biệt, Ắ");
  assert.equal(composeVni("café"), "café", "é after a consonant is no VNI mark");
});

test("text that was old-encoding bytes read as Windows-1252 decodes again", () => {
  for (const encoding of ["viscii", "tcvn3", "vni", "vps"] as LegacyVietnamese[]) {
    const asWindows = [...fixture(`text.${encoding}.bin`)].map((b) => {
      const c = iconv.decode(Buffer.from([b]), "windows-1252");
      return c === "\ufffd" ? String.fromCharCode(b) : c;
    }).join("");
    assert.deepEqual(windows1252Bytes(asWindows), Uint8Array.from(fixture(`text.${encoding}.bin`)), `${encoding}: bytes come back`);
    assert.equal(decodeLegacyFromWindows1252(asWindows, encoding), TEXT, encoding);
  }
  assert.equal(decodeLegacyFromWindows1252("Việt", "tcvn3"), null, "a character outside Windows-1252 is no such text");
});
