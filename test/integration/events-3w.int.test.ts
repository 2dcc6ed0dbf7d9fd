import { COLUMNS } from "../../src/export/export.columns";
import { parseCsv } from "../helpers/csv";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";
import { dataOf, TestApi } from "../helpers/test-graph";
import { plainStatement } from "../../src/graph/graph.statement";

/**
 * Events are activities (issue #17): a conference, study tour or training held as an Event is a
 * 3W row at its places, under the programs it was held under, in the summary, the exports and
 * the map counts; province-level work shows under the province it was in; and a row says when a
 * fact it rests on was inferred by a curator rather than stated by its source.
 */

const NTP_POVERTY = "program:ntp-sustainable-poverty-reduction-2021-2025";
const BAC_NINH_CONFERENCE = "event:2023-10-04-bac-ninh-poverty-model-replication-conference";
const STUDY_TOUR = "event:2024-03-11-ninh-thuan-central-highlands-study-tour";
const LABOUR_EXPORT = "intervention:dak-lak-dak-nong-labour-export-korea";

interface Row {
  id: string;
  activity: string;
  role: string;
  organization: { id: string };
  intervention: { id: string } | null;
  event: { id: string; eventType: string | null } | null;
  model: { id: string } | null;
  place: { id: string } | null;
  places: { id: string }[];
  province: { id: string; name: string } | null;
  programs: { id: string }[];
  inferred: boolean;
  inferredReasons: string[];
}
const ROW = `id activity role organization { id } intervention { id } event { id eventType } model { id } place { id } places { id } province { id name } programs { id } inferred inferredReasons`;

interface Summary {
  rows: number;
  activities: number;
  interventions: number;
  events: number;
  provinces: { key: string | null; name: string | null; count: number }[];
  programs: { key: string | null; count: number }[];
}
const SUMMARY = `rows activities interventions events provinces { key name count } programs { key count }`;

describe("events are 3W activities", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  /** Every row of a filter (GraphQL literal), paging by 100. */
  async function rowsOf(filter: string): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    do {
      const page: { whoWhatWhere: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = dataOf(
        await api.runText(`query ($after: String) { whoWhatWhere(filter: ${filter}, first: 100, after: $after) { nodes { ${ROW} } pageInfo { hasNextPage endCursor } } }`, {
          after,
        }),
      );
      rows.push(...page.whoWhatWhere.nodes);
      after = page.whoWhatWhere.pageInfo.hasNextPage ? page.whoWhatWhere.pageInfo.endCursor : null;
    } while (after);
    return rows;
  }
  const summaryOf = async (filter: string): Promise<Summary> =>
    dataOf(await api.runText<{ whoWhatWhereSummary: Summary }>(`{ whoWhatWhereSummary(filter: ${filter}) { ${SUMMARY} } }`)).whoWhatWhereSummary;

  it("Bắc Ninh has the rows of the article-002 conference, an EVENT at the province, under the poverty-reduction NTP", async () => {
    for (const place of ["vn:bac-ninh", "vn2025:bac-ninh"]) {
      const rows = (await rowsOf(`{ place: "${place}" }`)).filter((r) => r.event?.id === BAC_NINH_CONFERENCE);
      expect(rows.length).toBeGreaterThanOrEqual(15);
      for (const row of rows) {
        expect(row).toMatchObject({ activity: "EVENT", intervention: null, model: null, place: { id: "vn:bac-ninh" }, places: [{ id: "vn:bac-ninh" }] });
        expect(row.event?.eventType).toBe("CONFERENCE");
        expect(row.province).toEqual({ id: "vn:bac-ninh", name: "Bắc Ninh" });
        expect(row.programs.map((p) => p.id)).toEqual([NTP_POVERTY]);
        expect(row.id).toBe(`${row.organization.id}|${row.role}|${BAC_NINH_CONFERENCE}||vn:bac-ninh`);
      }
      // The centre the Ministry assigned to run it, and the provinces' departments that came.
      expect(rows.map((r) => `${r.organization.id}|${r.role}`)).toEqual(
        expect.arrayContaining(["org:molisa-training-centre-labour-social-officials|ORGANIZER", "org:dolisa-bac-ninh|PARTICIPANT", "org:dolisa-ha-noi|PARTICIPANT"]),
      );
      // Persons take part too, but 3W rows are organizations'.
      expect(rows.some((r) => r.organization.id.startsWith("person:"))).toBe(false);
    }
    const summary = await summaryOf(`{ place: "vn:bac-ninh" }`);
    expect(summary.events).toBe(1);
    expect(summary.activities).toBe(summary.interventions + summary.events);
    expect(summary.provinces).toContainEqual({ key: "vn:bac-ninh", name: "Bắc Ninh", count: summary.activities });
    expect(summary.programs).toContainEqual({ key: NTP_POVERTY, count: 1 });
  });

  it("the poverty-reduction NTP finds its Bắc Ninh conference and its Central Highlands study tour, through PART_OF and BASED_ON", async () => {
    const rows = await rowsOf(`{ program: "${NTP_POVERTY}" }`);
    expect(new Set(rows.map((r) => r.event?.id))).toEqual(new Set([BAC_NINH_CONFERENCE, STUDY_TOUR]));
    for (const row of rows) expect(row.programs.map((p) => p.id)).toContain(NTP_POVERTY);
    const summary = await summaryOf(`{ program: "${NTP_POVERTY}" }`);
    expect(summary).toMatchObject({ rows: rows.length, activities: 2, interventions: 0, events: 2 });
    // The study tour counts in each province it went to, the conference in Bắc Ninh.
    expect(summary.provinces.map((p) => p.key).sort()).toEqual(["vn:bac-ninh", "vn:dak-lak", "vn:dak-nong", "vn:gia-lai", "vn:kon-tum"]);
    // Program and another filter: the program is checked on the event's chain too.
    const organizer = await rowsOf(`{ program: "${NTP_POVERTY}", organization: "org:molisa-training-centre-labour-social-officials" }`);
    expect(organizer.map((r) => r.id)).toEqual([`org:molisa-training-centre-labour-social-officials|ORGANIZER|${BAC_NINH_CONFERENCE}||vn:bac-ninh`]);
  });

  it("activities: [EVENT] keeps the event rows only, and other kinds keep none of them; a model filter keeps none", async () => {
    const events = await rowsOf(`{ activities: [EVENT] }`);
    expect(events.length).toBeGreaterThan(50);
    for (const row of events) {
      expect(row.activity).toBe("EVENT");
      expect(row.intervention).toBeNull();
      expect(row.event).not.toBeNull();
    }
    expect(new Set(events.map((r) => r.event!.id))).toEqual(expect.objectContaining({ size: (await summaryOf(`{ activities: [EVENT] }`)).events }));
    const summary = await summaryOf(`{ activities: [EVENT] }`);
    expect(summary).toMatchObject({ rows: events.length, interventions: 0 });
    expect(summary.activities).toBe(summary.events);
    const runs = await rowsOf(`{ activities: [MODEL_RUN, TRAINING] }`);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((r) => r.event || r.activity === "EVENT")).toEqual([]);
    const both = await summaryOf(`{ activities: [EVENT, TRAINING] }`);
    expect(both.events).toBe(summary.events);
    expect(both.interventions).toBeGreaterThan(0);
    expect((await rowsOf(`{ model: "model:clean-tea" }`)).filter((r) => r.event)).toEqual([]);
    // Dates apply to events: the Bắc Ninh conference was on 4 October 2023.
    const october = await rowsOf(`{ activities: [EVENT], from: "2023-10-01", to: "2023-10-31" }`);
    expect(new Set(october.map((r) => r.event!.id))).toEqual(new Set([BAC_NINH_CONFERENCE]));
  });

  it("province-level work shows under the province it was in: each department hosted the study tour in its own province", async () => {
    const tour = (await rowsOf(`{ program: "${NTP_POVERTY}", activities: [EVENT] }`)).filter((r) => r.event?.id === STUDY_TOUR);
    const placesOf = (org: string): string[] =>
      tour
        .filter((r) => r.organization.id === org)
        .map((r) => r.place!.id)
        .sort();
    expect(placesOf("org:dolisa-dak-nong")).toEqual(["vn:dak-nong"]);
    expect(placesOf("org:dolisa-dak-lak")).toEqual(["vn:dak-lak"]);
    expect(placesOf("org:dolisa-kon-tum")).toEqual(["vn:kon-tum"]);
    // The visiting delegation took part at every place of the tour.
    expect(placesOf("org:ninh-thuan-delegation-2024")).toEqual([
      "vn:dak-lak",
      "vn:dak-nong",
      "vn:gia-lai",
      "vn:gia-lai:chu-se:chu-se",
      "vn:kon-tum",
      "vn:kon-tum:kon-plong:hieu:vi-choong",
    ]);
    // The Đắk Lắk–Đắk Nông labour-export programme: each department's row at its own province,
    // and the programme counts in both provinces.
    const labour = await rowsOf(`{ organization: "org:dolisa-dak-nong" }`);
    expect(labour.find((r) => r.intervention?.id === LABOUR_EXPORT)).toMatchObject({
      id: `org:dolisa-dak-nong|IMPLEMENTER|${LABOUR_EXPORT}|model:labour-export|vn:dak-nong`,
      place: { id: "vn:dak-nong" },
      places: [{ id: "vn:dak-nong" }],
      province: { id: "vn:dak-nong", name: "Đắk Nông" },
    });
    const dakNong = await summaryOf(`{ place: "vn:dak-nong" }`);
    expect(dakNong).toMatchObject({ activities: 2, interventions: 1, events: 1 });
    expect(dakNong.provinces).toEqual([{ key: "vn:dak-nong", name: "Đắk Nông", count: 2 }]);
  });

  it("filtered to today's Đắk Lắk, Đắk Nông's department shows nowhere: legacy Đắk Nông is in today's Lâm Đồng", async () => {
    const dakLak = await rowsOf(`{ place: "vn2025:dak-lak" }`);
    expect(dakLak.length).toBeGreaterThan(0);
    expect(dakLak.filter((r) => r.organization.id === "org:dolisa-dak-nong")).toEqual([]);
    for (const row of dakLak) expect(row.province?.id).toBe("vn:dak-lak");
    expect(dakLak.map((r) => r.id)).toEqual(
      expect.arrayContaining([`org:dolisa-dak-lak|IMPLEMENTER|${LABOUR_EXPORT}|model:labour-export|vn:dak-lak`, `org:dolisa-dak-lak|HOST|${STUDY_TOUR}||vn:dak-lak`]),
    );
    const lamDong = await rowsOf(`{ place: "vn2025:lam-dong", organization: "org:dolisa-dak-nong" }`);
    expect(lamDong.map((r) => r.id).sort()).toEqual([
      `org:dolisa-dak-nong|HOST|${STUDY_TOUR}||vn:dak-nong`,
      `org:dolisa-dak-nong|IMPLEMENTER|${LABOUR_EXPORT}|model:labour-export|vn:dak-nong`,
    ]);
    for (const row of lamDong) expect(row.province).toEqual({ id: "vn:dak-nong", name: "Đắk Nông" });
  });

  it("intervention rows keep the ids they had before events were rows", async () => {
    const ids = new Set((await rowsOf(`{ place: "vn:lai-chau" }`)).map((r) => r.id));
    for (const id of [
      "org:plan-international-lai-chau|IMPLEMENTER|intervention:plan-lai-chau-beekeeping|model:beekeeping|vn:lai-chau",
      "org:plan-international-lai-chau|IMPLEMENTER|intervention:plan-lai-chau-computer-skills||vn:lai-chau",
      "org:plan-international-lai-chau|IMPLEMENTER|intervention:plan-lai-chau-community-learning-centre-dao-san|model:community-learning-centre|vn:lai-chau:phong-tho:dao-san",
      "org:inkota|PARTNER|intervention:than-uyen-watermelon-tham-phe|model:watermelon|vn:lai-chau:than-uyen:muong-kim:tham-phe",
      "org:inkota|PARTNER|intervention:than-uyen-vegetables|model:vegetable-growing|vn:lai-chau:than-uyen:pha-mu",
      "org:dwc|PARTNER|intervention:than-uyen-capacity-building||vn:lai-chau:than-uyen",
      "org:muong-kim-pha-mu-farmer-interest-groups|BENEFICIARY|intervention:than-uyen-capacity-building||vn:lai-chau:than-uyen",
      "org:muong-kim-pha-mu-core-community-groups|IMPLEMENTER|intervention:than-uyen-infrastructure-subprojects|model:solar-power-poles|vn:lai-chau:than-uyen",
    ]) {
      expect(ids).toContain(id);
    }
  });

  describe("inferred facts (the `inferred` property of contract 1, written here by the test and removed after)", () => {
    const ORG = "org:dolisa-bac-giang";
    const REASON = "Test fixture: the article lists the delegates, not this department.";
    const PLACE_REASON = "Test fixture: the article names the province only.";
    const rowOf = async (): Promise<Row> => {
      const rows = await rowsOf(`{ place: "vn:bac-ninh", organization: "${ORG}", activities: [EVENT] }`);
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    const write = (cypher: string, params: Record<string, unknown> = {}) =>
      api.graph.writeTransaction((tx) => tx.run(plainStatement(cypher, { org: ORG, event: BAC_NINH_CONFERENCE, ...params })));
    const cleanUp = async () => {
      await write(`MATCH (:Organization {id: $org})-[r:INVOLVED_IN]->(:Event {id: $event}) WHERE r.uid = 'test:events-3w' DELETE r`);
      await write(`MATCH (:Organization {id: $org})-[r:INVOLVED_IN]->(:Event {id: $event}) REMOVE r.inferred`);
      await write(`MATCH (:Event {id: $event})-[r:LOCATED_IN]->(:Place {id: 'vn:bac-ninh'}) REMOVE r.inferred`);
      await write(`MATCH (:Intervention {id: 'intervention:dong-truong-son-clean-tea'})-[r:APPLIES]->(:Model {id: 'model:clean-tea'}) REMOVE r.inferred`);
    };
    afterAll(cleanUp);
    let server: TestHttpServer;
    beforeAll(async () => {
      server = await startHttpServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it("a row is stated until a fact of it is inferred by every source stating it", async () => {
      await cleanUp();
      expect(await rowOf()).toMatchObject({ inferred: false, inferredReasons: [] });
      // The organization's part, inferred by its only source.
      await write(`MATCH (:Organization {id: $org})-[r:INVOLVED_IN]->(:Event {id: $event}) SET r.inferred = $reason`, { reason: REASON });
      expect(await rowOf()).toMatchObject({ inferred: true, inferredReasons: [REASON] });
      // Another organization's row of the same conference stays stated.
      const others = (await rowsOf(`{ place: "vn:bac-ninh", activities: [EVENT] }`)).filter((r) => r.organization.id !== ORG);
      expect(others.length).toBeGreaterThan(0);
      expect(others.filter((r) => r.inferred)).toEqual([]);
      // A second source stating the same part: the fact is no longer inferred.
      await write(
        `MATCH (o:Organization {id: $org})-[r:INVOLVED_IN]->(e:Event {id: $event})
         WITH o, e, r LIMIT 1
         CREATE (o)-[:INVOLVED_IN {role: r.role, uid: 'test:events-3w', sourceId: r.sourceId, quote: r.quote}]->(e)`,
      );
      const restated = await rowsOf(`{ place: "vn:bac-ninh", organization: "${ORG}", activities: [EVENT] }`);
      expect(restated.length).toBeGreaterThan(0);
      for (const row of restated) expect(row).toMatchObject({ inferred: false, inferredReasons: [] });
      await write(`MATCH (:Organization {id: $org})-[r:INVOLVED_IN]->(:Event {id: $event}) WHERE r.uid = 'test:events-3w' DELETE r`);
      // The event's place inferred too: the row gives both reasons.
      await write(`MATCH (:Event {id: $event})-[r:LOCATED_IN]->(:Place {id: 'vn:bac-ninh'}) SET r.inferred = $reason`, { reason: PLACE_REASON });
      const row = await rowOf();
      expect(row.inferred).toBe(true);
      expect([...row.inferredReasons].sort()).toEqual([PLACE_REASON, REASON].sort());
    });

    it("an intervention's row is inferred when the model it ran is", async () => {
      await cleanUp();
      // A row whose every fact the source states (Plan's beekeeping run is itself marked inferred in the seeds).
      const CLEAN_TEA = "org:dong-truong-son-clean-tea-cooperative|IMPLEMENTER|intervention:dong-truong-son-clean-tea|model:clean-tea|vn:kon-tum:kon-plong:hieu:vi-choong";
      const cleanTea = async (): Promise<Row | undefined> =>
        (await rowsOf(`{ organization: "org:dong-truong-son-clean-tea-cooperative", model: "model:clean-tea" }`)).find((r) => r.id === CLEAN_TEA);
      expect(await cleanTea()).toMatchObject({ inferred: false, inferredReasons: [] });
      await write(`MATCH (:Intervention {id: 'intervention:dong-truong-son-clean-tea'})-[r:APPLIES]->(:Model {id: 'model:clean-tea'}) SET r.inferred = $reason`, {
        reason: "Test fixture: the model is named, not its run.",
      });
      expect(await cleanTea()).toMatchObject({ inferred: true, inferredReasons: ["Test fixture: the model is named, not its run."] });
      await cleanUp();
    });

    it("the CSV export has the event rows, their event and the inferred column", async () => {
      await cleanUp();
      await write(`MATCH (:Organization {id: $org})-[r:INVOLVED_IN]->(:Event {id: $event}) SET r.inferred = $reason`, { reason: REASON });
      const res = await fetch(`${server.url}/export/3w.csv?program=${NTP_POVERTY}`);
      expect(res.status).toBe(200);
      const [header, ...lines] = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
      expect(header).toEqual(COLUMNS.map((c) => c.header));
      const records = lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]])));
      expect(new Set(records.map((r) => r.event_id))).toEqual(new Set([BAC_NINH_CONFERENCE, STUDY_TOUR]));
      for (const r of records) expect(r).toMatchObject({ activity: "EVENT", intervention_id: "", intervention_name: "", model_id: "" });
      const inferred = records.filter((r) => r.inferred === "true");
      expect(inferred).toEqual([
        expect.objectContaining({ organization_id: ORG, event_id: BAC_NINH_CONFERENCE, event_type: "CONFERENCE", inferred_reasons: REASON, province_name: "Bắc Ninh" }),
      ]);
      expect(records.filter((r) => r.inferred !== "true").every((r) => r.inferred === "false" && r.inferred_reasons === "")).toBe(true);
      // The HXL variant tags the new columns.
      const hxl = parseCsv(await (await fetch(`${server.url}/export/3w.hxl.csv?program=${NTP_POVERTY}&activities=EVENT`)).text());
      expect(hxl[1].slice(-6)).toEqual(["#event+code", "#event+name", "#event+type", "#status+inferred", "#description+inferred", "#impact"]);
      // The map counts events as activities.
      const geo = (await (await fetch(`${server.url}/export/places.geojson?program=${NTP_POVERTY}`)).json()) as {
        features: { id: string; properties: { activities: number; interventions: number; events: number } }[];
      };
      expect(geo.features.find((f) => f.id === "vn2025:bac-ninh")?.properties).toMatchObject({ activities: 1, interventions: 0, events: 1 });
    });
  });
});
