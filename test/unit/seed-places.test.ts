import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { readSeedPlan } from "../../src/seed/seed.reader";
import { SeedValidationError } from "../../src/seed/seed.schema";

/**
 * Seed files may declare the gazetteer's administrative units, villages under its communes, and a
 * district or commune it lacks (dissolved before 2025) only directly under its gazetteer parent.
 */
describe("seed files and the gazetteer", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-places-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (slug: string, entities: Record<string, unknown>[], relationships: Record<string, unknown>[] = []): string => {
    const file = path.join(dir, `${slug}.yaml`);
    writeFileSync(file, yaml.dump({ source: { id: `src:test-${slug}`, kind: "ARTICLE", title: `test ${slug}`, language: "vi" }, entities, relationships }));
    return file;
  };
  const place = (id: string, level: string): Record<string, unknown> => ({ kind: "Place", id, name: id.split(":").pop(), level, quote: `về ${id}` });
  const problemsOf = (file: string): string[] => {
    try {
      readSeedPlan([file]);
    } catch (err) {
      if (err instanceof SeedValidationError) return err.problems.map((p) => `${err.file}: ${p}`);
      throw err;
    }
    return [];
  };

  it("accepts the gazetteer's communes and villages under them", () => {
    const file = write("known", [place("vn:lai-chau:than-uyen:muong-kim", "COMMUNE"), place("vn:lai-chau:than-uyen:muong-kim:ban-moi", "VILLAGE")]);
    expect(problemsOf(file)).toEqual([]);
  });

  it("refuses a province, district or commune the gazetteer lacks, naming the file and the id", () => {
    const file = write("invented", [place("vn:lai-chau:than-uyen:xa-khong-co", "COMMUNE"), place("vn:tinh-moi", "PROVINCE")]);
    const problems = problemsOf(file);
    expect(problems).toEqual([
      expect.stringMatching(/invented\.yaml: place vn:lai-chau:than-uyen:xa-khong-co is not in the gazetteer/),
      expect.stringMatching(/invented\.yaml: place vn:tinh-moi is not in the gazetteer/),
    ]);
  });

  it("refuses a village whose commune the gazetteer lacks", () => {
    const file = write("stray-village", [place("vn:lai-chau:than-uyen:xa-khong-co:ban-a", "VILLAGE")]);
    expect(problemsOf(file)).toEqual([
      expect.stringMatching(/stray-village\.yaml: village vn:lai-chau:than-uyen:xa-khong-co:ban-a: its commune vn:lai-chau:than-uyen:xa-khong-co is not in the gazetteer/),
    ]);
  });

  const partOf = (from: string, to: string): Record<string, unknown> => ({ from, type: "PART_OF", to, quote: `${from} thuộc ${to}` });

  it("accepts a commune the gazetteer lacks when it is declared PART_OF the gazetteer district its id extends", () => {
    const id = "vn:lai-chau:than-uyen:xa-da-sap-nhap";
    const file = write("dissolved", [{ ...place(id, "COMMUNE"), name: "Đã Sáp Nhập" }, place("vn:lai-chau:than-uyen", "DISTRICT")], [partOf(id, "vn:lai-chau:than-uyen")]);
    expect(problemsOf(file)).toEqual([]);
    const plan = readSeedPlan([file]);
    expect(plan.entities.map((e) => e.id)).toEqual([id, "vn:lai-chau:than-uyen"]);
    expect(plan.relationships).toEqual([expect.objectContaining({ from: id, type: "PART_OF", to: "vn:lai-chau:than-uyen" })]);
  });

  it("refuses a unit the gazetteer lacks without its PART_OF, under the wrong level, as a province, or named like a gazetteer unit", () => {
    const lone = "vn:lai-chau:than-uyen:xa-mot-minh";
    const underProvince = "vn:lai-chau:xa-thieu-huyen";
    const misspelt = "vn:lai-chau:than-uyen:muong-kym";
    const file = write(
      "unlisted",
      [
        place(lone, "COMMUNE"),
        place(underProvince, "COMMUNE"),
        { ...place(misspelt, "COMMUNE"), name: "Mường Kim" },
        place("vn2025:lao-cai:huyen-moi", "DISTRICT"),
        place("vn:lai-chau", "PROVINCE"),
        place("vn:lai-chau:than-uyen", "DISTRICT"),
        place("vn2025:lao-cai", "PROVINCE"),
      ],
      [partOf(underProvince, "vn:lai-chau"), partOf(misspelt, "vn:lai-chau:than-uyen"), partOf("vn2025:lao-cai:huyen-moi", "vn2025:lao-cai")],
    );
    expect(problemsOf(file)).toEqual([
      expect.stringMatching(new RegExp(`place ${lone} is not in the gazetteer .*declared PART_OF the unit its id extends \\(vn:lai-chau:than-uyen\\)`)),
      expect.stringMatching(new RegExp(`place ${underProvince} is not in the gazetteer .*use the gazetteer's id`)),
      expect.stringMatching(new RegExp(`place ${misspelt} is not in the gazetteer .*vn:lai-chau:than-uyen has a unit of that name`)),
      expect.stringMatching(/place vn2025:lao-cai:huyen-moi is not in the gazetteer .*use the gazetteer's id/),
    ]);
  });
});
