import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { readSeedPlan } from "../../src/seed/seed.reader";
import { SeedValidationError } from "../../src/seed/seed.schema";

/** Seed files may declare only the gazetteer's administrative units, and villages under its communes. */
describe("seed files and the gazetteer", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-places-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (slug: string, entities: Record<string, unknown>[]): string => {
    const file = path.join(dir, `${slug}.yaml`);
    writeFileSync(file, yaml.dump({ source: { id: `src:test-${slug}`, kind: "ARTICLE", title: `test ${slug}`, language: "vi" }, entities, relationships: [] }));
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
});
