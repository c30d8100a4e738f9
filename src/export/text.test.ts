import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownToText } from "./text.ts";
import { blocksToMarkdown } from "../ingest/markdown.ts";
import type { Block } from "../extract/types.ts";

test("the body's blocks come back as plain text, escapes and caption markers gone", () => {
  const blocks: Block[] = [
    { kind: "paragraph", text: "Chiều 14/5, tại Hoa Lư *(Bình Phước)*, hai bên hội đàm.", line: 1 },
    { kind: "heading", text: "# Hợp tác biên giới", line: 2 },
    { kind: "caption", text: "Quang cảnh buổi đối thoại. Ảnh: [TTXVN](javascript:x)", line: 3 },
    { kind: "paragraph", text: "<script>alert(1)</script> chỉ là chữ.", line: 4 },
  ];
  assert.equal(markdownToText(blocksToMarkdown(blocks)), blocks.map((b) => b.text).join("\n\n"));
});
