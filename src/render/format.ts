/** Small pure formatting helpers for templates: Vietnamese dates and labels. */

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "2022-05-14" → "Thứ Bảy, 14/5/2022"; null → "Chưa rõ ngày". */
export function vietnameseDate(iso: string | null): string {
  if (!iso) return "Chưa rõ ngày";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${d}/${m}/${y}`;
}
