import { readFileSync } from "node:fs";
import path from "node:path";
import { DecisionAction, ProposalKind } from "../../src/curation/curation.types";
import { type Credentials, gql } from "./curation";

/**
 * The curation tests' article, test/fixtures/curation-goat-article.txt (our own words), and the
 * decisions that curate it the way a curator does: rejecting what the ingest proposed and adding
 * each fact by selecting its words.
 */
export const GOAT_ARTICLE = readFileSync(path.join(__dirname, "..", "fixtures", "curation-goat-article.txt"), "utf8").normalize("NFC");

/** The commune the article's cooperative works in (a gazetteer id). */
export const GOAT_PLACE = "vn:lai-chau:phong-tho:si-lo-lau";

/** Plan International, a seed organization the article names as the goats' funder. */
export const PLAN_INTERNATIONAL = "org:plan-international";

/** The smallest curation operations: create, decide, publish, remove. */
export const CURATION_OPS = {
  create: `mutation Create($input: DraftInput!) { createDraft(input: $input) { id sourceId text proposals { id } } }`,
  update: `mutation Update($id: ID!, $decisions: [ProposalDecision!]!) { updateDraft(id: $id, decisions: $decisions) { id version } }`,
  publish: `mutation Publish($id: ID!) { publishDraft(id: $id) { id } }`,
  remove: `mutation Remove($id: ID!) { removeSource(id: $id) }`,
} as const;

/** The offsets of `phrase` in the article; throws when the article does not hold it. */
export function goatSpan(phrase: string): { start: number; end: number } {
  const start = GOAT_ARTICLE.indexOf(phrase);
  if (start < 0) throw new Error(`not in the article: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** REJECT decisions for every proposal of a draft. */
export const rejectAll = (proposals: readonly { id: string }[]) => proposals.map((p) => ({ proposalId: p.id, action: DecisionAction.REJECT }));

/** ADD an entity, quoting `phrase`. */
export const addEntity = (entityKind: string, entityId: string, name: string, phrase: string, props?: Record<string, unknown>) => ({
  action: DecisionAction.ADD,
  kind: ProposalKind.ENTITY,
  entityKind,
  entityId,
  name,
  ...(props ? { props } : {}),
  ...goatSpan(phrase),
});

/** ADD a relationship, quoting `phrase`. */
export const addRelationship = (relType: string, from: string, to: string, phrase: string, role?: string) => ({
  action: DecisionAction.ADD,
  kind: ProposalKind.RELATIONSHIP,
  relType,
  from,
  to,
  ...(role ? { role } : {}),
  ...goatSpan(phrase),
});

/** ADD a metric about `about`, quoting `phrase`. */
export const addMetric = (metric: string, value: number, unit: string, about: string, phrase: string) => ({
  action: DecisionAction.ADD,
  kind: ProposalKind.METRIC,
  metric,
  value,
  unit,
  about,
  ...goatSpan(phrase),
});

/** ADD the commune itself (the article's words for it). */
export const addGoatPlace = () => addEntity("Place", GOAT_PLACE, "Sì Lở Lầu", "Sì Lở Lầu commune", { level: "COMMUNE" });

/**
 * The article's goat activity as the curation tests publish it: the cooperative (new, IMPLEMENTER)
 * runs `activity` (a FUNDING intervention named `activityName`) in Sì Lở Lầu; with `funder`, Plan
 * International funds it; with `goats`, the activity counts forty goats.
 */
export function goatActivityDecisions(ids: { coop: string; activity: string }, activityName: string, opts: { funder?: boolean; goats?: boolean } = {}) {
  return [
    addEntity("Organization", ids.coop, "Hill Goat Cooperative", "The Hill Goat Cooperative"),
    ...(opts.funder ? [addEntity("Organization", PLAN_INTERNATIONAL, "Plan International", "Plan International paid for the goats")] : []),
    addEntity("Intervention", ids.activity, activityName, "received forty breeding goats this week", { activity: "FUNDING" }),
    addGoatPlace(),
    addRelationship("INVOLVED_IN", ids.coop, ids.activity, "The Hill Goat Cooperative will share the animals", "IMPLEMENTER"),
    ...(opts.funder ? [addRelationship("INVOLVED_IN", PLAN_INTERNATIONAL, ids.activity, "Plan International paid for the goats", "FUNDER")] : []),
    addRelationship("LOCATED_IN", ids.activity, GOAT_PLACE, "goat cooperative in Sì Lở Lầu commune"),
    ...(opts.goats ? [addMetric("goats", 40, "goats", ids.activity, "forty breeding goats")] : []),
  ];
}

/** A draft of the article, as the curation operations above return it. */
export interface GoatDraft {
  id: string;
  sourceId: string;
  text: string;
  proposals: { id: string }[];
}

/**
 * Creates a draft of the article under `title`, decides it with what `decide` returns for its
 * proposals, and publishes it, as `credentials` on the server at `url`. `created` hears of the draft
 * before it is decided, so that a test can clean its source up even when a later step fails.
 * Throws on any GraphQL error.
 */
export async function publishGoatArticle(
  url: string,
  credentials: Credentials,
  title: string,
  decide: (proposals: GoatDraft["proposals"]) => unknown[],
  created: (draft: GoatDraft) => void = () => undefined,
): Promise<GoatDraft> {
  const must = async <T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> => {
    const r = await gql(url, query, variables, credentials);
    if (r.errors.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
    return r.data?.[field] as never;
  };
  const draft = await must<GoatDraft>(CURATION_OPS.create, { input: { text: GOAT_ARTICLE, language: "en", title } }, "createDraft");
  created(draft);
  await must(CURATION_OPS.update, { id: draft.id, decisions: decide(draft.proposals) }, "updateDraft");
  await must(CURATION_OPS.publish, { id: draft.id }, "publishDraft");
  return draft;
}
