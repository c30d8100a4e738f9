/**
 * Stable article id: the raw file's path relative to the content folder, without ".txt". Only the
 * lower-case extension is dropped, so "a.txt" and "a.TXT" (both raw files) never share an id.
 * (A module of its own: the build's main thread names articles without loading the extractor.)
 */
export function articleId(relativePath: string): string {
  return relativePath.split("\\").join("/").replace(/\.txt$/, "");
}
