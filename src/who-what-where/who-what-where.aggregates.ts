import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { fields, list, nullableString, number } from "../graph/graph.statement";
import {
  entityNamesStatement,
  type FacetRow,
  type FacetsRow,
  facetsByHomeStatement,
  facetsStatement,
  mentionedStatement,
  entityStatesStatement,
  provinceIdsStatement,
  statedEndsStatement,
  summariesStatement,
  summaryLockStatement,
  summaryPruneStatement,
  summaryReadStatement,
  summaryWriteStatement,
  type TouchedEntities,
  touchedBucketsStatement,
  type WhoWhatWhereQuery,
} from "./who-what-where.cypher";

/**
 * Whole-country and province summaries without scanning the country (issue #21).
 *
 * `whoWhatWhereSummary` with no filter, or with only a place filter on a province, reads counts
 * stored in the graph (AppSummary nodes, who-what-where.cypher.ts) instead of counting the rows
 * on every request. They are kept by the write paths, inside the transaction of the write, so
 * that any number of API instances on one database answer alike and the API keeps no state:
 * the seed loader (src/seed), publishing and removing a curated source (src/curation) and the
 * benchmark's generator (bench/data.generator.ts).
 *
 * - `place:<province>`: facetsStatement({place}) as it was when last refreshed: exact, since
 *   every write that can change it refreshes it.
 * - `home:<province>` and `home:`: the counts of the activities whose home (ACTIVITY_HOME) is
 *   that province, or none. Every count of the summary is a sum over activities (each adds 1 to
 *   each bucket it counts in, and its rows), and every activity has one home: the whole
 *   country's counts are the sums of the homes' (`country`).
 * - Names are not stored: they are read with the counts (a rename changes no count).
 *
 * A write finds what it can change (the activities of what its sources state, before and after
 * the write; touched below) and refreshes those keys only; anything changing the tree of places
 * refreshes all. Refreshes take a write lock on `country` first, so that concurrent writers
 * refresh one after the other, each reading what the previous one committed.
 *
 * With no `country` node (a graph loaded before the aggregates existed) the summary is counted
 * live; the seed loader and the generator build them all, curation only keeps existing ones.
 */

const COUNTRY = "country";
const HOME = "home:";
const PLACE = "place:";

/** The stored counts of a key: a FacetsRow. */
type StoredFacets = FacetsRow;
type Facet = "organizations" | "models" | "provinces" | "roles" | "programs";
const FACETS: readonly Facet[] = ["organizations", "models", "provinces", "roles", "programs"];

const keyCount = (buckets: readonly FacetRow[] | undefined): FacetRow[] => (buckets ?? []).map(({ key, name, count }) => ({ key, name, count }));
const stored = (row: FacetsRow | undefined): StoredFacets => ({
  rows: row?.rows ?? 0,
  activities: row?.activities ?? 0,
  interventions: row?.interventions ?? 0,
  events: row?.events ?? 0,
  organizations: keyCount(row?.organizations),
  models: keyCount(row?.models),
  provinces: keyCount(row?.provinces),
  roles: keyCount(row?.roles),
  programs: keyCount(row?.programs),
});

/** The sums of the homes' counts: the whole country's. */
function sum(all: StoredFacets[]): StoredFacets {
  const total = stored(undefined);
  for (const s of all) {
    total.rows += s.rows;
    total.activities += s.activities;
    total.interventions += s.interventions;
    total.events += s.events;
  }
  for (const f of FACETS) {
    const counts = new Map<string | null, FacetRow>();
    for (const s of all) for (const b of s[f]) counts.set(b.key, { key: b.key, name: b.name, count: (counts.get(b.key)?.count ?? 0) + b.count });
    total[f] = [...counts.values()];
  }
  return total;
}

/** Stored counts read back (JSON written by refreshKeys), checked. */
function parseFacets(json: string): StoredFacets {
  const value: unknown = JSON.parse(json);
  const bucket = fields({ key: nullableString, name: nullableString, count: number });
  return fields({
    rows: number,
    activities: number,
    interventions: number,
    events: number,
    organizations: list(bucket),
    models: list(bucket),
    provinces: list(bucket),
    roles: list(bucket),
    programs: list(bucket),
  })(value, "AppSummary.facets");
}

async function computeFacets(tx: TxRunner, key: string): Promise<StoredFacets> {
  const statement = key.startsWith(PLACE) ? facetsStatement({ place: key.slice(PLACE.length) }) : facetsStatement({}, { province: key.slice(HOME.length) || null });
  const [row] = await tx.run(statement);
  return stored(row);
}

/**
 * The summary's order of buckets: largest first, then by name, then by key (buckets of the same
 * size and name, e.g. two offices with one name, in a stable order).
 */
export const byCount = (a: FacetRow, b: FacetRow): number =>
  b.count - a.count || String(a.name ?? "").localeCompare(String(b.name ?? "")) || String(a.key ?? "").localeCompare(String(b.key ?? ""));

/** Counts as stored: every facet's buckets in the summary's order already (sorting them again on a read is then one pass). */
const sorted = (f: StoredFacets): string => JSON.stringify({ ...f, ...Object.fromEntries(FACETS.map((k) => [k, [...f[k]].sort(byCount)])) });

/** Stores counts, then the country's: the sums of every home's. */
async function store(tx: TxRunner, rows: { key: string; facets: StoredFacets }[]): Promise<void> {
  const json = rows.map((r) => ({ key: r.key, facets: sorted(r.facets) }));
  for (let at = 0; at < json.length; at += 50) await tx.run(summaryWriteStatement(json.slice(at, at + 50)));
  const homes = await tx.run(summariesStatement(HOME));
  await tx.run(summaryWriteStatement([{ key: COUNTRY, facets: sorted(sum(homes.map((h) => parseFacets(h.facets)))) }]));
}

/** Counts `keys` again and stores them. */
async function refreshKeys(tx: TxRunner, keys: string[]): Promise<void> {
  const rows: { key: string; facets: StoredFacets }[] = [];
  for (const key of keys) rows.push({ key, facets: await computeFacets(tx, key) });
  await store(tx, rows);
}

/** Reads the names of every stored aggregate's buckets again (a write renamed an entity), and stores them. */
async function renameAll(tx: TxRunner): Promise<void> {
  const all = (await tx.run(summariesStatement(""))).map((r) => ({ key: r.key, facets: parseFacets(r.facets) }));
  const ids = [...new Set(all.flatMap((a) => FACETS.filter((f) => f !== "roles").flatMap((f) => a.facets[f].flatMap((b) => (b.key === null ? [] : [b.key])))))];
  const [found] = ids.length ? await tx.run(entityNamesStatement(ids)) : [];
  const names = new Map(found?.names ?? []);
  const renamed = (f: Facet, buckets: FacetRow[]): FacetRow[] =>
    f === "roles" ? buckets : buckets.map((b) => ({ ...b, name: b.key === null ? null : (names.get(b.key) ?? null) }));
  const rows = all.map(({ key, facets }) => ({ key, facets: sorted({ ...facets, ...Object.fromEntries(FACETS.map((f) => [f, renamed(f, facets[f])])) }) }));
  for (let at = 0; at < rows.length; at += 50) await tx.run(summaryWriteStatement(rows.slice(at, at + 50)));
}

/** Counts every aggregate again (the seed loader's first load, the generator after its batches); deletes those of provinces gone. */
export async function refreshAllSummaries(tx: TxRunner): Promise<void> {
  await tx.run(summaryLockStatement(COUNTRY));
  const provinces = await tx.run(provinceIdsStatement());
  const homeKeys = [...provinces.map((p) => `${HOME}${p}`), HOME];
  const placeKeys = provinces.map((p) => `${PLACE}${p}`);
  await tx.run(summaryPruneStatement([...placeKeys, ...homeKeys, COUNTRY]));
  // Every home in one pass over the country; a home with no activity counts nothing.
  const byHome = new Map((await tx.run(facetsByHomeStatement())).map((row) => [`${HOME}${row.home}`, stored(row)]));
  const rows = homeKeys.map((key) => ({ key, facets: byHome.get(key) ?? stored(undefined) }));
  for (const key of placeKeys) rows.push({ key, facets: await computeFacets(tx, key) });
  await store(tx, rows);
}

/** What a write can change: the buckets of the activities its sources' statements reach, or everything. */
interface Touched {
  all: boolean;
  homes: string[];
  provinces: string[];
  /** The entities asked about: those the write states (`entities`) and those the sources mention. */
  watched: string[];
  /** What the summary shows of them (entityStatesStatement): a place's level, a name. */
  states: { state: string; place: boolean }[];
}
const EVERYTHING: Touched = { all: true, homes: [], provinces: [], watched: [], states: [] };

const is = (labels: readonly string[], ...wanted: Label[]): boolean => wanted.some((l) => labels.includes(l));
const TREE = new Set<string>([RelType.PART_OF, RelType.SUCCEEDED_BY]);
const CHAIN = new Set<string>([RelType.PART_OF, RelType.BASED_ON]);

/**
 * The buckets the statements of `sources` count in now. A relationship a source states touches
 * the activity at either end; an organization's place, its activities; a project's or program's
 * place in a PART_OF / BASED_ON chain, the activities under it. An entity only these sources
 * mention may be created or deleted with everything other sources attached to it: its
 * activities likewise. A relationship between places, or a place only these sources mention,
 * changes the tree of places: everything.
 */
async function touched(tx: TxRunner, sources: string[], entities: string[]): Promise<Touched> {
  const t: TouchedEntities = { activities: [], organizations: [], models: [], chains: [] };
  const mentioned = await tx.run(mentionedStatement(sources));
  const watched = new Set(entities);
  for (const m of mentioned) {
    watched.add(m.id);
    if (is(m.labels, Label.Place)) {
      if (m.others === 0) return EVERYTHING;
    } else if (is(m.labels, Label.Intervention, Label.Event)) t.activities.push(m.id);
    else if (m.others > 0) continue;
    else if (is(m.labels, Label.Organization)) t.organizations.push(m.id);
    else if (is(m.labels, Label.Model)) t.models.push(m.id);
    else t.chains.push(m.id);
  }
  for (const r of await tx.run(statedEndsStatement(sources))) {
    if (TREE.has(r.type) && is(r.fromLabels, Label.Place) && is(r.toLabels, Label.Place)) return EVERYTHING;
    if (is(r.fromLabels, Label.Intervention, Label.Event)) t.activities.push(r.from);
    if (is(r.toLabels, Label.Intervention, Label.Event)) t.activities.push(r.to);
    if (r.type === RelType.LOCATED_IN && is(r.fromLabels, Label.Organization)) t.organizations.push(r.from);
    if (CHAIN.has(r.type) && !is(r.fromLabels, Label.Place, Label.Organization, Label.Model, Label.Intervention, Label.Event)) t.chains.push(r.from);
  }
  const [buckets] = await tx.run(touchedBucketsStatement(t));
  const states = await tx.run(entityStatesStatement([...watched]));
  return { all: false, homes: buckets?.homes ?? [], provinces: buckets?.provinces ?? [], watched: [...watched].sort(), states };
}

/**
 * Runs `write` (a load or removal of `sources`, stating `entities` among others) inside `tx` and
 * refreshes the aggregates it can change, in the same transaction. With no aggregates yet,
 * `establish` builds them all (the seed loader); otherwise they are left absent (answers are
 * counted live).
 */
export async function keepSummaries<T>(tx: TxRunner, scope: { sources: string[]; entities?: string[]; establish?: boolean }, write: () => Promise<T>): Promise<T> {
  const [locked] = await tx.run(summaryLockStatement(COUNTRY));
  if (!locked) {
    const result = await write();
    if (scope.establish) await refreshAllSummaries(tx);
    return result;
  }
  const entities = scope.entities ?? [];
  const before = await touched(tx, scope.sources, entities);
  const result = await write();
  const after = await touched(tx, scope.sources, before.watched);
  // An entity the write states that was not asked about before (its level and name then unknown),
  // or a place whose level changed: everything. A renamed entity: the names stored everywhere.
  const idOf = (x: { state: string }): string => x.state.split("|")[0];
  const was = new Map(before.states.map((x) => [idOf(x), x]));
  const renamed = after.states.filter((x) => was.has(idOf(x)) && was.get(idOf(x))?.state !== x.state);
  const levelOf = (state: string | undefined): string | undefined => state?.split("|")[1];
  const moved = after.watched.join("|") !== before.watched.join("|") || renamed.some((x) => x.place && levelOf(x.state) !== levelOf(was.get(idOf(x))?.state));
  if (before.all || after.all || moved) {
    await refreshAllSummaries(tx);
  } else {
    const homes = [...new Set([...before.homes, ...after.homes])].map((h) => `${HOME}${h}`);
    const provinces = [...new Set([...before.provinces, ...after.provinces])].map((p) => `${PLACE}${p}`);
    if (homes.length || provinces.length) await refreshKeys(tx, [...provinces, ...homes]);
    if (renamed.length) await renameAll(tx);
  }
  return result;
}

/** The key of the aggregate answering `q`, if any: the whole country (no filter), or a place filter alone. */
export function summaryKey(q: WhoWhatWhereQuery): string | null {
  const given = Object.entries(q).filter(([, v]) => v !== undefined);
  if (!given.length) return COUNTRY;
  if (given.length === 1 && q.place) return `${PLACE}${q.place}`;
  return null;
}

/** The stored counts answering `q` (buckets in no order), or null when there are none (counted live then). */
export async function readSummary(graph: GraphExecutor, q: WhoWhatWhereQuery): Promise<FacetsRow | null> {
  const key = summaryKey(q);
  if (!key) return null;
  const [row] = await graph.run(summaryReadStatement(key));
  return row ? parseFacets(row.facets) : null;
}
