import {
  EventDetailDocument,
  OrganizationLearningDocument,
  OrganizationPartnersDocument,
  PeopleDocument,
  PlaceRollupDocument,
  ProjectAreaDocument,
  SearchDocument,
  WhoWhatWhereDocument,
  WhoWhatWhereSummaryDocument,
} from "../__generated__/operations";
import { foldDiacritics } from "../../src/common/text";
import { TestApi, dataOf } from "../helpers/test-graph";

/** Facts of the five seed articles, asked through the GraphQL API of the real, seeded Neo4j. */
describe("facts from the seed articles", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("Plan International ran chicken, bee, peanut and soybean models for ethnic-minority youth in Lai Châu (article 000)", async () => {
    const data = dataOf(await api.run(WhoWhatWhereDocument, { filter: { organization: "org:plan-international" }, first: 100 }));
    const rows = data.whoWhatWhere.nodes;
    const models = new Set(rows.map((r) => r.model?.id));
    for (const model of ["model:chicken-raising", "model:beekeeping", "model:peanut-growing", "model:soybean-growing"]) {
      expect(models).toContain(model);
    }
    const livelihood = rows.filter((r) => ["model:chicken-raising", "model:beekeeping", "model:peanut-growing", "model:soybean-growing"].includes(r.model?.id ?? ""));
    expect(livelihood).toHaveLength(4);
    for (const row of livelihood) {
      expect(row.organization.id).toBe("org:plan-international-lai-chau");
      expect(row.role).toBe("IMPLEMENTER");
      expect(row.province?.name).toBe("Lai Châu");
      expect(row.forWhom).toMatch(/[Tt]hanh niên dân tộc thiểu số/);
      expect(row.projects.map((p) => p.id)).toContain("project:plan-youth-economic-empowerment-lai-chau");
      expect(row.provenance?.source.id).toBe("src:000");
    }
    expect(data.whoWhatWhere.totalCount).toBe(rows.length);
  });

  it("DWC and INKOTA ran the watermelon model in Thẩm Phé and Hàng villages of Mường Kim commune (article 001)", async () => {
    const data = dataOf(await api.run(WhoWhatWhereDocument, { filter: { model: "model:watermelon", place: "vn:lai-chau:than-uyen:muong-kim" } }));
    const rows = data.whoWhatWhere.nodes;
    const orgs = new Set(rows.map((r) => r.organization.id));
    expect(orgs).toContain("org:dwc");
    expect(orgs).toContain("org:inkota");
    const dwcVillages = rows.filter((r) => r.organization.id === "org:dwc" && r.model?.id === "model:watermelon").map((r) => r.village?.name);
    expect(new Set(dwcVillages)).toEqual(new Set(["Thẩm Phé", "Hàng"]));
    for (const row of rows) {
      expect(row.commune).toMatchObject({ name: "Mường Kim", code: "03637" });
      expect(row.district?.name).toBe("Than Uyên");
      expect(row.province?.name).toBe("Lai Châu");
      expect(row.period).toEqual({ start: "2021-11-01", end: "2024-04-30" });
    }
  });

  it("the Ninh Thuận delegation learned from the clean-tea cooperative in Kon Plông on its March 2024 study tour (article 004)", async () => {
    const data = dataOf(await api.run(OrganizationLearningDocument, { id: "org:ninh-thuan-delegation-2024" }));
    const link = data.organization!.learnedFrom.find((l) => l.from.id === "org:dong-truong-son-clean-tea-cooperative");
    expect(link).toBeDefined();
    expect(link!.event).toMatchObject({ eventType: "STUDY_TOUR", period: { start: "2024-03-11", end: "2024-03-16" } });
    const from = link!.from;
    if (from.__typename !== "Organization") throw new Error(`expected an Organization, got ${from.__typename}`);
    expect(from.orgType).toBe("COOPERATIVE");
    const ancestors = from.locatedIn.flatMap((p) => [p.name, ...p.ancestors.map((a) => a.name)]);
    expect(ancestors).toEqual(expect.arrayContaining(["Vi Choong", "Hiếu", "Kon Plông", "Kon Tum"]));
    expect(link!.provenance?.source.id).toBe("src:004");
  });

  it("Project 8 in Hà Nội covers exactly the 14 communes in 5 districts the article lists (article 003)", async () => {
    const data = dataOf(await api.run(ProjectAreaDocument, { id: "project:hanoi-project-8-2024" }));
    const communes = data.project!.covers.filter((p) => p.level === "COMMUNE");
    const byDistrict: Record<string, string[]> = {};
    for (const c of communes) (byDistrict[c.parent!.name] ??= []).push(c.name);
    for (const list of Object.values(byDistrict)) list.sort();
    expect(communes).toHaveLength(14);
    expect(byDistrict).toEqual({
      "Ba Vì": ["Ba Trại", "Ba Vì", "Khánh Thượng", "Minh Quang", "Tản Lĩnh", "Vân Hòa", "Yên Bài"].sort(),
      "Thạch Thất": ["Tiến Xuân", "Yên Bình", "Yên Trung"].sort(),
      "Quốc Oai": ["Phú Mãn", "Đông Xuân"].sort(),
      "Chương Mỹ": ["Trần Phú"],
      "Mỹ Đức": ["An Phú"],
    });
    expect(data.project!.parentProjects.map((p) => p.id)).toContain("project:ntp-em-project-8");
    expect(data.project!.metrics).toEqual(expect.arrayContaining([expect.objectContaining({ value: 14, unit: "communes" })]));
  });

  it("the 2023 Bắc Ninh conference keeps both of its conflicting opening dates (article 002)", async () => {
    const data = dataOf(await api.run(EventDetailDocument, { id: "event:2023-10-04-bac-ninh-poverty-model-replication-conference" }));
    expect(data.event!.period).toEqual({ start: "2023-10-04", end: "2023-10-06" });
    const starts = data.event!.claims.filter((c) => c.property === "startDate").map((c) => c.value);
    expect(starts).toEqual(expect.arrayContaining(["2023-09-18", "2023-10-04"]));
    const conflicting = data.event!.claims.find((c) => c.value === "2023-09-18");
    expect(conflicting?.provenance.quote).toContain("18.9.2023");
    expect(conflicting?.provenance.source.id).toBe("src:002");
  });

  it("DWC's partners include INKOTA, through the community sub-projects project", async () => {
    const data = dataOf(await api.run(OrganizationPartnersDocument, { id: "org:dwc" }));
    const inkota = data.organization!.partners.find((p) => p.partner.id === "org:inkota");
    expect(inkota).toBeDefined();
    const viaProject = inkota!.via.find((v) => v.activity.__typename === "Project" && v.activity.id === "project:inkota-dwc-community-subprojects-than-uyen");
    expect(viaProject).toMatchObject({ link: "SAME_ACTIVITY" });
    expect(inkota!.via.some((v) => v.activity.__typename === "Event" && v.role === "CO_ORGANIZER" && v.partnerRole === "CO_ORGANIZER")).toBe(true);
  });

  it("MOLISA's partners are the actors of the Bắc Ninh conference it assigned to its training centre, not those of the Lai Châu conference (articles 000, 002)", async () => {
    const partners = dataOf(await api.run(OrganizationPartnersDocument, { id: "org:molisa" })).organization!.partners;
    const ids = partners.map((p) => p.partner.id);
    // Article 000 never names the Ministry: showcasing the national program at the Lai Châu conference makes none of its actors a partner.
    for (const id of ["org:plan-international-lai-chau", "org:plan-lai-chau-youth-groups", "org:plan-ppp-local-businesses", "org:plan-ppp-district-agricultural-service-centre"]) {
      expect(ids).not.toContain(id);
    }
    const centre = partners.find((p) => p.partner.id === "org:molisa-training-centre-labour-social-officials");
    expect(centre?.via).toEqual([
      expect.objectContaining({
        activity: expect.objectContaining({ __typename: "Event", id: "event:2023-10-04-bac-ninh-poverty-model-replication-conference" }),
        role: "OWNER",
        partnerRole: "ORGANIZER",
        link: "SAME_ACTIVITY",
        inferred: false,
        inferredReasons: [],
      }),
    ]);
    // Every partnership is an activity both take part in.
    expect(partners.every((p) => p.via.every((v) => v.link === "SAME_ACTIVITY"))).toBe(true);
  });

  it("a province rolls up the interventions of its districts, communes and villages", async () => {
    const data = dataOf(await api.run(PlaceRollupDocument, { id: "vn:lai-chau", level: "COMMUNE" }));
    const interventions = data.place!.interventions.map((i) => i.id);
    expect(interventions).toEqual(
      expect.arrayContaining(["intervention:than-uyen-watermelon-tham-phe", "intervention:than-uyen-black-chicken-huoi-bac", "intervention:plan-lai-chau-chicken"]),
    );
    expect(data.place!.descendants.map((d) => d.name)).toEqual(expect.arrayContaining(["Mường Kim", "Pha Mu", "Dào San"]));
    expect(data.place!.descendants.every((d) => d.level === "COMMUNE")).toBe(true);
  });

  it("a commune of the July 2025 reorganisation answers for the communes merged into it", async () => {
    const old = dataOf(await api.run(PlaceRollupDocument, { id: "vn:lai-chau:than-uyen:pha-mu" }));
    expect(old.place).toMatchObject({ code: "03628", validTo: "2025-06-30" });
    expect(old.place!.successors).toEqual([expect.objectContaining({ id: "vn2025:lai-chau:muong-kim", code: "03637" })]);

    const merged = dataOf(await api.run(PlaceRollupDocument, { id: "vn2025:lai-chau:muong-kim" }));
    expect(merged.place!.validFrom).toBe("2025-07-01");
    // The gazetteer has all of Than Uyên: Tà Hừa and Tà Mung merged into Mường Kim too.
    expect(merged.place!.predecessors.map((p) => p.name).sort()).toEqual(["Mường Kim", "Pha Mu", "Tà Hừa", "Tà Mung"]);
    expect(merged.place!.interventions.map((i) => i.id)).toEqual(
      expect.arrayContaining(["intervention:than-uyen-watermelon-hang", "intervention:than-uyen-cattle-fattening-pa-khom"]),
    );
  });

  it("search matches Vietnamese names with or without diacritics", async () => {
    const plain = dataOf(await api.run(SearchDocument, { text: "nuoi ong" }));
    const accented = dataOf(await api.run(SearchDocument, { text: "nuôi ong" }));
    expect(plain.search[0].entity.id).toBe("model:beekeeping");
    expect(accented.search.map((h) => h.entity.id)).toEqual(plain.search.map((h) => h.entity.id));

    const province = dataOf(await api.run(SearchDocument, { text: "Dak Lak", kinds: ["Place"] }));
    expect(province.search.map((h) => h.entity.id)).toContain("vn:dak-lak");

    // "an" is an English stop word; Vietnamese place names must still match on it. The country
    // has twenty communes named An Phú: every hit has both words, the article's is among them.
    const anPhu = dataOf(await api.run(SearchDocument, { text: "an phu", kinds: ["Place"], first: 100 }));
    expect(anPhu.search[0].entity.name).toBe("An Phú");
    for (const hit of anPhu.search) {
      const words = foldDiacritics([hit.entity.name, ...hit.entity.aliases].join(" "));
      expect([hit.entity.id, /\ban/.test(words) && /\bphu/.test(words)]).toEqual([hit.entity.id, true]);
    }
    expect(anPhu.search.map((h) => h.entity.id)).toContain("vn:ha-noi:my-duc:an-phu");
  });

  it("every named person is recorded with their position, and the study tour's head leads it (articles 002-004)", async () => {
    const data = dataOf(await api.run(PeopleDocument, {}));
    const byName = new Map(data.people.nodes.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(["Hoàng Định", "Ngọc Thanh", "Nguyễn Thị Vân", "Nguyễn Văn Bình", "Đoàn Xuân Thanh", "Đặng Văn Cường"].sort());
    const binh = byName.get("Nguyễn Văn Bình")!;
    expect(binh.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ position: expect.stringMatching(/Phó Giám đốc/), organization: expect.objectContaining({ id: "org:dolisa-ninh-thuan" }) }),
      ]),
    );
    expect(binh.involvements).toEqual(
      expect.arrayContaining([{ role: "DELEGATION_HEAD", activity: { __typename: "Event", id: "event:2024-03-11-ninh-thuan-central-highlands-study-tour" } }]),
    );
    expect(byName.get("Đặng Văn Cường")!.involvements.map((i) => i.role)).toContain("TRAINER");
  });

  it("every relationship can be traced to its source and quote, from either end", async () => {
    const result = await api.runText<{
      entity: {
        mentions: { quote: string; source: { id: string } }[];
        relations: { type: string; direction: string; role: string | null; node: { id: string }; provenance: { quote: string; source: { id: string } } | null }[];
      };
      source: { title: string; mentions: { id: string }[] };
    }>(`{
      entity(id: "org:inkota") {
        mentions { quote source { id } }
        relations(type: INVOLVED_IN) { type direction role node { id } provenance { quote source { id } } }
      }
      source(id: "src:001") { title mentions { id } }
    }`);
    const data = dataOf(result);
    expect(data.entity!.mentions).toEqual([{ quote: "tổ chức INKOTA (Cộng hòa liên bang Đức)", source: { id: "src:001" } }]);
    const workshop = data.entity!.relations.find((r) => r.node.id === "event:2024-05-14-than-uyen-community-subprojects-workshop");
    expect(workshop).toMatchObject({ type: "INVOLVED_IN", direction: "OUT", role: "CO_ORGANIZER", provenance: { source: { id: "src:001" } } });
    expect(workshop!.provenance!.quote).toContain("INKOTA");
    expect(data.entity!.relations.every((r) => r.type === "INVOLVED_IN" && r.provenance !== null)).toBe(true);
    expect(data.source!.title).toBe("Hội thảo chia sẻ kinh nghiệm thực hiện Dự án các tiểu dự án cộng đồng");
    expect(data.source!.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(["org:inkota", "org:dwc", "vn:lai-chau:than-uyen:muong-kim:tham-phe"]));
  });

  it("the 3W summary counts the same rows: Plan's 11 interventions and its conference lead Lai Châu, all in one province", async () => {
    const filter = { place: "vn:lai-chau" };
    const nodes = [];
    let after: string | null | undefined;
    // Small pages: since the Than Uyên capacity building is a training (TRAINS_ON, not APPLIES),
    // Lai Châu has far fewer than 100 rows; paging by 10 still exercises the offset cursor.
    do {
      const page = dataOf(await api.run(WhoWhatWhereDocument, { filter, first: 10, after })).whoWhatWhere;
      nodes.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const rows = { nodes };
    const summary = dataOf(await api.run(WhoWhatWhereSummaryDocument, { filter })).whoWhatWhereSummary;
    expect(nodes.length).toBeGreaterThan(20); // three pages or more: the offset cursor is exercised too
    expect(summary.rows).toBe(nodes.length);
    expect(new Set(nodes.map((r) => r.id)).size).toBe(nodes.length);
    // Since events are activities (issue #17), the facets count activities: interventions and events.
    const activityOf = (r: { intervention?: { id: string } | null; event?: { id: string } | null }): string | undefined => (r.intervention ?? r.event)?.id;
    expect(summary.interventions).toBe(new Set(rows.nodes.flatMap((r) => (r.intervention ? [r.intervention.id] : []))).size);
    expect(summary.events).toBe(new Set(rows.nodes.flatMap((r) => (r.event ? [r.event.id] : []))).size);
    expect(summary.events).toBe(2); // the Lai Châu public-private conference (000) and the Than Uyên workshop (001)
    expect(summary.activities).toBe(summary.interventions + summary.events);
    expect(summary.organizations[0]).toEqual({ key: "org:plan-international-lai-chau", name: "Plan International Lai Châu", count: 12 });
    const plan = rows.nodes.filter((r) => r.organization.id === "org:plan-international-lai-chau");
    expect(new Set(plan.flatMap((r) => (r.intervention ? [r.intervention.id] : []))).size).toBe(11);
    expect(new Set(plan.flatMap((r) => (r.event ? [r.event.id] : [])))).toEqual(new Set(["event:2024-01-31-plan-lai-chau-ppp-conference"]));
    expect(summary.provinces).toEqual([{ key: "vn:lai-chau", name: "Lai Châu", count: summary.activities }]);
    const dwc = summary.organizations.find((o) => o.key === "org:dwc");
    expect(dwc?.count).toBe(new Set(rows.nodes.filter((r) => r.organization.id === "org:dwc").map(activityOf)).size);
  });

  it("3W shows the watermelon model only where it was run: Thẩm Phé and Hàng villages of Mường Kim (article 001)", async () => {
    const data = dataOf(await api.run(WhoWhatWhereDocument, { filter: { model: "model:watermelon" }, first: 100 }));
    const rows = data.whoWhatWhere.nodes;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.intervention?.id))).toEqual(new Set(["intervention:than-uyen-watermelon-tham-phe", "intervention:than-uyen-watermelon-hang"]));
    expect(new Set(rows.map((r) => r.village?.name))).toEqual(new Set(["Thẩm Phé", "Hàng"]));
    for (const row of rows) {
      expect(row.model?.id).toBe("model:watermelon");
      expect(row.commune?.name).toBe("Mường Kim");
      const names = [row.place?.name, row.village?.name, row.commune?.name];
      for (const elsewhere of ["Huổi Bắc", "Pá Khôm", "Pha Mu"]) expect(names).not.toContain(elsewhere);
    }
  });

  it("the Than Uyên capacity building trained on six topics and ran none of them (article 001)", async () => {
    const data = dataOf(
      await api.runText<{
        intervention: { activity: string | null; models: { id: string }[] };
        entity: { relations: { type: string; direction: string; node: { id: string }; provenance: { source: { id: string } } | null }[] };
      }>(`{
        intervention(id: "intervention:than-uyen-capacity-building") { activity models { id } }
        entity(id: "intervention:than-uyen-capacity-building") {
          relations(type: TRAINS_ON) { type direction node { id } provenance { source { id } } }
        }
      }`),
    );
    expect(data.intervention.activity).toBe("TRAINING");
    expect(data.intervention.models).toEqual([]);
    const topics = data.entity.relations;
    expect(topics.map((r) => r.node.id).sort()).toEqual(
      [
        "model:watermelon",
        "model:cattle-buffalo-fattening",
        "model:native-black-chicken",
        "model:beekeeping",
        "model:business-planning-bookkeeping",
        "model:sales-and-product-promotion",
      ].sort(),
    );
    for (const r of topics) expect(r).toMatchObject({ type: "TRAINS_ON", direction: "OUT", provenance: { source: { id: "src:001" } } });
  });

  it("article 001 keeps no facts from the portal's sidebar: no dossier statistics, no council resolutions", async () => {
    const data = dataOf(
      await api.runText<{
        organization: { metrics: { value: number }[] };
        source: { mentions: { id: string }[] };
      }>(`{
        organization(id: "org:ubnd-huyen-than-uyen") { metrics { value } }
        source(id: "src:001") { mentions { id } }
      }`),
    );
    const values = data.organization.metrics.map((m) => m.value);
    for (const sidebar of [462, 534, 99.81]) expect(values).not.toContain(sidebar);
    const mentioned = data.source.mentions.map((m) => m.id);
    expect(mentioned).toContain("org:ubnd-huyen-than-uyen");
    for (const id of [
      "org:hdnd-huyen-than-uyen",
      "doc:146-nq-hdnd-than-uyen",
      "doc:147-nq-hdnd-than-uyen",
      "doc:150-nq-hdnd-than-uyen",
      "program:ntp-sustainable-poverty-reduction-2021-2025",
      "program:ntp-ethnic-minority-mountainous-2021-2030",
    ]) {
      expect(mentioned).not.toContain(id);
    }
  });

  it("the Ninh Thuận delegation takes part in its study tour in one role, with its member bodies as parts (article 004)", async () => {
    const tourId = "event:2024-03-11-ninh-thuan-central-highlands-study-tour";
    const delegationId = "org:ninh-thuan-delegation-2024";
    const event = dataOf(await api.run(EventDetailDocument, { id: tourId })).event!;
    const roles = event.participants.filter((p) => p.actor.__typename === "Organization" && p.actor.id === delegationId).map((p) => p.role);
    expect(roles).toEqual(["PARTICIPANT"]);
    expect(new Set(roles).size).toBe(roles.length);

    // Its partners on the tour are listed once, in its one role, not once per role it was given.
    const partners = dataOf(await api.run(OrganizationPartnersDocument, { id: delegationId })).organization!.partners;
    const viaTour = (partnerId: string) => partners.find((p) => p.partner.id === partnerId)!.via.filter((v) => v.activity.__typename === "Event" && v.activity.id === tourId);
    expect(viaTour("org:dolisa-kon-tum")).toEqual([expect.objectContaining({ role: "PARTICIPANT", partnerRole: "HOST", link: "SAME_ACTIVITY" })]);
    // Đắk Lắk's department also implemented the labour-export programme the tour heard about; that makes no partnership of its
    // own (partners only through activities both take part in): one link, through the tour both took part in.
    expect(
      viaTour("org:dolisa-dak-lak")
        .map((v) => `${v.role}/${v.partnerRole}/${v.link}`)
        .sort(),
    ).toEqual(["PARTICIPANT/HOST/SAME_ACTIVITY"]);
    const tourRoles = partners.flatMap((p) => p.via.filter((v) => v.activity.__typename === "Event" && v.activity.id === tourId).map((v) => v.role));
    expect(new Set(tourRoles)).toEqual(new Set(["PARTICIPANT"]));
    // Member bodies are parts of the delegation, so never its partners.
    expect(partners.map((p) => p.partner.id)).not.toContain("org:dpi-ninh-thuan");

    const members = dataOf(
      await api.runText<{ entity: { relations: { direction: string; node: { id: string } }[] } }>(
        `{ entity(id: "${delegationId}") { relations(type: PART_OF) { direction node { id } } } }`,
      ),
    );
    expect(members.entity.relations.filter((r) => r.direction === "IN").map((r) => r.node.id)).toEqual(
      expect.arrayContaining([
        "org:van-phong-ubnd-tinh-ninh-thuan",
        "org:dpi-ninh-thuan",
        "org:dard-ninh-thuan",
        "org:ethnic-committee-ninh-thuan",
        "org:dolisa-ninh-thuan-meritorious-social-affairs-division",
        "org:ninh-thuan-district-labour-offices",
      ]),
    );
  });

  it("the Bắc Ninh conference's four provinces are reached through the delegates the article places there (article 002)", async () => {
    for (const province of ["vn:ha-noi", "vn:hung-yen", "vn:bac-ninh", "vn:bac-giang"]) {
      const data = dataOf(
        await api.runText<{ place: { nameEn: string | null; organizations: { id: string }[]; mentions: { source: { id: string } }[] } }>(
          `query ($id: ID!) { place(id: $id) { nameEn organizations { id } mentions { source { id } } } }`,
          { id: province },
        ),
      );
      expect(data.place.nameEn).toMatch(/^[A-Za-z ]+ (province|city)$/);
      expect(data.place.mentions.map((m) => m.source.id)).toContain("src:002");
      expect(data.place.organizations.map((o) => o.id)).toEqual(
        expect.arrayContaining(["org:bac-ninh-conference-village-heads", "org:bac-ninh-conference-poor-people", "org:bac-ninh-conference-social-policy-banks"]),
      );
    }
  });

  it("every intervention says what it did, and villages carry English names (all articles)", async () => {
    const data = dataOf(
      await api.runText<{ interventions: { nodes: { id: string; activity: string | null }[] }; place: { nameEn: string | null } }>(
        `{ interventions(first: 100) { nodes { id activity } } place(id: "vn:lai-chau:than-uyen:muong-kim:tham-phe") { nameEn } }`,
      ),
    );
    expect(data.interventions.nodes.length).toBeGreaterThan(20);
    expect(data.interventions.nodes.filter((i) => !i.activity)).toEqual([]);
    const activity = new Map(data.interventions.nodes.map((i) => [i.id, i.activity]));
    expect(activity.get("intervention:plan-lai-chau-chicken")).toBe("MODEL_RUN");
    expect(activity.get("intervention:plan-lai-chau-gender-equality-clubs")).toBe("AWARENESS");
    expect(activity.get("intervention:plan-lai-chau-computer-skills")).toBe("TRAINING");
    expect(activity.get("intervention:than-uyen-infrastructure-subprojects")).toBe("INFRASTRUCTURE");
    expect(data.place.nameEn).toBe("Tham Phe village");
  });
});
