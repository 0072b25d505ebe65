/** A tab count as people read it: "1.234" (nl) or "1,234" (en), with "+" when the server stopped counting. */
export function formatCount(count: { count: number; capped: boolean }, language: string): string {
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(count.count);
  return count.capped ? `${number}+` : number;
}
