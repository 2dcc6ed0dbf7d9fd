/** A PROFILEd plan as the driver returns it, and what the profiling scripts read from it. */

export interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: { Details?: string };
  children: Plan[];
}

/** Database hits summed over the plan and all its operators. */
export const hitsOf = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + hitsOf(c), 0);

/** The operators with more than `minHits` hits, indented by depth, each with its Details cut at `width`. */
export const operators = (p: Plan, minHits: number, width: number, depth = 0, out: string[] = []): string[] => {
  if (p.dbHits > minHits) out.push(`${"  ".repeat(depth)}${p.operatorType}: ${p.dbHits} hits, ${p.rows} rows: ${(p.arguments?.Details ?? "").slice(0, width)}`);
  for (const c of p.children) operators(c, minHits, width, depth + 1, out);
  return out;
};
