/**
 * The 3W dashboard served by the API at /dashboard: a choropleth of the 34 provinces, bars by
 * organization, model, role and program, the filtered rows with their sources, in Vietnamese or
 * English. Bundled by Vite into dist/dashboard (scripts/build-dashboard.sh) with ECharts and the
 * province boundaries, so it works on networks without internet. Data from /graphql on this origin.
 */
import "./dashboard.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DashboardApp } from "./dashboard.app";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <DashboardApp />
  </StrictMode>,
);
