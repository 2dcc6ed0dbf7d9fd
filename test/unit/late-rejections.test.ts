import { execFileSync } from "node:child_process";
import path from "node:path";
import { GraphQLError } from "graphql";
import { ServiceUnavailableError } from "../../src/common/errors";
import { isLateRequestError, lateRejectionHandler } from "../../src/server/late-rejections";

describe("a request's error that arrives after its response", () => {
  it("is left unhandled by graphql-js 16 when a later item of a non-null list fails synchronously", () => {
    // Item 0's field fails later (a promise), item 1's at once: completeListValue stops at item 1
    // and drops item 0's promise, whose failure then has no handler. Run in a process of its own:
    // jest takes unhandled rejections for its own.
    const script = `
      const { GraphQLError, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, execute, parse } = require("graphql");
      class Budget extends GraphQLError {}
      const seen = [];
      process.on("unhandledRejection", (r) => seen.push(r instanceof GraphQLError && r.originalError instanceof Budget ? r.path.join(".") : String(r)));
      const item = new GraphQLObjectType({ name: "Item", fields: { name: { type: new GraphQLNonNull(GraphQLString), resolve: (n) => {
        if (n === 0) return new Promise((_ok, fail) => setTimeout(() => fail(new Budget("time budget")), 10));
        throw new Budget("time budget");
      } } } });
      const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { items: { type: new GraphQLList(new GraphQLNonNull(item)), resolve: () => [0, 1] } } }) });
      Promise.resolve(execute({ schema, document: parse("{ items { name } }") })).then((answer) =>
        setTimeout(() => console.log(JSON.stringify({ answer, seen })), 50));
    `;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: path.resolve(__dirname, "..", ".."), encoding: "utf8" });
    const { answer, seen } = JSON.parse(out) as { answer: { data: unknown }; seen: string[] };
    expect(answer.data).toEqual({ items: null });
    expect(seen).toEqual(["items.0.name"]);
  });

  it("is recognised only when the API raised it: GraphQL errors caused by an AppError, or AppErrors", () => {
    const budget = new ServiceUnavailableError("The request ran past its time budget");
    expect(isLateRequestError(budget)).toBe(true);
    expect(isLateRequestError(new GraphQLError("located", { originalError: budget, path: ["a", 0, "b"] }))).toBe(true);
    expect(isLateRequestError(new GraphQLError("located", { originalError: new TypeError("x is undefined") }))).toBe(false);
    expect(isLateRequestError(new TypeError("x is undefined"))).toBe(false);
    expect(isLateRequestError("a string")).toBe(false);
  });

  it("keeps the server up for a late request error and exits on anything else", () => {
    const logs: string[] = [];
    const exits: number[] = [];
    const handle = lateRejectionHandler({ warn: (_o, m) => logs.push(`warn ${m}`), error: (_o, m) => logs.push(`error ${m}`) }, (code) => exits.push(code));
    handle(new GraphQLError("located", { originalError: new ServiceUnavailableError("The request ran past its time budget") }));
    expect(exits).toEqual([]);
    handle(new RangeError("a defect"));
    expect(exits).toEqual([1]);
    expect(logs).toEqual(["warn a request's error arrived after its response; ignored", "error unhandled promise rejection; exiting"]);
  });
});
