import type { MeasureResult, Rating } from '../rating/measure-result';
import type { Counts, SectionCounts } from '../run/run-report';

export function countRatings(ratings: Rating[]): Counts {
  const c: Counts = { red: 0, amber: 0, green: 0, na: 0, total: 0 };
  for (const r of ratings) {
    c[r]++;
    c.total++;
  }
  return c;
}

/** Counts per section in sheet order; measures above the first section row fall under "(no section)". */
export function countBySection(measures: MeasureResult[]): SectionCounts[] {
  const order: string[] = [];
  const groups = new Map<string, MeasureResult[]>();
  for (const m of measures) {
    const key = m.section || '(no section)';
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    groups.get(key)!.push(m);
  }
  return order.map((section) => ({
    section,
    rag: countRatings(groups.get(section)!.map((m) => m.rag)),
    direction: countRatings(groups.get(section)!.map((m) => m.direction)),
  }));
}
