/** The toolbar badge's text for a page with `count` distinct entities: nothing for none, "99+" past 99. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}
