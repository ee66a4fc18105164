/** The consumed part of a grant, for a bar: 0..100 (a bar never overflows; the figure next to it says by how much). */
export function barValue(percent: number): number {
  return Math.max(0, Math.min(100, percent));
}
