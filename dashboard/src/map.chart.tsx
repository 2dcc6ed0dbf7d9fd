/**
 * The choropleth: the 34 provinces of 2025 (data/boundaries/provinces-2025.geojson, bundled as a
 * hashed asset and registered with echarts.registerMap) coloured by interventions, legacy
 * provinces counting in their successors, and the communes with coordinates as points. Clicking a
 * province filters on that 2025 province (the API's place filter includes the provinces merged
 * into it); clicking a point filters on the commune.
 *
 * For tests, `window.__dashboardMap.provincePoint(code)` answers where a province is on the
 * page (its seat's coordinates from the API), so that a test can click it like a user does:
 * ECharts hit-tests the mouse event itself, whatever the renderer.
 */
import boundariesUrl from "@boundaries/provinces-2025.geojson?url";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CommunePoint } from "./communes.model";
import { type ChartClick, EChartView } from "./echart.view";
import { echarts, escapeHtml, type EChartsCoreOption, type EChartsType } from "./echarts.setup";
import { type Lang, nameIn, t } from "./labels.i18n";
import type { ProvinceIndex } from "./provinces.model";

const MAP_NAME = "vn-provinces-2025";
/** Provinces without interventions. */
const NO_DATA = "#eef1f4";
/** From 1 intervention to the most any province has. */
const RAMP = ["#c7e9c0", "#74c476", "#238b45", "#00441b"];

/** The colour of `count` on RAMP, interpolated linearly between its stops. */
function areaColor(count: number, max: number): string {
  if (count <= 0) return NO_DATA;
  const at = max > 1 ? ((count - 1) / (max - 1)) * (RAMP.length - 1) : RAMP.length - 1;
  const i = Math.min(Math.floor(at), RAMP.length - 2);
  const f = at - i;
  const rgb = (hex: string): number[] => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  const [a, b] = [rgb(RAMP[i]), rgb(RAMP[i + 1])];
  return `rgb(${a.map((v, k) => Math.round(v + (b[k] - v) * f)).join(",")})`;
}

export interface DashboardMapHook {
  /** Page coordinates (CSS pixels) of a 2025 province, by its code; null before the map is drawn. */
  provincePoint(code: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __dashboardMap?: DashboardMapHook;
  }
}

let registered: Promise<string[]> | null = null;

interface Boundaries {
  features: { properties: { code: string } }[];
}

/** Fetches the bundled boundaries once and registers them with ECharts; resolves with the features' codes. */
function registerBoundaries(): Promise<string[]> {
  registered ??= fetch(boundariesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
      return res.json() as Promise<Boundaries>;
    })
    .then((geoJson) => {
      echarts.registerMap(MAP_NAME, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geoJson.features.map((f) => f.properties.code);
    })
    .catch((err: unknown) => {
      registered = null;
      throw err;
    });
  return registered;
}

export interface ProvinceMapProps {
  lang: Lang;
  index: ProvinceIndex;
  /** Interventions per 2025 province code. */
  counts: Map<string, number>;
  points: CommunePoint[];
  /** The 2025 province the place filter points at, outlined. */
  highlighted: string | null;
  selectedPlace: string | undefined;
  onProvince(code: string): void;
  onCommune(placeId: string): void;
}

export function ProvinceMap({ lang, index, counts, points, highlighted, selectedPlace, onProvince, onCommune }: ProvinceMapProps) {
  /** The features' codes once the boundaries are registered. */
  const [codes, setCodes] = useState<string[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    let live = true;
    registerBoundaries().then(
      (registeredCodes) => live && setCodes(registeredCodes),
      (err: Error) => live && setFailed(err.message),
    );
    return () => {
      live = false;
    };
  }, []);

  const provinceName = (code: string): string => {
    const p = index.currentByCode.get(code);
    return p ? nameIn(lang, p) : code;
  };

  const max = Math.max(1, ...counts.values());

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!codes) return null;
    const maxPoint = Math.max(1, ...points.map((p) => p.count));
    // Colours per region (geo.regions) rather than visualMap, so that provinces without
    // interventions stay grey and the legend is plain HTML.
    const regions = codes.map((code) => ({
      name: code,
      itemStyle: {
        areaColor: areaColor(counts.get(code) ?? 0, max),
        ...(code === highlighted ? { borderColor: "#b35806", borderWidth: 2.5 } : {}),
      },
    }));
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (params: { componentType: string; seriesType?: string; name: string; data?: { point?: CommunePoint } }) => {
          const point = params.data?.point;
          if (params.seriesType === "scatter" && point) {
            const merged = point.merged.length ? `<br/>${escapeHtml(t(lang, "mergedFrom"))} ${escapeHtml(point.merged.join(", "))}` : "";
            return `<b>${escapeHtml(point.name)}</b>${merged}<br/>${point.count} ${escapeHtml(t(lang, "interventions"))}`;
          }
          return `<b>${escapeHtml(provinceName(params.name))}</b><br/>${counts.get(params.name) ?? 0} ${escapeHtml(t(lang, "interventions"))}`;
        },
      },
      geo: {
        map: MAP_NAME,
        nameProperty: "code",
        roam: true,
        scaleLimit: { min: 1, max: 12 },
        aspectScale: 0.96,
        top: 8,
        bottom: 8,
        tooltip: { show: true },
        itemStyle: { areaColor: NO_DATA, borderColor: "#8795a6", borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: "#fdd49e" }, label: { show: false } },
        select: { disabled: true },
        label: { show: false },
        regions,
      },
      series: [
        {
          type: "scatter",
          coordinateSystem: "geo",
          geoIndex: 0,
          symbolSize: (value: number[]) => 7 + 9 * Math.sqrt(value[2] / maxPoint),
          itemStyle: { color: "#d94801", borderColor: "#fff", borderWidth: 1, opacity: 0.9 },
          emphasis: { itemStyle: { color: "#7f2704" } },
          data: points.map((point) => ({
            name: point.name,
            value: [point.longitude, point.latitude, point.count],
            point,
            itemStyle: point.id === selectedPlace ? { color: "#7f2704", borderColor: "#000" } : undefined,
          })),
        },
      ],
    };
    // provinceName reads index and lang, both in the list.
  }, [codes, counts, max, points, highlighted, selectedPlace, lang, index]);

  useEffect(() => {
    window.__dashboardMap = {
      provincePoint(code) {
        const instance = chart.current;
        if (!instance) return null;
        const seat = index.currentByCode.get(code);
        if (seat?.latitude == null || seat.longitude == null) return null;
        const pixel = instance.convertToPixel({ geoIndex: 0 }, [seat.longitude, seat.latitude]) as number[] | undefined;
        if (!pixel) return null;
        const rect = instance.getDom().getBoundingClientRect();
        return { x: rect.left + pixel[0], y: rect.top + pixel[1] };
      },
    };
    return () => {
      delete window.__dashboardMap;
    };
  }, [index]);

  const onClick = (event: ChartClick): void => {
    if (event.seriesType === "scatter") {
      const point = (event.data as { point?: CommunePoint } | undefined)?.point;
      if (point) onCommune(point.id);
    } else if (event.componentType === "geo" && index.currentByCode.has(event.name)) {
      onProvince(event.name);
    }
  };

  if (failed) return <div className="map map--failed">{failed}</div>;
  return (
    <>
      <EChartView
        className="map"
        option={option}
        label={t(lang, "mapTitle")}
        testId="map"
        onClick={onClick}
        onReady={(instance) => {
          chart.current = instance;
        }}
      />
      <div className="legend" aria-hidden="true">
        <span className="swatch" style={{ background: NO_DATA }} /> 0
        <span className="ramp" style={{ background: `linear-gradient(to right, ${RAMP.join(", ")})` }} />
        <span>1{max > 1 ? `–${max}` : ""}</span>
        <span className="swatch point" /> {t(lang, "communes")}
      </div>
    </>
  );
}
