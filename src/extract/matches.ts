/**
 * Regex matching for the extractors' hot loops: `text.matchAll(regex)` copies the regex on every call
 * (a noticeable cost for the large vocabulary alternations run on every block); this runs the shared
 * global regex itself and returns the same matches.
 */

/** Every match of a global regex in text, as `[...text.matchAll(regex)]` would give them. */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (one code point under the `u` flag), as matchAll does.
    if (m[0] === "") regex.lastIndex = m.index + (regex.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return found;
}
