/**
 * From the provinces the API knows (legacy and 2025) to the 34 provinces of the map. The map's
 * features carry the official 2-digit code of a 2025 province; a province the 2025 reorganisation
 * kept (no validTo) has that code itself, a legacy one (validTo set) counts in its successors
 * (SUCCEEDED_BY). Codes alone cannot map legacy provinces: legacy Bắc Giang had 24, which is the
 * 2025 Bắc Ninh's. Pure: no DOM, unit-tested in test/unit/dashboard.model.test.ts.
 */

export interface ProvinceNode {
  id: string;
  name: string;
  nameEn?: string | null;
  code?: string | null;
  validTo?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  successors: { id: string }[];
}

export interface FacetBucket {
  key: string | null;
  name?: string | null;
  count: number;
}

export interface ProvinceIndex {
  /** The 2025 provinces (still valid: no validTo) by code. */
  currentByCode: Map<string, ProvinceNode>;
  /** Every province by id. */
  byId: Map<string, ProvinceNode>;
}

export function indexProvinces(nodes: readonly ProvinceNode[]): ProvinceIndex {
  const byId = new Map(nodes.map((p) => [p.id, p]));
  const currentByCode = new Map<string, ProvinceNode>();
  for (const p of nodes) if (!p.validTo && p.code) currentByCode.set(p.code, p);
  return { currentByCode, byId };
}

/**
 * The codes of the 2025 provinces a province (by id) lies in today: its own code when it is
 * still valid, else its successors' (followed further if a successor was itself replaced).
 * Empty for unknown ids.
 */
export function currentCodesOf(index: ProvinceIndex, id: string): string[] {
  const codes = new Set<string>();
  const seen = new Set<string>();
  const visit = (pid: string): void => {
    if (seen.has(pid)) return;
    seen.add(pid);
    const p = index.byId.get(pid);
    if (!p) return;
    if (!p.validTo) {
      if (p.code) codes.add(p.code);
      return;
    }
    for (const s of p.successors) visit(s.id);
  };
  visit(id);
  return [...codes];
}

/**
 * Activities (interventions and events) per 2025 province code, from
 * whoWhatWhereSummary.provinces: legacy provinces add their count to each successor. (An
 * activity spanning two legacy provinces merged into one counts twice there; the facets count
 * per legacy province.) Buckets with a null key
 * (no place) and unknown ids are left out: see `unplaced`.
 */
export function countsByCurrentCode(index: ProvinceIndex, facets: readonly FacetBucket[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const bucket of facets) {
    if (!bucket.key) continue;
    for (const code of currentCodesOf(index, bucket.key)) counts.set(code, (counts.get(code) ?? 0) + bucket.count);
  }
  return counts;
}

/** Activities the map cannot show: no place at all, or a province the API did not list. */
export function unplaced(index: ProvinceIndex, facets: readonly FacetBucket[]): number {
  return facets.filter((b) => !b.key || currentCodesOf(index, b.key).length === 0).reduce((n, b) => n + b.count, 0);
}

/**
 * The 2025 province a place filter points at, for highlighting it on the map: the province
 * itself or, for a legacy one, its single successor. Null for other places and ambiguous cases.
 */
export function highlightedCode(index: ProvinceIndex, placeId: string | undefined): string | null {
  if (!placeId) return null;
  const codes = currentCodesOf(index, placeId);
  return codes.length === 1 ? codes[0] : null;
}

/** What the map shows of a 2025 province: distinct activities (interventions, events) and organizations of the rows in it. */
export interface ProvinceCounts {
  activities: number;
  interventions: number;
  events: number;
  organizations: number;
}

/** A feature of /export/places.geojson: a place with coordinates and what the filtered rows count inside it. */
export interface PlaceCountFeature {
  properties: { id: string; activities: number; interventions: number; events: number; organizations: number };
}

/**
 * The counts per 2025 province code, from /export/places.geojson of the same filter: that export
 * counts distinct activities and organizations inside each place, the units merged into it
 * included, so a 2025 province's own feature already holds its legacy provinces' rows, each
 * activity and organization once. Features of other places (communes, legacy provinces) are
 * left out.
 */
export function countsFromPlaces(index: ProvinceIndex, features: readonly PlaceCountFeature[]): Map<string, ProvinceCounts> {
  const counts = new Map<string, ProvinceCounts>();
  for (const { properties: p } of features) {
    const province = index.byId.get(p.id);
    if (!province || province.validTo || !province.code || index.currentByCode.get(province.code) !== province) continue;
    counts.set(province.code, { activities: p.activities, interventions: p.interventions, events: p.events, organizations: p.organizations });
  }
  return counts;
}

/**
 * Where a row's province stands today: the province itself while it is still a province, else
 * the 2025 provinces it merged into (SUCCEEDED_BY), so that a row of legacy Đắk Nông reads
 * "Đắk Nông (now Đắk Lắk)" under a filter on today's Đắk Lắk, never as Đắk Lắk's. Empty for a
 * current or unknown province.
 */
export function successorsToday(index: ProvinceIndex, id: string): ProvinceNode[] {
  const province = index.byId.get(id);
  if (!province?.validTo) return [];
  return currentCodesOf(index, id).flatMap((code) => {
    const now = index.currentByCode.get(code);
    return now ? [now] : [];
  });
}
