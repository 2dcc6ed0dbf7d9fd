import { createEntityLoaders } from "../../src/entities/entity.loaders";
import type { EntityRepository, RelatedItem } from "../../src/entities/entity.repository";
import { Label } from "../../src/graph/graph.model";
import type { NodeRow } from "../../src/graph/graph.node";
import { derivedField } from "../../src/graph/graph.relations";

const locatedIn = derivedField(Label.Organization, "locatedIn").relation;
const covers = derivedField(Label.Project, "covers").relation;

/** A repository double that records its batches; loaders need no database to be tested. */
function fakeRepository() {
  const batches: string[][] = [];
  const repo = {
    findByIds: async (ids: readonly string[]) => {
      batches.push([...ids]);
      return ids.map((id) => (id.startsWith("org:") ? ({ __typename: "Organization", id, name: id, aliases: [] } satisfies NodeRow) : null));
    },
    findSourcesByIds: async (ids: readonly string[]) => ids.map(() => null),
    related: async (_spec: unknown, ids: readonly string[]): Promise<RelatedItem[][]> => {
      batches.push([...ids]);
      return ids.map((id) => [
        {
          node: { __typename: "Place", id: `place-of-${id}`, name: "p", aliases: [] },
          holder: { __typename: "Organization", id, name: id, aliases: [] },
          rel: { __type: "LOCATED_IN" },
          direction: "OUT",
        },
      ]);
    },
  };
  return { repo: repo as unknown as EntityRepository, batches };
}

describe("entity loaders", () => {
  it("batch concurrent loads into one call and answer each key with its own row", async () => {
    const { repo, batches } = fakeRepository();
    const loaders = createEntityLoaders(repo);
    const [a, missing, b] = await Promise.all(["org:a", "place:x", "org:b"].map((id) => loaders.entityById.load(id)));
    expect(batches).toEqual([["org:a", "place:x", "org:b"]]);
    expect([a?.id, missing, b?.id]).toEqual(["org:a", null, "org:b"]);
  });

  it("keep one loader per relationship within a request, and none across requests", async () => {
    const { repo, batches } = fakeRepository();
    const first = createEntityLoaders(repo);
    expect(first.related(locatedIn)).toBe(first.related(locatedIn));
    expect(first.related(locatedIn)).not.toBe(first.related(covers));
    const items = await Promise.all(["org:a", "org:b"].map((id) => first.related(locatedIn).load(id)));
    expect(items.map((i) => i[0].node.id)).toEqual(["place-of-org:a", "place-of-org:b"]);
    const second = createEntityLoaders(repo);
    expect(second.related(locatedIn)).not.toBe(first.related(locatedIn));
    await second.related(locatedIn).load("org:a");
    expect(batches).toEqual([["org:a", "org:b"], ["org:a"]]);
  });
});
