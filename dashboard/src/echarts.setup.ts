/**
 * The parts of ECharts 6 the dashboard uses, registered once (tree-shaken: no other chart
 * types). The SVG renderer draws every map region and bar as an element of the page, crisp at
 * any zoom and printable; nothing is fetched (no tiles, no fonts).
 */
import { BarChart, ScatterChart } from "echarts/charts";
import { GeoComponent, GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, ScatterChart, GeoComponent, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from "echarts/core";

/** Escapes text for ECharts' HTML tooltips, which are set as innerHTML. */
export const escapeHtml = (text: string): string => echarts.format.encodeHTML(text);
