/**
 * The map's commune points, from the loaded 3W rows: one point per commune with known
 * coordinates, sized by its distinct activities (interventions and events). A legacy commune whose coordinates are
 * borrowed from its 2025 successor (coordinatesApproximate) is drawn as that successor, so the
 * legacy communes merged into one 2025 commune make one point, not several on top of each other.
 * Rows without a commune (placed at a district or province) have no point. Pure: no DOM.
 */

interface PlaceRef {
  id: string;
  name: string;
  latitude?: number | null;
  longitude?: number | null;
}

export interface RowForPoints {
  intervention: { id: string } | null;
  event?: { id: string } | null;
  commune?: (PlaceRef & { coordinatesApproximate?: boolean | null; successors?: PlaceRef[] | null }) | null;
}

export interface CommunePoint {
  /** The place id to filter on when the point is clicked. */
  id: string;
  name: string;
  /** Legacy communes drawn at this point (empty when the point is the commune itself). */
  merged: string[];
  latitude: number;
  longitude: number;
  /** Distinct activities (interventions, events) among the rows. */
  count: number;
}

const hasCoordinates = (p: PlaceRef | null | undefined): p is PlaceRef & { latitude: number; longitude: number } =>
  !!p && typeof p.latitude === "number" && typeof p.longitude === "number";

export function communePoints(rows: readonly RowForPoints[]): CommunePoint[] {
  const points = new Map<string, { point: Omit<CommunePoint, "count">; activities: Set<string> }>();
  for (const row of rows) {
    const commune = row.commune;
    if (!commune) continue;
    const successors = commune.successors ?? [];
    const drawnAs = commune.coordinatesApproximate && successors.length === 1 && hasCoordinates(successors[0]) ? successors[0] : commune;
    if (!hasCoordinates(drawnAs)) continue;
    let entry = points.get(drawnAs.id);
    if (!entry) {
      entry = {
        point: { id: drawnAs.id, name: drawnAs.name, merged: [], latitude: drawnAs.latitude, longitude: drawnAs.longitude },
        activities: new Set(),
      };
      points.set(drawnAs.id, entry);
    }
    if (drawnAs !== commune && !entry.point.merged.includes(commune.name)) entry.point.merged.push(commune.name);
    const activity = row.intervention ?? row.event;
    if (activity) entry.activities.add(activity.id);
  }
  return [...points.values()].map(({ point, activities }) => ({ ...point, count: activities.size })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
