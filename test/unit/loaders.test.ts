import { createEntityLoaders } from "../../src/entity/entity.loaders";
import type { NodeValue } from "../../src/entity/entity.mapper";
import type { EntityRepository, RelatedItem } from "../../src/entity/entity.repository";
import { Relations } from "../../src/entity/entity.relations";

/** A repository double that records its batches; loaders need no database to be tested. */
function fakeRepository() {
  const batches: string[][] = [];
  const repo = {
    findByIds: async (ids: readonly string[]) => {
      batches.push([...ids]);
      return ids.map((id) => (id.startsWith("org:") ? ({ __typename: "Organization", id, name: id } as NodeValue) : null));
    },
    findSourcesByIds: async (ids: readonly string[]) => ids.map(() => null),
    related: async (_spec: unknown, ids: readonly string[]): Promise<RelatedItem[][]> => {
      batches.push([...ids]);
      return ids.map((id) => [
        { node: { __typename: "Place", id: `place-of-${id}`, name: "p" }, holder: { __typename: "Organization", id, name: id }, rel: { __type: "LOCATED_IN" }, direction: "OUT" },
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
    expect(first.related(Relations.locatedIn)).toBe(first.related(Relations.locatedIn));
    expect(first.related(Relations.locatedIn)).not.toBe(first.related(Relations.covers));
    const items = await Promise.all(["org:a", "org:b"].map((id) => first.related(Relations.locatedIn).load(id)));
    expect(items.map((i) => i[0].node.id)).toEqual(["place-of-org:a", "place-of-org:b"]);
    const second = createEntityLoaders(repo);
    expect(second.related(Relations.locatedIn)).not.toBe(first.related(Relations.locatedIn));
    await second.related(Relations.locatedIn).load("org:a");
    expect(batches).toEqual([["org:a", "org:b"], ["org:a"]]);
  });
});
