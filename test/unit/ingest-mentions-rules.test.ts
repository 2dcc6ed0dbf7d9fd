/**
 * Rules for organizations, people, models and places written for issue 18's patterns that failed
 * on articles the rules had not seen: each case is a sentence written for the test (never an
 * article's), run through the whole pipeline against a small gazetteer.
 */
import { Label } from "../../src/graph/graph.model";
import { buildKnowledge, type Knowledge, parseCorpus } from "../../src/ingest/ingest.corpus";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { KY_SON_COMMUNES, testGazetteer, testPlace } from "../helpers/ingest-gazetteer";

const knowledge: Knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip])]);
const index = indexCorpus(knowledge);

/** The names the draft proposes for one kind. */
const names = (text: string, kind: Label, lang: "vi" | "en"): string[] =>
  ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index)
    .seed.entities.filter((e) => e.kind === kind)
    .map((e) => String(e.name));

describe("models: what is handed over or raised", () => {
  it("reads every animal and plant of a handover list, each its own model", () => {
    const text = "Bò và dê cho Kỳ Sơn\n\nNgày 3/4/2024, huyện Kỳ Sơn trao 12 con bò sinh sản, 40 con dê giống và 900 cây quế cho các hộ nghèo.\n";
    expect(names(text, Label.Model, "vi")).toEqual(expect.arrayContaining(["Nuôi bò sinh sản", "Nuôi dê", "Trồng quế"]));
  });

  it("gives the verb to a crop joined by “và”, and leaves a person (cá nhân) alone", () => {
    const text = "Trồng cây\n\nNăm 2024, nhiều hộ ở xã Bảo Nam trồng sâm và cà phê. Huyện cũng hỗ trợ cá nhân có thành tích.\n";
    const models = names(text, Label.Model, "vi");
    expect(models).toEqual(expect.arrayContaining(["Trồng sâm", "Trồng cà phê"]));
    expect(models.some((m) => /cá nhân/i.test(m))).toBe(false);
  });

  it("reads an English handover list, and a breeding animal as its raising", () => {
    const text = "Animals for Ky Son\n\nIn May 2024 the project distributed over 25 breeding cows, 60 goats and 300 chickens to poor households in Ky Son district.\n";
    const models = names(text, Label.Model, "en");
    expect(models).toEqual(expect.arrayContaining(["Cow raising", "Goat raising", "Chicken raising"]));
    expect(models.some((m) => /\d|over/i.test(m))).toBe(false);
  });
});

describe("models: English practices", () => {
  it("reads “<animal> rearing” and “<animal> fattening” as models", () => {
    const text = "Goats in Ky Son\n\nIn 2024 the project in Ky Son district trained 40 households in sheep rearing and supported pig fattening.\n";
    expect(names(text, Label.Model, "en")).toEqual(expect.arrayContaining(["Sheep rearing", "Pig fattening"]));
  });
});

describe("people: names without a Vietnamese family name", () => {
  it("reads a name after an English honorific, after a position and before one", () => {
    const text =
      "Visit to Ky Son\n\nIn May 2024 Mr. Pieter Vandenberg visited Ky Son district. Country Director Anna Kowalska opened the meeting, " +
      "and Tomas Eriksen, coordinator of the livelihood work, spoke. Ambassador to Vietnam Hiroshi Tanabe attended, with Deputy Director Nguyen Thi Thu Ha.\n";
    expect(names(text, Label.Person, "en")).toEqual(expect.arrayContaining(["Pieter Vandenberg", "Anna Kowalska", "Tomas Eriksen", "Hiroshi Tanabe", "Nguyen Thi Thu Ha"]));
  });

  it("reads a foreign name after a Vietnamese honorific, and never an organization or a place as a person", () => {
    const text = "Thăm Kỳ Sơn\n\nNgày 5/5/2024, bà Margaret Hollis thăm huyện Kỳ Sơn.\n";
    expect(names(text, Label.Person, "vi")).toEqual(["Margaret Hollis"]);
    const en = "Meeting\n\nIn May 2024, Plan International, the lead partner, met Ky Son District, the host.\n";
    expect(names(en, Label.Person, "en")).toEqual([]);
  });
});

describe("organizations: whole names, and bodies written in lower case", () => {
  it("keeps a Vietnamese title-case name whole, and “Quốc tế” at its end", () => {
    const text = "Trao quà\n\nNgày 2/6/2024, Tổ chức Hạt Giống Xanh Quốc tế và Tổ chức Kinder Quốc tế trao quà tại xã Bảo Nam.\n";
    expect(names(text, Label.Organization, "vi")).toEqual(expect.arrayContaining(["Hạt Giống Xanh Quốc tế", "Kinder Quốc tế"]));
  });

  it("does not read an event as an organization after “Tổ chức” at a sentence start", () => {
    const text = "Hội thảo\n\nTổ chức Hội thảo về sinh kế tại xã Bảo Nam ngày 2/6/2024.\n";
    expect(names(text, Label.Organization, "vi")).toEqual([]);
  });

  it("reads English bodies in lower case, and the body after a position or a standing committee", () => {
    const text =
      "Meeting in Ky Son\n\nIn June 2024, the district veterinary station and the commune people's committee met the Standing Committee of the Growers' Union " +
      "and Regional Director of Seedline International.\n";
    const orgs = names(text, Label.Organization, "en");
    // (orgs8) a standing committee is a body of its own, named whole (the gold keeps "Ban Thường vụ … Hội Nông dân …" so)
    expect(orgs).toEqual(
      expect.arrayContaining(["District veterinary station", "Commune people's committee", "Standing Committee of the Growers' Union", "Seedline International"]),
    );
    expect(orgs.some((o) => /director/i.test(o))).toBe(false);
  });
});

describe("matching that does not guess", () => {
  const seeds = buildKnowledge([
    ...[
      {
        file: "places.yaml",
        data: {
          source: { id: "src:gazetteer", kind: "DATASET", title: "g", language: "vi" },
          entities: [testPlace("vn:nghe-an", "Nghệ An", "PROVINCE", { unitType: "Tỉnh" }), testPlace("vn:ninh-thuan", "Ninh Thuận", "PROVINCE", { unitType: "Tỉnh" })],
          relationships: [],
        },
      },
    ],
    {
      file: "articles/001-a.yaml",
      data: {
        source: { id: "src:001", kind: "ARTICLE", title: "a", language: "vi", file: "a.txt" },
        entities: [
          {
            kind: "Organization",
            id: "org:so-nn-ninh-thuan",
            name: "Sở Nông nghiệp và PTNT tỉnh Ninh Thuận",
            aliases: ["Sở Nông nghiệp và PTNT"],
            orgType: "GOVERNMENT_AGENCY",
            quote: "q",
          },
        ],
        relationships: [],
      },
    },
  ]);
  const draft = (text: string) => ingestArticle(text, { file: "t.txt", number: 9, lang: "vi" }, seeds, indexCorpus(seeds)).seed;

  it("never binds one province's department to the department of another province (the committed seeds hold Ninh Thuận's)", () => {
    const all = buildKnowledge(parseCorpus(SEED_DIR));
    const seed = ingestArticle(
      "Họp\n\nNgày 2/6/2024, Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An họp với nông dân.\n",
      { file: "t.txt", number: 9, lang: "vi" },
      all,
      indexCorpus(all),
    ).seed;
    expect(all.entities.has("org:dard-ninh-thuan")).toBe(true);
    expect(seed.entities.map((e) => e.id)).not.toContain("org:dard-ninh-thuan");
    expect(seed.relationships.some((r) => r.to === "org:dard-ninh-thuan" || r.from === "org:dard-ninh-thuan")).toBe(false);
  });

  it("keeps a person's name out of an organization's name", () => {
    const seed = draft("Làm việc\n\nNgày 2/6/2024, Phó Chủ tịch UBND tỉnh Lê Văn Hùng làm việc với nông dân.\n");
    const names = seed.entities.map((e) => `${e.kind}:${String(e.name)}`);
    expect(names).toContain("Person:Lê Văn Hùng");
    expect(names.some((n) => n.startsWith("Organization:") && n.includes("Hùng"))).toBe(false);
  });
});

describe("places: lists after the parent unit, a colon or a parenthesis", () => {
  const ids = (text: string, lang: "vi" | "en"): string[] =>
    ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index)
      .seed.entities.filter((e) => e.kind === Label.Place)
      .map((e) => e.id);

  it("reads the communes listed after “của huyện X:”", () => {
    const text = "Dự án\n\nNăm 2024, dự án làm việc ở 3 xã của huyện Kỳ Sơn: Hữu Kiệm, Bảo Nam và Mường Típ.\n";
    expect(ids(text, "vi")).toEqual(expect.arrayContaining(["vn:nghe-an:ky-son:huu-kiem", "vn:nghe-an:ky-son:bao-nam", "vn:nghe-an:ky-son:muong-tip"]));
  });

  it("reads English communes after “of X district:” and in parentheses", () => {
    const a = "Project\n\nIn 2024 the project worked in three communes of Ky Son district: Huu Kiem, Bao Nam and Muong Tip.\n";
    expect(ids(a, "en")).toEqual(expect.arrayContaining(["vn:nghe-an:ky-son:huu-kiem", "vn:nghe-an:ky-son:bao-nam", "vn:nghe-an:ky-son:muong-tip"]));
    const b = "Project\n\nIn 2024 the project in Ky Son district reached two communes (Huu Kiem and Muong Tip).\n";
    expect(ids(b, "en")).toEqual(expect.arrayContaining(["vn:nghe-an:ky-son:huu-kiem", "vn:nghe-an:ky-son:muong-tip"]));
  });
});

describe("one person, one group, named twice", () => {
  it("takes the fuller name for a person named again without a middle name", () => {
    const text = "Thăm Kỳ Sơn\n\nNgày 5/5/2024, bà Margaret Ann Hollis thăm huyện Kỳ Sơn. “Tôi rất vui”, bà Margaret Hollis nói.\n";
    expect(names(text, Label.Person, "vi")).toEqual(["Margaret Ann Hollis"]);
  });

  it("leaves the list of communes out of the name of the group a handover is for", () => {
    const text = "Trao bò\n\nNgày 3/4/2024, huyện Kỳ Sơn trao 12 con bò cho các hộ nghèo tại 2 xã gồm Hữu Kiệm, Bảo Nam.\n";
    const orgs = names(text, Label.Organization, "vi");
    expect(orgs.some((o) => /hộ nghèo/.test(o))).toBe(true);
    expect(orgs.some((o) => /gồm|Hữu Kiệm/.test(o))).toBe(false);
  });
});

describe("a body named once for a list of places (issue 18, orgs2)", () => {
  it("drafts one body in each commune of 'xã A, xã B và xã C' and of 'các xã A, B và C'", () => {
    const orgs = (s: string): string[] => names(`Tin địa phương\n\n${s}\n`, Label.Organization, "vi");
    expect(orgs("Năm 2024, Hội Nông dân xã Bảo Nam, xã Hữu Kiệm và xã Mường Típ ký cam kết.")).toEqual(
      expect.arrayContaining(["Hội Nông dân xã Bảo Nam", "Hội Nông dân xã Hữu Kiệm", "Hội Nông dân xã Mường Típ"]),
    );
    expect(orgs("Năm 2024, UBND các xã Bảo Nam, Hữu Kiệm và Mường Típ nhận bò.")).toEqual(expect.arrayContaining(["UBND xã Bảo Nam", "UBND xã Hữu Kiệm", "UBND xã Mường Típ"]));
    expect(orgs("Năm 2024, Hội Cựu chiến binh ba xã Bảo Nam, Hữu Kiệm và Mường Típ trồng rừng.")).toEqual(
      expect.arrayContaining(["Hội Cựu chiến binh xã Bảo Nam", "Hội Cựu chiến binh xã Hữu Kiệm", "Hội Cựu chiến binh xã Mường Típ"]),
    );
  });

  it("drafts one body in each place of 'the People's Committees / Women's Unions of A, B and C communes', and none for places it does not name", () => {
    const orgs = (s: string): string[] => names(`Local news\n\n${s}\n`, Label.Organization, "en");
    expect(orgs("In 2024 the People's Committees of Bao Nam and Huu Kiem communes received the cows.")).toEqual(
      expect.arrayContaining(["People's Committee of Bao Nam commune", "People's Committee of Huu Kiem commune"]),
    );
    expect(orgs("In 2024 the Women's Unions of Bao Nam, Huu Kiem and Muong Tip communes trained 90 members.")).toEqual(
      expect.arrayContaining(["Women's Union of Bao Nam commune", "Women's Union of Huu Kiem commune", "Women's Union of Muong Tip commune"]),
    );
    expect(orgs("In 2024 the People's Committees of the three communes received the cows.")).toEqual([]);
  });
});
