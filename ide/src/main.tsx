/**
 * The GraphQL IDE served by the API at /graphql (and /): GraphiQL 5 with the docs, history and
 * point-and-click explorer plugins, bundled by Vite into dist/ide so that it works on networks
 * without internet. Requests go to /graphql on the same origin, under BASE_PATH (base-path.ts).
 */
import "./monaco-workers";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./ide.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { apiUrl } from "./base-path";
import { EXAMPLE_TABS } from "./examples";

const fetcher = createGraphiQLFetcher({ url: apiUrl("/graphql") });
// Passing `plugins` replaces GraphiQL's default list, which is just the history: keep it. The
// docs explorer is always there.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];
const defaultTabs = EXAMPLE_TABS.map(({ query, variables }) => ({ query, variables }));

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={defaultTabs} defaultEditorToolsVisibility={false}>
      <GraphiQL.Logo>Poverty-reduction graph</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
