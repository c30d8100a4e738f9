/**
 * Deterministic generator of scraped-looking raw articles for the benchmark: the same seed and
 * count always give the same files, with site furniture, dated leads, partners, ranked
 * participants, duplicated captions, bylines and related-story lists around the article.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as V from "./vocabulary.ts";

/** A seeded pseudo-random source (mulberry32): `next()` is uniform in [0, 1). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One generated raw page. */
export interface GeneratedArticle {
  /** Path relative to the content folder. */
  file: string;
  text: string;
}

interface Person {
  name: string;
  rank: string;
  role: string;
}

function vietnameseName(r: Random): string {
  return `${r.pick(V.FAMILY_NAMES)} ${r.pick(V.MIDDLE_NAMES)} ${r.pick(V.GIVEN_NAMES)}`;
}

function person(r: Random, partner: string | null): Person {
  if (partner !== null) return { name: r.pick(V.FOREIGN_NAMES), rank: r.pick(V.RANKS), role: `${r.pick(V.ROLES_PARTNER)} ${partner}` };
  return { name: vietnameseName(r), rank: r.pick(V.RANKS.slice(0, 10)), role: [...new Set([r.pick(V.ROLES_VN), r.pick(V.ROLES_VN)])].join(", ") };
}

/** A few thousand plausible syllables, in a fixed order (the first ones are drawn most often). */
const LEXICON: readonly string[] = (() => {
  const r = new Random(7);
  const seen = new Set<string>();
  for (const onset of V.ONSETS) {
    for (const rhyme of V.RHYMES) {
      for (const tone of V.TONES) {
        // The tone mark sits on the rhyme's first vowel.
        seen.add(`${onset}${rhyme.charAt(0)}${tone}${rhyme.slice(1)}`.normalize("NFC"));
      }
    }
  }
  const all = [...seen];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
})();

/** A 2–4 syllable phrase with a skewed frequency: common words often, rare words now and then. */
function phrase(r: Random): string {
  return Array.from({ length: r.int(2, 4) }, () => LEXICON[Math.floor(r.next() ** 3 * LEXICON.length)]!).join(" ");
}

function figure(r: Random): string {
  const n = r.int(2, 9999);
  return `${n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}` : n} ${r.pick(V.MEASURES)}`;
}

function sentence(r: Random, people: readonly Person[]): string {
  const who = r.chance(0.4) ? `${r.pick(people).rank} ${r.pick(people).name}` : "";
  const detail = r.chance(0.5) ? `về ${phrase(r)}` : r.chance(0.3) ? `với ${figure(r)}` : "";
  const parts = [r.pick(V.OPENERS), who, r.pick(V.CLAUSES), detail, r.chance(0.5) ? `; ${r.pick(V.CLAUSES)}` : "", r.pick(V.TAILS)];
  const text = parts.filter((p) => p !== "").join(" ").replace(/ ;/g, ";");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: Random, people: readonly Person[]): string {
  return Array.from({ length: r.int(1, 4) }, () => sentence(r, people)).join(" ");
}

function relatedStories(r: Random, count: number, doubled: boolean): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const headline = `${r.pick(V.RELATED_SUBJECTS)} ${r.pick(["tại", "ở", "của"])} ${r.pick(V.PLACES)}`;
    const teaser = `${r.pick(V.DAY_PARTS)} ${r.int(1, 28)}-${r.int(1, 12)}, ${[r.pick(V.CLAUSES), phrase(r), r.pick(V.TAILS)].filter((p) => p !== "").join(" ")}.`;
    lines.push(headline);
    if (doubled) lines.push("", headline);
    lines.push("", teaser, "");
  }
  return lines;
}

/** Writes the text of article number `index` (deterministic for a given seed). */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const r = new Random(seed * 1_000_003 + index);
  const partner = r.pick(V.PARTNERS);
  const event = r.pick(V.EVENTS);
  const ordinal = r.int(1, 20);
  const outlet = r.pick(V.OUTLETS);
  const year = r.int(2005, 2025);
  const day = r.int(1, 28);
  const month = r.int(1, 12);
  const place = r.pick(V.PLACES);
  const vn = person(r, null);
  const foreign = person(r, partner);
  const people = [vn, foreign, ...Array.from({ length: r.int(0, 3) }, () => person(r, r.chance(0.5) ? partner : null))];
  const title = r.pick([
    `${event} Việt Nam - ${partner} lần thứ ${ordinal}`,
    `Việt Nam và ${partner} tăng cường hợp tác quốc phòng`,
    `${vn.rank} ${vn.name} tiếp ${foreign.role}`,
    `Thúc đẩy quan hệ quốc phòng Việt Nam - ${partner} năm ${year}`,
    `${event} lần thứ ${ordinal} tại ${place}`,
  ]);
  // Dates with and without a year, in the separators the outlets use.
  const dateText = r.pick([`${day}/${month}`, `${day}-${month}`, `${day}/${month}/${year}`, `${day}-${month}-${year}`]);
  const caption = `${vn.rank} ${vn.name} và ${foreign.role} ${foreign.name} tại ${event.toLowerCase()}. (Ảnh: ${vietnameseName(r)}/${outlet.name})`;

  const lines: string[] = [];
  const style = r.int(0, 3);
  if (style === 0) lines.push("Hotline: 0274 383 347", `Thứ bảy, ${day}-${month}-${String(year).slice(2)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}`, "Hotline: 0274 383 347", "");
  if (style === 1) lines.push(r.pick(V.BREADCRUMBS), `${r.int(10, 23)}:${r.int(10, 59)} | ${day}/${month}/${year} GMT+7`, "");
  if (style === 2) lines.push(...relatedStories(r, 2, false).map((l) => (l === "" ? "|" : l)));
  lines.push(title, "");
  if (r.chance(0.5)) lines.push(r.pick(V.WIDGETS), "");
  lines.push(`${outlet.prefix}${paragraph(r, people)}`, "");
  lines.push(caption, caption, "");
  lines.push(
    `${r.pick(V.DAY_PARTS)} ${dateText}, tại ${place}, ${vn.rank} ${vn.name}, ${vn.role}, đã hội đàm với ${foreign.rank} ${foreign.name}, ${foreign.role}, trong khuôn khổ ${event} Việt Nam - ${partner} lần thứ ${ordinal}.`,
    "",
  );
  lines.push(`Tham dự có ${people.slice(2).map((p) => `${p.rank} ${p.name}, ${p.role}`).join("; ") || "đại diện lãnh đạo một số cơ quan của Bộ Quốc phòng hai nước"}.`, "");
  const paragraphs = r.int(4, 22);
  for (let i = 0; i < paragraphs; i++) {
    lines.push(paragraph(r, people), "");
    if (r.chance(0.08)) lines.push(`“${sentence(r, people)}”`, "");
    if (r.chance(0.1)) {
      const photo = `${r.pick(people).rank} ${r.pick(people).name} phát biểu tại ${event.toLowerCase()}. Ảnh: ${vietnameseName(r)}`;
      lines.push(photo, r.chance(0.5) ? photo : "", "");
    }
  }
  lines.push(outlet.byline, "");
  lines.push(r.pick(["Có thể bạn quan tâm", "Tin liên quan", "Đọc nhiều"]), "");
  lines.push(...relatedStories(r, r.int(3, 9), r.chance(0.5)));
  if (r.chance(0.3)) lines.push(r.pick(V.WIDGETS));
  const folder = String(Math.floor(index / 1000)).padStart(3, "0");
  return { file: `${folder}/bai-${String(index).padStart(6, "0")}.txt`, text: lines.join("\n") };
}

/** Writes `count` generated articles under `dir` (folders of 1,000); returns their total size in bytes. */
export async function generateCorpus(dir: string, count: number, seed = 1): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(seed, i);
    const target = path.join(dir, article.file);
    if (i % 1000 === 0) await mkdir(path.dirname(target), { recursive: true });
    const data = Buffer.from(article.text, "utf8");
    bytes += data.length;
    await writeFile(target, data);
  }
  return bytes;
}
