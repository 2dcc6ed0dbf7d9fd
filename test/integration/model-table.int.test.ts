import { TestApi, dataOf } from "../helpers/test-graph";

/**
 * Kinds and relationships that exist only as entries of the model table (src/graph/graph.model.ts)
 * and seed data: ethnic groups, countries, gifts. Each case is a fact of the articles.
 */
describe("kinds declared only in the model table answer through the API", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("article 001's community sub-projects are run by Mông and Thái groups (SERVES)", async () => {
    const data = dataOf(
      await api.runText<{ project: { ethnicGroups: { id: string; name: string }[] }; ethnicGroup: { servedBy: { id: string }[] } }>(
        `{ project(id: "project:inkota-dwc-community-subprojects-than-uyen") { ethnicGroups { id name } }
           ethnicGroup(id: "ethnic:mong") { servedBy { id } } }`,
      ),
    );
    expect(data.project.ethnicGroups.map((g) => g.name)).toEqual(["Mông", "Thái"]);
    expect(data.ethnicGroup.servedBy.map((e) => e.id)).toEqual(["project:inkota-dwc-community-subprojects-than-uyen"]);
  });

  it("INKOTA is based in Germany and the Đắk Lắk–Đắk Nông programme sends workers to Korea", async () => {
    const data = dataOf(
      await api.runText<{ organization: { basedIn: { id: string }[] }; country: { destinationOf: { id: string }[]; name: string } }>(
        `{ organization(id: "org:inkota") { basedIn { id } }
           country(id: "country:kr") { name destinationOf { id } } }`,
      ),
    );
    expect(data.organization.basedIn.map((c) => c.id)).toEqual(["country:de"]);
    expect(data.country.name).toBe("Hàn Quốc");
    expect(data.country.destinationOf.map((e) => e.id)).toEqual(["intervention:dak-lak-dak-nong-labour-export-korea"]);
  });

  it("search and lists know the new kinds without a line of their own", async () => {
    const data = dataOf(
      await api.runText<{ search: { entity: { __typename: string; id: string } }[]; countries: { totalCount: number; nodes: { id: string }[] } }>(
        `{ search(text: "han quoc", kinds: [Country]) { entity { __typename id } }
           countries { totalCount nodes { id } } }`,
      ),
    );
    expect(data.search.map((h) => h.entity)).toEqual([{ __typename: "Country", id: "country:kr" }]);
    expect(data.countries).toEqual({ totalCount: 2, nodes: [{ id: "country:de" }, { id: "country:kr" }] });
  });

  it("Plan International Lai Châu's gifts at the 2024 conference say what was given and where", async () => {
    const data = dataOf(
      await api.runText<{ organization: { gave: { recipient: { id: string }; what: string | null; event: { id: string } | null; provenance: { quote: string } | null }[] } }>(
        `{ organization(id: "org:plan-international-lai-chau") { gave { recipient { id } what event { id } provenance { quote } } } }`,
      ),
    );
    const gifts = data.organization.gave;
    expect(gifts.map((g) => g.recipient.id)).toContain("org:plan-lai-chau-outstanding-youth");
    expect(gifts.every((g) => g.what === "quà (gifts)")).toBe(true);
    expect(gifts.every((g) => g.event?.id === "event:2024-01-31-plan-lai-chau-ppp-conference")).toBe(true);
    expect(gifts.every((g) => g.provenance?.quote)).toBe(true);
  });
});
