/** Collects photographers, reporters and agencies from captions and bylines. First version. */
const PHOTO_CREDIT = /\(?Ảnh:\s*([^)]+?)\)?\.?$/u;

export function extractCredits(captions: readonly string[], bylines: readonly string[]): string[] {
  const credits = new Set<string>();
  for (const text of [...captions, ...bylines]) {
    const m = PHOTO_CREDIT.exec(text);
    if (m) for (const part of m[1]!.split("/")) if (part.trim()) credits.add(part.trim());
  }
  return [...credits];
}
