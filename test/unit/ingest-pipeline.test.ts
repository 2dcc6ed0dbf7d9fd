/**
 * The ingest pipeline's stages, each on its own: the draft object after the stages before it,
 * then what the stage adds. Texts written for the test; a four-place gazetteer and one known
 * organization.
 */
import { EventType, OutcomeType, Qualifier, Role } from "../../src/graph/graph.enums";
import { Label, RelType } from "../../src/graph/graph.model";
import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import type { ArticleDraft } from "../../src/ingest/ingest.draft";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { draftArticle, ingestArticle, STAGES } from "../../src/ingest/ingest.service";
import { readDates } from "../../src/ingest/stages/dates.stage";
import { draftEvents } from "../../src/ingest/stages/events.stage";
import { matchMentions } from "../../src/ingest/stages/matching.stage";
import { readMentions } from "../../src/ingest/stages/mentions.stage";
import { attachNumbers } from "../../src/ingest/stages/numbers.stage";
import { readPlaces } from "../../src/ingest/stages/places.stage";
import { relateMentions } from "../../src/ingest/stages/relationships.stage";
import { readArticle } from "../../src/ingest/stages/text.stage";
import { writeSeed } from "../../src/ingest/stages/writer.stage";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const SEEDS = [
  testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam]),
  {
    file: "articles/001-a.yaml",
    data: {
      source: { id: "src:001", kind: "ARTICLE", title: "a", language: "vi", file: "a.txt" },
      entities: [{ kind: "Organization", id: "org:hoi-nong-dan-nghe-an", name: "Hội Nông dân tỉnh Nghệ An", orgType: "MASS_ORGANIZATION", quote: "q" }],
      relationships: [],
    },
  },
];
const knowledge: Knowledge = buildKnowledge(SEEDS);
const index = indexCorpus(knowledge);
const OPTIONS = { file: "t.txt", number: 9 };
const TEXT =
  "Trao bò giống cho hộ nghèo Kỳ Sơn\n\nSáng 5/3/2024, tại xã Hữu Kiệm, huyện Kỳ Sơn, Hội Nông dân tỉnh Nghệ An trao tặng 20 con bò giống cho hộ nghèo. " +
  "Hơn 60 hộ dân tham dự.\n";

/** The draft after the text stage and the stages given. */
const upTo = (text: string, ...stages: ((d: ArticleDraft) => ArticleDraft)[]): ArticleDraft =>
  stages.reduce((d, s) => s(d), readArticle(text, { ...OPTIONS, lang: "vi" }, knowledge, index));

describe("ingest pipeline: text and segmentation", () => {
  it("reads the title, the sentences and the language, keeping offsets", () => {
    const d = readArticle(TEXT, OPTIONS, knowledge, index);
    expect(d.titleText).toBe("Trao bò giống cho hộ nghèo Kỳ Sơn");
    expect(d.lang).toBe("vi");
    expect(d.doc.sentences.map((s) => d.text.slice(s.start, s.end).trim()).filter((s) => s.startsWith("Hơn"))).toEqual(["Hơn 60 hộ dân tham dự."]);
    expect(d.entities.size).toBe(0);
  });
});

describe("ingest pipeline: dates", () => {
  it("dates the article by its first full date and keeps every date it gives", () => {
    const d = upTo(TEXT, readDates);
    expect(d.refDate).toBe("2024-03-05");
    expect(d.refYear).toBe(2024);
    expect(d.dates.map((x) => x.from)).toEqual(["2024-03-05"]);
  });
});

describe("ingest pipeline: places", () => {
  it("resolves the chain of units and drafts each place", () => {
    const d = upTo(TEXT, readDates, readPlaces);
    expect([...d.entities.keys()].sort()).toEqual(["vn:nghe-an", "vn:nghe-an:ky-son", "vn:nghe-an:ky-son:huu-kiem"]);
    expect(d.entities.get("vn:nghe-an:ky-son:huu-kiem")?.kind).toBe(Label.Place);
  });
});

describe("ingest pipeline: mentions and matching", () => {
  it("finds the mentions without binding them, then binds the known organization and drafts the new ones", () => {
    const found = upTo(TEXT, readDates, readPlaces, readMentions);
    expect(found.mentions.some((m) => m.kind === Label.Organization && m.name === "Hội Nông dân tỉnh Nghệ An")).toBe(true);
    expect(found.idOf.size).toBe(0);
    const matched = matchMentions(found);
    expect(matched.entities.get("org:hoi-nong-dan-nghe-an")?.known?.id).toBe("org:hoi-nong-dan-nghe-an");
    expect([...matched.entities.values()].some((e) => e.kind === Label.Model && /bò/.test(e.name))).toBe(true);
  });
});

describe("ingest pipeline: events", () => {
  it("drafts the handover on the date of its sentence", () => {
    const d = upTo(TEXT, readDates, readPlaces, readMentions, matchMentions, draftEvents);
    expect(d.events.map((x) => [x.type, x.draft.props.startDate])).toEqual([[EventType.HANDOVER, "2024-03-05"]]);
  });
});

describe("ingest pipeline: events, the kinds of sentence they are read from", () => {
  const eventsOf = (text: string, lang: "vi" | "en" = "vi"): [string, unknown, unknown][] =>
    readEvents(text, lang).events.map((x) => [x.type, x.draft.props.startDate, x.draft.props.endDate]);
  const readEvents = (text: string, lang: "vi" | "en"): ArticleDraft =>
    [readDates, readPlaces, readMentions, matchMentions, draftEvents].reduce((d, s) => s(d), readArticle(text, { ...OPTIONS, lang }, knowledge, index));

  it("takes the day a later sentence gives for an event a headline dates by its year", () => {
    const text = "Tin\n\nBàn giao con giống cho hộ nghèo xã Hữu Kiệm năm 2021\n\nSáng ngày 26/8/2021, tại xã Hữu Kiệm, Ban quản lý tổ chức bàn giao con giống cho các hộ.";
    expect(eventsOf(text)).toEqual([[EventType.HANDOVER, "2021-08-26", "2021-08-26"]]);
  });

  it("reads a delegation's trip of several days as a study tour, or a field visit when it checks the work", () => {
    expect(eventsOf("Tin\n\nTrong 3 ngày, từ ngày 18/4 đến ngày 20/4/2019, đoàn cán bộ xã Hữu Kiệm đi tham quan, học tập kinh nghiệm tại Kỳ Sơn.")).toEqual([
      [EventType.STUDY_TOUR, "2019-04-18", "2019-04-20"],
    ]);
    expect(eventsOf("News\n\nFrom 23rd to 25th September 2019, a delegation of the donor made a monitoring trip to Ky Son district.", "en")).toEqual([
      [EventType.FIELD_VISIT, "2019-09-23", "2019-09-25"],
    ]);
    expect(eventsOf("Tin\n\nTừ ngày 13 đến 16/5/2025, đoàn cán bộ kỹ thuật hướng dẫn người dân xã Hữu Kiệm làm chuồng.")).toEqual([]);
  });

  it("takes a bare 'workshop' on the day of a launch for the launch", () => {
    expect(eventsOf("News\n\nThe partners held a workshop to launch the project in Ky Son district on June 6, 2022.", "en")).toEqual([
      [EventType.LAUNCH, "2022-06-06", "2022-06-06"],
    ]);
  });
});

describe("ingest pipeline: relationships", () => {
  it("makes the giver the organizer and places the event", () => {
    const d = upTo(TEXT, readDates, readPlaces, readMentions, matchMentions, draftEvents, relateMentions);
    const event = d.events[0].draft.id;
    const rels = [...d.rels.values()];
    expect(rels).toContainEqual(expect.objectContaining({ from: "org:hoi-nong-dan-nghe-an", type: RelType.INVOLVED_IN, role: Role.ORGANIZER, to: event }));
    expect(rels).toContainEqual(expect.objectContaining({ from: event, type: RelType.LOCATED_IN, to: "vn:nghe-an:ky-son:huu-kiem" }));
  });
});

describe("ingest pipeline: funders", () => {
  it("makes the funder of the event its sentence names, and the body the funding passes through a funder too", () => {
    const text = `${TEXT}Hội nghị do Đại sứ quán Phần Lan tài trợ thông qua Tổ chức Oxfam Novib.\n`.replace("trao tặng 20 con bò giống cho hộ nghèo", "tổ chức Hội nghị tổng kết");
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const event = d.events[0].draft.id;
    const funders = [...d.rels.values()].filter((r) => r.role === Role.FUNDER && r.to === event).map((r) => d.entities.get(r.from)?.name);
    expect(funders).toEqual(["Đại sứ quán Phần Lan", "Oxfam Novib"]);
  });
});

describe("ingest pipeline: beneficiaries", () => {
  it("drafts the group a handover is for, after 'cho', as its beneficiary", () => {
    const d = draftArticle(TEXT, OPTIONS, knowledge, index);
    const group = [...d.entities.values()].find((e) => e.kind === Label.Organization && e.props.orgType === "COMMUNITY_GROUP");
    expect(group?.name).toBe("Hộ nghèo");
    expect([...d.rels.values()]).toContainEqual(expect.objectContaining({ from: group!.id, type: RelType.INVOLVED_IN, role: Role.BENEFICIARY, to: d.events[0].draft.id }));
  });

  it("cuts the group where a clause says why or under what, and takes no single family for a group", () => {
    const text = "Tin\n\nSáng 5/3/2024, xã Hữu Kiệm cấp phát 20 con bò cho các hộ nghèo, hộ chính sách trong Chương trình giảm nghèo.\n";
    const names = (t: string): string[] =>
      [...draftArticle(t, OPTIONS, knowledge, index).entities.values()].filter((e) => e.props.orgType === "COMMUNITY_GROUP").map((e) => e.name);
    expect(names(text)).toEqual(["Các hộ nghèo, hộ chính sách"]);
    expect(names(text.replace("các hộ nghèo, hộ chính sách", "gia đình bà Lò Thị Mai"))).toEqual([]);
  });
});

describe("ingest pipeline: what English texts hand over", () => {
  it("drafts the model of the animal or plant handed over, and the group it went to", () => {
    const text = "News\n\nOn 2 March 2024, the union distributed 36 breeding cows to poor households in Ky Son district. Farmers also received Ngọc Linh ginseng plants.\n";
    const d = draftArticle(text, { ...OPTIONS, lang: "en" }, knowledge, index);
    const models = [...d.entities.values()].filter((e) => e.kind === Label.Model).map((e) => e.name);
    expect(models).toEqual(expect.arrayContaining(["Cow raising", "Ngọc Linh ginseng growing"]));
    const group = [...d.entities.values()].find((e) => e.props.orgType === "COMMUNITY_GROUP");
    expect(group?.name).toBe("Poor households in Ky Son district");
  });
});

describe("ingest pipeline: one part for each actor of an event", () => {
  it("keeps the stated role of an organization, not another 'named in a sentence about the event'", () => {
    const text = `${TEXT}Đại biểu Hội Nông dân tỉnh Nghệ An tham dự buổi trao tặng.\n`;
    const d = draftArticle(text, OPTIONS, knowledge, index);
    // its parts in the event itself (the event's run of the cow model carries the same part, tested above)
    const roles = [...d.rels.values()].filter((r) => r.from === "org:hoi-nong-dan-nghe-an" && r.type === RelType.INVOLVED_IN && r.to === d.events[0].draft.id).map((r) => r.role);
    expect(roles).toEqual([Role.ORGANIZER]);
  });

  it("reads 'Hội nghị do X tài trợ' as funded by X, not organized", () => {
    const text = "Tin\n\nSáng 5/3/2024, tại xã Hữu Kiệm diễn ra Hội nghị tổng kết mô hình nuôi bò do Hội Nông dân tỉnh Nghệ An tài trợ.\n";
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const roles = [...d.rels.values()].filter((r) => r.from === "org:hoi-nong-dan-nghe-an" && r.type === RelType.INVOLVED_IN).map((r) => r.role);
    expect(roles).toEqual([Role.FUNDER]);
  });
});

describe("ingest pipeline: an event's place the article does not state", () => {
  it("takes the few communes the article names inside the district its sentence names, marked inferred", () => {
    const text = "Tin\n\nSáng 5/3/2024, huyện Kỳ Sơn cấp phát 20 con bò giống cho hộ nghèo. Trong đó xã Hữu Kiệm có 12 hộ, xã Bảo Nam có 8 hộ.\n";
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const places = [...d.rels.values()].filter((r) => r.from === d.events[0].draft.id && r.type === RelType.LOCATED_IN);
    expect(places.map((r) => r.to).sort()).toEqual(["vn:nghe-an:ky-son:bao-nam", "vn:nghe-an:ky-son:huu-kiem"]);
    for (const r of places) expect(r.inferred).toMatch(/not stated/);
  });
});

describe("ingest pipeline: what an event or project ran or taught", () => {
  it("drafts a handover's run of the model it gave: an intervention PART_OF the event, APPLIES the model, in its place, with its actors", () => {
    const d = draftArticle(TEXT, OPTIONS, knowledge, index);
    const event = d.events[0].draft.id;
    const rels = [...d.rels.values()];
    const run = rels.find((r) => r.type === RelType.PART_OF && r.to === event && d.entities.get(r.from)?.kind === Label.Intervention)?.from;
    expect(run).toBeDefined();
    expect(d.entities.get(run!)?.props.activity).toBe("MODEL_RUN");
    const model = rels.find((r) => r.from === run && r.type === RelType.APPLIES)?.to;
    expect(d.entities.get(model!)?.name).toMatch(/^Nuôi bò/);
    expect(rels).toContainEqual(expect.objectContaining({ from: run, type: RelType.LOCATED_IN, to: "vn:nghe-an:ky-son:huu-kiem" }));
    expect(rels).toContainEqual(expect.objectContaining({ from: "org:hoi-nong-dan-nghe-an", type: RelType.INVOLVED_IN, role: Role.ORGANIZER, to: run }));
  });

  it("drafts a training's topic as TRAINS_ON, never APPLIES, and nothing for a conference", () => {
    const text = "Tin\n\nSáng 5/3/2024, tại xã Hữu Kiệm, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn kỹ thuật nuôi dê cho 30 hội viên.\n";
    const rels = [...draftArticle(text, OPTIONS, knowledge, index).rels.values()];
    expect(rels.filter((r) => r.type === RelType.TRAINS_ON)).toHaveLength(1);
    expect(rels.filter((r) => r.type === RelType.APPLIES)).toHaveLength(0);
    const conference = [...draftArticle(text.replace("lớp tập huấn kỹ thuật", "hội nghị sơ kết mô hình"), OPTIONS, knowledge, index).rels.values()];
    expect(conference.filter((r) => r.type === RelType.TRAINS_ON || r.type === RelType.APPLIES)).toEqual([]);
  });

  it("drafts what a project does in its sentence as the project's run", () => {
    const text = "Tin\n\nDự án “Sinh kế bền vững” hỗ trợ hộ nghèo xã Hữu Kiệm nuôi dê sinh sản.\n";
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const project = [...d.entities.values()].find((e) => e.kind === Label.Project)!.id;
    const rels = [...d.rels.values()];
    const run = rels.find((r) => r.type === RelType.PART_OF && r.to === project && d.entities.get(r.from)?.kind === Label.Intervention)?.from;
    expect(rels.filter((r) => r.from === run && r.type === RelType.APPLIES).map((r) => d.entities.get(r.to)?.name)).toEqual([expect.stringMatching(/^Nuôi dê/)]);
  });
});

describe("ingest pipeline: roles the article does not state are not guessed", () => {
  it("drafts no part for an organization merely named in an event's sentence, and a participant when the sentence speaks of attending", () => {
    const text = "Tin\n\nSáng 5/3/2024, Hội nghị tổng kết diễn ra tại xã Hữu Kiệm với Hội Nông dân tỉnh Nghệ An.\n";
    const roles = (t: string): (string | undefined)[] =>
      [...draftArticle(t, OPTIONS, knowledge, index).rels.values()].filter((r) => r.from === "org:hoi-nong-dan-nghe-an" && r.type === RelType.INVOLVED_IN).map((r) => r.role);
    expect(roles(text)).toEqual([]);
    expect(roles(text.replace("với Hội Nông dân", "có đại biểu Hội Nông dân"))).toEqual([Role.PARTICIPANT]);
  });

  it("drafts no part for a person merely named in an event's sentence, and keeps a stated one (speaker)", () => {
    const text = "Tin\n\nSáng 5/3/2024, Hội nghị tổng kết diễn ra tại xã Hữu Kiệm, ông Lò Văn Pấng, Chủ tịch UBND xã Hữu Kiệm, cùng các hộ.\n";
    const roles = (t: string): (string | undefined)[] =>
      [...draftArticle(t, OPTIONS, knowledge, index).rels.values()].filter((r) => r.from.startsWith("person:") && r.type === RelType.INVOLVED_IN).map((r) => r.role);
    expect(roles(text)).toEqual([]);
    expect(roles(text.replace("cùng các hộ", "phát biểu khai mạc"))).toEqual([Role.SPEAKER]);
  });
});

describe("ingest pipeline: where a project works", () => {
  // (ingest-rels) issue 18: a project covers the area its sentence states; communes the article names elsewhere are no longer
  // inferred into it (most such lines were wrong)
  it("covers the district the project's sentence states, not the communes other sentences name, and no place of a sentence without 'tại'", () => {
    const text = "Tin\n\nDự án “Sinh kế bền vững” được triển khai tại huyện Kỳ Sơn. Năm nay xã Hữu Kiệm có 12 hộ, xã Bảo Nam có 8 hộ tham gia.\n";
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const covers = [...d.rels.values()].filter((r) => r.type === RelType.COVERS);
    expect(covers.map((r) => r.to).sort()).toEqual(["vn:nghe-an:ky-son"]);
    for (const r of covers) expect(r.inferred).toBeUndefined();
    const bare = draftArticle("Tin\n\nDự án “Sinh kế bền vững” của huyện Kỳ Sơn được tổng kết.\n", OPTIONS, knowledge, index);
    expect([...bare.rels.values()].filter((r) => r.type === RelType.COVERS)).toEqual([]);
  });
});

describe("ingest pipeline: one organization named two ways", () => {
  const orgNames = (text: string, lang: "vi" | "en" = "en"): string[][] =>
    [...draftArticle(text, { ...OPTIONS, lang }, knowledge, index).entities.values()].filter((e) => e.kind === Label.Organization).map((e) => [e.name, ...e.aliases]);

  it("drafts a name and its initials as one body, the initials an alias", () => {
    const text = "News\n\nThe Korea International Cooperation Agency opened a training in Ky Son district. A KOICA expert spoke.\n";
    expect(orgNames(text)).toEqual([["Korea International Cooperation Agency", "KOICA"]]);
  });

  it("drafts a foreign name and the same with 'International' after it as one body", () => {
    const text = "Tin\n\nTổ chức World Vision International phối hợp với huyện Kỳ Sơn tập huấn. Năm nay World Vision cũng trao 20 con bò.\n";
    expect(orgNames(text, "vi").filter((n) => n[0].startsWith("World"))).toEqual([["World Vision International", "World Vision"]]);
  });

  it("reads a local body without its place as the one body of that name the article places, and cuts a verb glued after a name", () => {
    const text = "Tin\n\nUBND huyện Kỳ Sơn tổ chức hội nghị. Đại diện UBND huyện cho biết 20 hộ được hỗ trợ. Công ty Hạt Ngọc tài trợ 200 triệu đồng.\n";
    const names = orgNames(text, "vi");
    expect(names).toContainEqual(["UBND huyện Kỳ Sơn", "UBND huyện"]);
    expect(names.map((n) => n[0])).toContain("Công ty Hạt Ngọc");
  });
});

describe("ingest pipeline: organizers joined in one sentence", () => {
  const roles = (text: string, lang: "vi" | "en"): [string, string | undefined][] => {
    const d = draftArticle(text, { ...OPTIONS, lang }, knowledge, index);
    const event = d.events[0].draft.id;
    return [...d.rels.values()].filter((r) => r.type === RelType.INVOLVED_IN && r.to === event).map((r) => [d.entities.get(r.from)?.name ?? r.from, r.role]);
  };

  it("reads 'A, B cùng tổ chức C đã tổ chức hội thảo' as A organizing with B and C (the first 'tổ chức' is the noun)", () => {
    const text = "Tin\n\nSáng 5/3/2024, tại xã Hữu Kiệm, Hội Nông dân tỉnh Nghệ An cùng tổ chức Oxfam đã tổ chức hội thảo về nuôi dê.\n";
    expect(roles(text, "vi")).toEqual(
      expect.arrayContaining([
        ["Hội Nông dân tỉnh Nghệ An", Role.ORGANIZER],
        ["Oxfam", Role.CO_ORGANIZER],
      ]),
    );
  });

  it("reads 'launched by A (under B) and C' as A organizing with C, not B", () => {
    const text =
      "News\n\nA project was launched by the Rural Extension Centre (REC) under the Ministry of Agriculture and the Korea International Cooperation Agency on 2 March 2024 in Ky Son district.\n";
    const got = roles(text, "en");
    expect(got).toEqual(
      expect.arrayContaining([
        ["Rural Extension Centre", Role.ORGANIZER],
        ["Korea International Cooperation Agency", Role.CO_ORGANIZER],
      ]),
    );
    expect(got.map((r) => r[0])).not.toContain("Ministry of Agriculture");
  });
});

describe("ingest pipeline: a year the work aims at", () => {
  it("does not date an event by 'định hướng đến năm …' but by the day its sentence gives", () => {
    const text = "Tin\n\nChiều 06/7/2024, UBND huyện Kỳ Sơn tổ chức hội thảo tổng kết chương trình giai đoạn 2020-2024, định hướng đến năm 2030.\n";
    expect(draftArticle(text, OPTIONS, knowledge, index).events[0].draft.props.startDate).toBe("2024-07-06");
    const bare = "Tin\n\nUBND huyện Kỳ Sơn tổ chức hội thảo tổng kết chương trình, định hướng đến năm 2030.\n";
    expect(draftArticle(bare, OPTIONS, knowledge, index).events[0].draft.props.startDate).toBeUndefined();
  });
});

describe("ingest pipeline: breeding stock handed over", () => {
  it("names the model of 'gà giống' after the animal ('Nuôi gà'), and keeps a breed word ('bò cái lai giống')", () => {
    const models = (text: string): string[] => [...draftArticle(text, OPTIONS, knowledge, index).entities.values()].filter((e) => e.kind === Label.Model).map((e) => e.name);
    expect(models("Tin\n\nSáng 5/3/2024, xã Hữu Kiệm trao tặng 500 con gà giống cho hộ nghèo.\n")).toEqual(["Nuôi gà"]);
    expect(models("Tin\n\nSáng 5/3/2024, xã Hữu Kiệm cấp phát bò cái lai giống cho hộ nghèo.\n")).toEqual(["Nuôi bò cái lai giống"]);
  });
});

describe("ingest pipeline: numbers", () => {
  it("puts a count on the event of the sentence before", () => {
    const d = upTo(TEXT, readDates, readPlaces, readMentions, matchMentions, draftEvents, relateMentions, attachNumbers);
    const event = d.events[0].draft;
    expect(event.metrics).toContainEqual(expect.objectContaining({ value: 60, qualifier: Qualifier.MORE_THAN }));
    expect(d.numbers.some((n) => n.entityId === event.id && n.value === 60)).toBe(true);
  });
});

describe("ingest pipeline: numbers of who the support went to", () => {
  it("puts 'cho 77 hộ' on the article's event, not on the commune that gives", () => {
    const text = `${TEXT}Đợt này, xã Hữu Kiệm hỗ trợ bò cho 77 hộ nghèo.\n`;
    const d = draftArticle(text, OPTIONS, knowledge, index);
    expect(d.numbers.find((n) => n.value === 77)?.entityId).toBe(d.events[0].draft.id);
  });

  it("counts 'nông hộ', 'gia đình' as households and 'cán bộ' as officials", () => {
    const text = `${TEXT}Đợt này có 14 nông hộ, 9 gia đình và 5 cán bộ xã tham gia.\n`;
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const unitOf = (v: number): string | undefined => [...d.entities.values()].flatMap((e) => e.metrics).find((m) => m.value === v)?.unit;
    expect([unitOf(14), unitOf(9), unitOf(5)]).toEqual(["households", "households", "officials"]);
  });
});

describe("ingest pipeline: writer", () => {
  it("writes the seed file in a fixed order of kinds, every proposal with its reason", () => {
    const seed = writeSeed(draftArticle(TEXT, OPTIONS, knowledge, index));
    expect(seed.source).toMatchObject({ id: "src:009", title: "Trao bò giống cho hộ nghèo Kỳ Sơn", language: "vi" });
    expect(seed.entities[0].kind).toBe(Label.Event);
    expect(seed.entities.at(-1)?.kind).toBe(Label.Place);
    for (const e of seed.entities) expect(typeof e.draft).toBe("string");
    for (const r of seed.relationships) expect(r.draft).toEqual(expect.any(String));
  });

  it("is what ingestArticle returns, the stages run in order", () => {
    expect(STAGES[0]).toBe(readDates);
    expect(ingestArticle(TEXT, OPTIONS, knowledge, index).seed).toEqual(writeSeed(draftArticle(TEXT, OPTIONS, knowledge, index)));
  });
});

describe("ingest pipeline: outcomes", () => {
  it("drafts what a sentence says came of the work, typed, on the activity it names or, inferred, on the article's", () => {
    const text = `${TEXT}Hội sẽ tiếp tục nhân rộng mô hình nuôi bò ra các xã khác. Nhờ đó, nhiều hộ đã thoát nghèo.\n`;
    const d = draftArticle(text, OPTIONS, knowledge, index);
    const outcomes = [...d.entities.values()].filter((e) => e.kind === Label.Outcome);
    expect(outcomes.map((o) => o.props.outcomeType).sort()).toEqual([OutcomeType.NEXT_STEP, OutcomeType.RESULT]);
    const rels = [...d.rels.values()].filter((r) => r.type === RelType.HAS_OUTCOME);
    expect(rels).toHaveLength(2);
    const result = rels.find((r) => outcomes.find((o) => o.id === r.to)?.props.outcomeType === OutcomeType.RESULT);
    expect(result).toMatchObject({ from: d.events[0].draft.id, inferred: expect.stringContaining("names no activity") });
    expect(outcomes.every((o) => o.reason.includes("own words"))).toBe(true);
  });

  it("drafts none from a sentence that only reports", () => {
    const d = draftArticle(TEXT, OPTIONS, knowledge, index);
    expect([...d.entities.values()].filter((e) => e.kind === Label.Outcome)).toEqual([]);
  });
});

describe("ingest pipeline: same-event resolution", () => {
  // the same handover reported by another source, already confirmed in the seeds: its place, its organizer, its numbers
  const reported = buildKnowledge([
    ...SEEDS,
    {
      file: "articles/002-b.yaml",
      data: {
        source: { id: "src:002", kind: "ARTICLE", title: "b", language: "en", file: "b.txt" },
        entities: [
          {
            kind: "Event",
            id: "event:cow-handover-huu-kiem",
            name: "Breeding cows handed over in Huu Kiem",
            eventType: "HANDOVER",
            startDate: "2024-03-05",
            endDate: "2024-03-05",
            quote: "q",
            metrics: [{ key: "cows", value: 18, unit: "animals", label: "breeding cows", quote: "q" }],
          },
        ],
        relationships: [
          { from: "event:cow-handover-huu-kiem", type: "LOCATED_IN", to: "vn:nghe-an:ky-son:huu-kiem", quote: "q" },
          { from: "org:hoi-nong-dan-nghe-an", type: "INVOLVED_IN", role: "ORGANIZER", to: "event:cow-handover-huu-kiem", quote: "q" },
        ],
      },
    },
  ]);
  const reportedIndex = indexCorpus(reported);

  it("drafts the article's event as a statement about the known one: its id, this article's quote, its name an alias", () => {
    const d = draftArticle(TEXT, OPTIONS, reported, reportedIndex);
    expect(d.events.map((x) => x.draft.id)).toEqual(["event:cow-handover-huu-kiem"]);
    const e = d.entities.get("event:cow-handover-huu-kiem");
    expect(e?.reason).toMatch(/the same event as event:cow-handover-huu-kiem.*shared actors \(org:hoi-nong-dan-nghe-an\)/);
    expect(d.text.slice(e!.quote.start, e!.quote.end)).toContain("trao tặng");
    expect([...d.rels.values()]).toContainEqual(expect.objectContaining({ from: "org:hoi-nong-dan-nghe-an", role: Role.ORGANIZER, to: "event:cow-handover-huu-kiem" }));
    expect([...d.rels.values()].some((r) => r.from.startsWith("event:2024") || r.to.startsWith("event:2024"))).toBe(false);
  });

  it("keeps a number the known event states otherwise as a claim beside it", () => {
    const d = draftArticle(TEXT.replace("20 con bò", "20 con bò giống"), OPTIONS, reported, reportedIndex);
    const e = d.entities.get("event:cow-handover-huu-kiem")!;
    const seed = writeSeed(d).entities.find((x) => x.id === e.id)!;
    const cows = [...(seed.metrics ?? []), ...(seed.claims ?? [])].map((x) => ("property" in x ? ["claim", x.property, x.value] : ["metric", x.key, x.value]));
    expect(cows).toContainEqual(["claim", "cows", "20"]);
  });

  it("leaves an event of another day, type or place as a new event", () => {
    const other = draftArticle(TEXT.replace("Sáng 5/3/2024", "Sáng 9/4/2024"), OPTIONS, reported, reportedIndex);
    expect(other.events.map((x) => x.draft.id)).toEqual([expect.stringMatching(/^event:2024-04-09/)]);
    const elsewhere = draftArticle(TEXT.replace("xã Hữu Kiệm", "xã Bảo Nam"), OPTIONS, reported, reportedIndex);
    expect(elsewhere.events[0].draft.known).toBeUndefined();
  });
});
