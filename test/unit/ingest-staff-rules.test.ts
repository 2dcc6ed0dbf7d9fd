/**
 * staff.stage.ts (issue 18, round 9): a body whose member holds a post of running the project implements it, inferred.
 * Every article is written for this file, against the small test gazetteer.
 */
import { Role } from "../../src/graph/graph.enums";
import { RelType } from "../../src/graph/graph.model";
import { runsAProject } from "../../src/ingest/stages/staff.stage";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem]));
const IMPLEMENTER = `${RelType.INVOLVED_IN}(${Role.IMPLEMENTER})`;

describe("runsAProject", () => {
  it.each(["Project Director", "project manager", "Giám đốc dự án", "Điều phối viên dự án", "Deputy Project Coordinator", "Trưởng nhóm dự án"])("%s runs one", (post) => {
    expect(runsAProject(post)).toBe(true);
  });
  it.each(["Country Director", "Giám đốc Sở", "Program Officer", "Project Officer", "cán bộ dự án", "Chủ tịch"])("%s does not", (post) => {
    expect(runsAProject(post)).toBe(false);
  });
});

describe("a body whose member runs the article's project implements it", () => {
  it.each([
    [
      "en",
      "New savings groups in Ky Son\n\nOn 3 April 2024, the project “Savings for Hill Women” was launched in Bao Nam commune. Mr. Tran Van Long, the Project Director from CARE Vietnam, said 300 women would join.",
      /^CARE Vietnam/u,
      /Savings for Hill Women/u,
    ],
    [
      "en",
      "Bees in Ky Son\n\nIn 2023 the project “Honey for the Hills” trained 120 farmers in Huu Kiem commune. Ms. Nguyen Thi Mai, project manager at Oxfam in Vietnam, said the farmers sold their honey to a cooperative.",
      /^Oxfam in Vietnam/u,
      /Honey for the Hills/u,
    ],
    [
      "vi",
      "Nuôi ong ở Kỳ Sơn\n\nNăm 2024, dự án “Mật ong cho bản cao” hỗ trợ 80 hộ nghèo xã Bảo Nam. Bà Lê Thị Hoa, Giám đốc dự án của Tổ chức Tầm nhìn Thế giới, cho biết các hộ đã bán được mật.",
      /Tầm nhìn Thế giới/u,
      /Mật ong cho bản cao/u,
    ],
    [
      "vi",
      "Trồng quế ở Kỳ Sơn\n\nNgày 5/3/2024, dự án “Quế xanh Kỳ Sơn” cấp 5.000 cây quế cho 50 hộ xã Hữu Kiệm. Ông Phạm Văn Hải, Điều phối viên dự án của Hội Chữ thập đỏ tỉnh Nghệ An, cho biết cây sẽ được chăm sóc trong ba năm.",
      /Hội Chữ thập đỏ tỉnh Nghệ An/u,
      /Quế xanh Kỳ Sơn/u,
    ],
    [
      "en",
      "Goats in Bao Nam\n\nOn 10 May 2024, 40 goats were handed over in Bao Nam commune under the project “Goats for Schools”. Mr. Do Van Nam, Deputy Project Coordinator of ActionAid Vietnam, thanked the commune.",
      /^ActionAid Vietnam/u,
      /Goats for Schools/u,
    ],
    [
      "en",
      "Rice in Ky Son\n\nIn 2024 the project “Rice for Markets” helped 200 farmers in Huu Kiem commune. Ms. Pham Thi Lan, Project Manager, Helvetas Vietnam, said the rice sold well.",
      /^Helvetas Vietnam/u,
      /Rice for Markets/u,
    ],
  ])("%#", (lang, text, body, project) => {
    const lines = relLines(draft(text, lang as "vi" | "en"));
    expect(hasRel(lines, body, IMPLEMENTER, project)).toBe(true);
  });

  it("says the role is inferred and why", () => {
    const seed = draft(
      "New savings groups in Ky Son\n\nOn 3 April 2024, the project “Savings for Hill Women” was launched in Bao Nam commune. Mr. Tran Van Long, the Project Director from CARE Vietnam, said 300 women would join.",
      "en",
    );
    const rel = seed.relationships.find((r) => r.type === RelType.INVOLVED_IN && r.role === Role.IMPLEMENTER && String(r.from).includes("care"));
    expect(rel?.inferred).toMatch(/Project Director/u);
    expect(rel?.quote).toMatch(/Project Director from CARE Vietnam/u);
  });
});

describe("look-alikes: no implementer from a post", () => {
  it.each([
    // a country director runs the body, not the project
    [
      "en",
      "Savings in Ky Son\n\nOn 3 April 2024, the project “Savings for Hill Women” was launched in Bao Nam commune. Ms. Jane Roe, Country Director of Oxfam in Vietnam, spoke at the launch.",
      /^Oxfam in Vietnam/u,
    ],
    // two projects, the post names neither
    [
      "en",
      "Two projects in Ky Son\n\nIn 2024 the project “Clean Water for Villages” and the project “Rice for Markets” ran in Ky Son district. Mr. Hoang Van Son, Project Director from Helvetas Vietnam, said the work went well.",
      /^Helvetas Vietnam/u,
    ],
    // the project's own board: its head says nothing of who implements
    [
      "vi",
      "Quế ở Kỳ Sơn\n\nNăm 2024, dự án “Quế xanh Kỳ Sơn” cấp 5.000 cây quế cho 50 hộ xã Hữu Kiệm. Ông Phạm Văn Hải, Giám đốc dự án, Ban quản lý dự án huyện Kỳ Sơn, cho biết cây phát triển tốt.",
      /^Ban quản lý dự án/u,
    ],
    // a funder's project officer keeps the funder's role
    [
      "en",
      "Water in Ky Son\n\nIn 2024 the project “Clean Water for Villages”, funded by the Australian Embassy, built 12 tanks in Bao Nam commune. Mr. Tom Lee, project manager of the Australian Embassy, visited the site.",
      /Australian Embassy/u,
    ],
  ])("%#", (lang, text, body) => {
    const lines = relLines(draft(text, lang as "vi" | "en"));
    expect(lines.filter((l) => l.includes(`-${IMPLEMENTER}->`) && body.test(l.split(" -")[0]))).toEqual([]);
  });
});
