/**
 * The shape of place ids, as the gazetteer (scripts/build-places.ts) makes them: a unit's id is its
 * parent's id and one segment. Legacy units are `vn:<province>:<district>:<commune>`, July 2025
 * units `vn2025:<province>:<commune>` (no districts); a village adds one segment to its commune's.
 */

const SEGMENTS: Readonly<Record<string, Readonly<Partial<Record<string, number>>>>> = {
  vn: { PROVINCE: 2, DISTRICT: 3, COMMUNE: 4, VILLAGE: 5 },
  vn2025: { PROVINCE: 2, COMMUNE: 3, VILLAGE: 4 },
};

/** The id of the unit a place id lies in ("" for a province's). */
export const parentPlaceId = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf(":")));

/** Does the id have the shape of a unit of that level in its naming (legacy or 2025)? */
export function placeIdFitsLevel(id: string, level: string): boolean {
  const parts = id.split(":");
  return SEGMENTS[parts[0]]?.[level] === parts.length;
}
