/**
 * Pure functions of a string kept with their results for the life of the process: an archive
 * slugs, folds and compares the same few thousand names and titles at every build.
 */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text)!;
    const result = fn(text);
    results.set(text, result);
    return result;
  };
}
