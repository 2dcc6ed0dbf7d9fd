import { applyDecisions, locateQuote, newEntityId, type ProposalData, seedFileOf } from "../../src/curation/curation.proposals";
import { DecisionAction, ProposalKind, ProposalState } from "../../src/curation/curation.types";
import { OutcomeType } from "../../src/graph/graph.enums";
import { validateSeedFile } from "../../src/seed/seed.schema";

/** The pure side of curation (issue #20): quotes located, decisions applied all or none, accepted proposals as a valid seed file. */

const TEXT = "The Hill Goat Cooperative received forty goats in Sì Lở Lầu commune. Plan International paid for them.";
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

const base = (over: Partial<ProposalData>): ProposalData => ({
  id: "p1",
  kind: ProposalKind.ENTITY,
  state: ProposalState.UNDECIDED,
  isNew: true,
  candidates: [],
  conflicts: [],
  ...over,
});

const PROPOSALS: ProposalData[] = [
  base({
    id: "p1",
    entityKind: "Organization",
    entityId: "org:hill-goat-cooperative",
    name: "Hill Goat Cooperative",
    quote: "The Hill Goat Cooperative",
    ...at("The Hill Goat Cooperative"),
  }),
  base({ id: "p2", entityKind: "Organization", entityId: "org:plan-intl-guess", name: "Plan International", quote: "Plan International", ...at("Plan International") }),
  base({ id: "p3", kind: ProposalKind.RELATIONSHIP, relType: "PART_OF", from: "org:hill-goat-cooperative", to: "org:plan-intl-guess", quote: "Plan International paid" }),
];
const KNOWN = new Map([["org:plan-international", "Organization"]]);

describe("locateQuote", () => {
  it("finds a quote at its UTF-16 offsets, across differing white space, and says when it is absent", () => {
    expect(locateQuote(TEXT, "Sì Lở Lầu commune")).toEqual(at("Sì Lở Lầu commune"));
    expect(locateQuote(TEXT, "forty   goats\nin")).toEqual({ start: TEXT.indexOf("forty"), end: TEXT.indexOf("forty goats in") + "forty goats in".length });
    expect(locateQuote(TEXT, "not in the text")).toBeUndefined();
  });
});

describe("applyDecisions", () => {
  it("links to an existing entity, renaming every reference; rejects; adds from a span", () => {
    const { proposals, problems } = applyDecisions(
      PROPOSALS,
      [
        { proposalId: "p2", action: DecisionAction.LINK, entityId: "org:plan-international" },
        { proposalId: "p1", action: DecisionAction.ACCEPT },
        { proposalId: "p3", action: DecisionAction.REJECT },
        {
          action: DecisionAction.ADD,
          kind: ProposalKind.ENTITY,
          entityKind: "Place",
          entityId: "vn:lai-chau:phong-tho:si-lo-lau",
          props: { level: "COMMUNE" },
          ...at("Sì Lở Lầu"),
        },
      ],
      TEXT,
      KNOWN,
    );
    expect(problems).toEqual([]);
    expect(proposals.find((p) => p.id === "p2")).toMatchObject({ entityId: "org:plan-international", isNew: false, state: ProposalState.ACCEPTED });
    expect(proposals.find((p) => p.id === "p3")).toMatchObject({ to: "org:plan-international", state: ProposalState.REJECTED });
    expect(proposals.find((p) => p.id === "p4")).toMatchObject({ quote: "Sì Lở Lầu", name: "Sì Lở Lầu", state: ProposalState.ACCEPTED, props: { level: "COMMUNE" } });
  });

  it("lists every problem and applies none of the decisions", () => {
    const { proposals, problems } = applyDecisions(
      PROPOSALS,
      [
        { proposalId: "p1", action: DecisionAction.REJECT },
        { proposalId: "p9", action: DecisionAction.ACCEPT },
        { proposalId: "p2", action: DecisionAction.LINK, entityId: "org:unknown" },
        { action: DecisionAction.ADD, kind: ProposalKind.RELATIONSHIP, start: 4, end: 2 },
        { proposalId: "p1", action: DecisionAction.EDIT, entityId: "Not An Id" },
      ],
      TEXT,
      KNOWN,
    );
    expect(problems).toHaveLength(5);
    expect(proposals).toEqual(PROPOSALS);
  });

  it("gives an added entity without an id a new one, never a taken one", () => {
    expect(newEntityId("Organization", "Hill Goat Cooperative", new Set(["org:hill-goat-cooperative"]))).toBe("org:hill-goat-cooperative-2");
    const { proposals } = applyDecisions(
      PROPOSALS,
      [{ action: DecisionAction.ADD, kind: ProposalKind.ENTITY, entityKind: "Organization", ...at("The Hill Goat Cooperative") }],
      TEXT,
      KNOWN,
    );
    expect(proposals.at(-1)?.entityId).toBe("org:the-hill-goat-cooperative");
  });
});

describe("seedFileOf", () => {
  it("writes the accepted proposals as a seed file that validates, leaving out facts whose new entity was rejected", () => {
    const { proposals } = applyDecisions(
      PROPOSALS,
      [
        { proposalId: "p1", action: DecisionAction.ACCEPT },
        { proposalId: "p2", action: DecisionAction.REJECT },
        { proposalId: "p3", action: DecisionAction.ACCEPT },
        { action: DecisionAction.ADD, kind: ProposalKind.METRIC, metric: "goats", value: 40, unit: "goats", about: "org:hill-goat-cooperative", ...at("forty goats") },
        {
          action: DecisionAction.ADD,
          kind: ProposalKind.ENTITY,
          entityKind: "Intervention",
          entityId: "intervention:goats",
          name: "Goats",
          props: { activity: "FUNDING" },
          ...at("received forty goats"),
        },
        {
          action: DecisionAction.ADD,
          kind: ProposalKind.OUTCOME,
          outcomeType: OutcomeType.RESULT,
          about: "intervention:goats",
          inferredReason: "a test",
          ...at("received forty goats"),
        },
      ],
      TEXT,
      KNOWN,
    );
    const { seed, dropped } = seedFileOf({ id: "src:cur-test", draftId: "draft:0123abcd", title: "Goats", language: "en", url: "https://example.org/x" }, proposals);
    expect(dropped).toEqual([expect.stringContaining("p3")]);
    const file = validateSeedFile("test.yaml", seed, new Map());
    expect(file.source).toMatchObject({ id: "src:cur-test", kind: "ARTICLE", url: "https://example.org/x", curated: "draft:0123abcd" });
    expect(file.source.file).toBeUndefined();
    expect(file.entities.map((e) => e.id)).toEqual(["org:hill-goat-cooperative", "intervention:goats", expect.stringMatching(/^outcome:/)]);
    expect(file.entities[0].metrics).toEqual([{ key: "goats", value: 40, unit: "goats", label: "goats", quote: "forty goats" }]);
    expect(file.relationships).toEqual([expect.objectContaining({ from: "intervention:goats", type: "HAS_OUTCOME", inferred: "a test" })]);
  });
});
