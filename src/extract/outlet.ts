/** Names the publishing outlet where the page shows it. First version. */
export function extractOutlet(_lines: readonly string[]): string | null {
  return null;
}
