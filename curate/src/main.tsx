/**
 * The curators' workbench served by the API at /curate (issue #20): sign in, paste or upload an
 * article, review the draft the API proposes, add what is missing by selecting words, preview and
 * publish; the list of my drafts and sources with reopen and remove. Bundled by Vite into
 * dist/curate (scripts/build-curate.sh) with its fonts, so it works on networks without internet.
 */
import "./fonts";
import "./curate.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { CurateApp } from "./curate.app";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <CurateApp />
  </StrictMode>,
);
