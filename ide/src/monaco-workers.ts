/**
 * Tells Monaco (GraphiQL 5's editor) where its web workers are. Vite's `?worker` imports emit
 * each worker as a file under /ide/assets, served from this origin like every other asset
 * (nothing from a CDN). Must be evaluated before GraphiQL creates an editor: main.tsx imports
 * it first. The same mapping as `graphiql/setup-workers/vite`, kept here so that the bundler
 * sees the `?worker` imports in our own source and the IDE does not log every worker start.
 */
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case "graphql":
        return new GraphQLWorker();
      case "json":
        return new JsonWorker();
      default:
        return new EditorWorker();
    }
  },
};
