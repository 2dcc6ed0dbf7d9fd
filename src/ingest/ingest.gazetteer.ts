/**
 * The gazetteer: every Place entity of the seed files (provinces, districts, communes of before
 * and after the July 2025 reorganisation, and villages), with their PART_OF parents, looked up by
 * name. Built from whatever Place entities the files hold; nothing is read from elsewhere.
 */
import type { Level } from "./ingest.lexicon";
import { foldKey } from "./ingest.text";

export type Era = "legacy" | "new";

export interface PlaceRecord {
  id: string;
  name: string;
  level: Level;
  unitType?: string;
  officialName?: string;
  nameEn?: string;
  aliases: string[];
  validFrom?: string;
  validTo?: string;
  /** PART_OF targets (places). */
  parents: string[];
  /** The legacy units this 2025 unit succeeded (their SUCCEEDED_BY points here). */
  predecessors: string[];
}

/** The day the 2025 units began. */
export const REFORM_DAY = "2025-07-01";

const LEADING_UNIT = /^(tinh|thanh pho|tp|thu do|huyen|quan|thi xa|xa|phuong|thi tran|dac khu|thon|ban|ap|xom|to dan pho|khu pho|buon|lang|plei|bon|soc|khom) /;
const TRAILING_EN_UNIT = / (province|city|district|town|township|commune|ward|village|hamlet)$/;

const LEVEL_RANK: Readonly<Record<Level, number>> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2, VILLAGE: 3 };
export const levelRank = (level: Level): number => LEVEL_RANK[level];

export class Gazetteer {
  private readonly byId = new Map<string, PlaceRecord>();
  private readonly byKey = new Map<string, PlaceRecord[]>();
  private readonly ancestorCache = new Map<string, ReadonlySet<string>>();
  /** Province and district names written as one word in English ("hanoi" → "ha noi"). */
  readonly compact = new Map<string, string>();

  constructor(records: Iterable<PlaceRecord>) {
    for (const r of records) this.byId.set(r.id, r);
    for (const r of this.byId.values()) {
      const keys = new Set<string>();
      const add = (text: string | undefined): void => {
        if (!text) return;
        const key = foldKey(text);
        if (!key) return;
        keys.add(key);
        const bare = key.replace(LEADING_UNIT, "");
        if (bare !== key && bare && !foldKey(r.name).startsWith(key.split(" ")[0])) keys.add(bare);
      };
      add(r.name);
      add(r.officialName);
      for (const a of r.aliases) add(a);
      if (r.nameEn) {
        const en = foldKey(r.nameEn).replace(TRAILING_EN_UNIT, "");
        if (en) keys.add(en);
      }
      // a numbered ward ("Phường 8"): the text writes "phường 8", whose name after the unit word is the number
      const numbered = /^(?:phuong|quan) (\d+)$/.exec(foldKey(r.name));
      if (numbered) keys.add(numbered[1]);
      if (r.level === "PROVINCE" || r.level === "DISTRICT") {
        const name = foldKey(r.name);
        if (name.includes(" ")) {
          keys.add(name.replace(/ /g, ""));
          if (r.level === "PROVINCE") this.compact.set(name.replace(/ /g, ""), name);
        }
      }
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) list.push(r);
        else this.byKey.set(key, [r]);
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): PlaceRecord | undefined {
    return this.byId.get(id);
  }

  /** Places of these levels known by this key (see foldKey). */
  lookup(key: string, levels?: readonly Level[]): PlaceRecord[] {
    const list = this.byKey.get(key) ?? [];
    return levels ? list.filter((r) => levels.includes(r.level)) : list;
  }

  /** Every place above this one, through PART_OF. */
  ancestors(id: string): ReadonlySet<string> {
    const cached = this.ancestorCache.get(id);
    if (cached) return cached;
    const out = new Set<string>();
    this.ancestorCache.set(id, out); // guards against PART_OF cycles
    for (const parent of this.byId.get(id)?.parents ?? []) {
      out.add(parent);
      for (const a of this.ancestors(parent)) out.add(a);
    }
    return out;
  }

  /** Is `upper` above `lower`? */
  isAncestor(upper: string, lower: string): boolean {
    return this.ancestors(lower).has(upper);
  }

  /** Was `lower`, a 2025 unit, made (in part) of units under the legacy `upper` ("Giao An, huyện Lang Chánh cũ")? */
  succeedsUnder(upper: string, lower: string): boolean {
    return (this.byId.get(lower)?.predecessors ?? []).some((p) => p === upper || this.isAncestor(upper, p));
  }

  /** Which naming a place belongs to: legacy (before July 2025), the 2025 one, or both (an unchanged province). */
  eras(r: PlaceRecord): Era[] {
    if (r.validTo && r.validTo < REFORM_DAY) return ["legacy"];
    if ((r.validFrom && r.validFrom >= REFORM_DAY) || r.id.startsWith("vn2025:")) return ["new"];
    if (r.level === "VILLAGE" && r.parents.length) {
      const parent = this.byId.get(r.parents[0]);
      if (parent) return this.eras(parent);
    }
    return ["legacy", "new"];
  }
}
