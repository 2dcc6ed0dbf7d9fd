/**
 * One ECharts instance in a div: created on mount (SVG renderer), given `option` on every
 * change (notMerge, so removed series go away), resized with its box, disposed on unmount.
 * `onClick` receives ECharts' click events; `onReady` the instance after each setOption.
 */
import { useEffect, useRef, type CSSProperties } from "react";
import { echarts, type EChartsCoreOption, type EChartsType } from "./echarts.setup";

export interface ChartClick {
  componentType: string;
  seriesType?: string;
  name: string;
  data?: unknown;
  dataIndex?: number;
}

export interface EChartViewProps {
  option: EChartsCoreOption | null;
  onClick?: (event: ChartClick) => void;
  onReady?: (chart: EChartsType) => void;
  className?: string;
  style?: CSSProperties;
  /** For tests and assistive technology: what the chart shows. */
  label: string;
  testId?: string;
}

export function EChartView({ option, onClick, onReady, className, style, label, testId }: EChartViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const handlers = useRef({ onClick, onReady });
  handlers.current = { onClick, onReady };

  useEffect(() => {
    const dom = box.current;
    if (!dom) return;
    const instance = echarts.init(dom, null, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (event) => handlers.current.onClick?.(event as unknown as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !option) return;
    instance.setOption(option, { notMerge: true });
    handlers.current.onReady?.(instance);
  }, [option]);

  return <div ref={box} className={className} style={style} role="img" aria-label={label} data-testid={testId} data-ready={option ? "true" : "false"} />;
}
