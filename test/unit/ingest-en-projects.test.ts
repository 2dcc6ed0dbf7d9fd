/**
 * English project and program names as NGO pages write them: a title-case name with its acronym in brackets before
 * "project" ("the Women in Farming (WIF) project"); and what names none: a post ("CARE's Program Manager"), a body's
 * work in the possessive ("Plan Vietnam's programme"), a quoted clause after "project" that starts in lower case.
 * Sentences in our own words.
 */
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem]));
const named = (sentence: string): string[] =>
  draft(`News\n\n${sentence}`, "en")
    .entities.filter((e) => e.kind === Label.Project || e.kind === Label.Program)
    .map((e) => `${e.kind}: ${String(e.name)}`);

describe("English project names with their acronym in brackets", () => {
  it.each([
    ["The field day was part of the Climate-Smart Farming for Highland Villages (CSF) project, run by CARE.", "Project: Climate-Smart Farming for Highland Villages (CSF) project"],
    ["The Women in Farming (WIF) project started in Ky Son district in 2022.", "Project: Women in Farming (WIF) project"],
    ["Oxfam leads the Sustainable Livelihoods for Upland Communities (SLUC) project in Nghe An.", "Project: Sustainable Livelihoods for Upland Communities (SLUC) project"],
    ["Since 2021 the Clean Water and Hygiene (CWH) project has built 40 tanks.", "Project: Clean Water and Hygiene (CWH) project"],
    ["Farmers joined the Goats for Ky Son (GKS) project last year.", "Project: Goats for Ky Son (GKS) project"],
    ["The Mekong Rice Resilience (MRR) project trained 300 farmers.", "Project: Mekong Rice Resilience (MRR) project"],
  ])("%s", (sentence, name) => {
    expect(named(sentence)).toEqual([name]);
  });

  it.each([
    ['"We are proud," said Ms. Lan, CARE\'s Program Manager for the region.'],
    ["Ms. Hoa, Program Officer at Oxfam, said the work continues."],
    ["The district thanked Plan Vietnam's programme for its support."],
    ['The EU is proud to support a project "that puts women first", she said.'],
    ["Funding came from the (EU) project budget."],
    ["The training is part of a three-year (2023-2025) project in Ky Son."],
  ])("names no project or program: %s", (sentence) => {
    expect(named(sentence)).toEqual([]);
  });
});
