/**
 * (orgs6) Organizations and people, round 6: a body's members are no group of their own, and the
 * other rules of src/ingest/stages/groups.rules.ts and the organization readers. Every sentence is
 * written for the test, with places of the test gazetteer.
 */
import { Label } from "../../src/graph/graph.model";
import { OrgType } from "../../src/graph/graph.enums";
import { isMembershipGroup } from "../../src/ingest/stages/groups.rules";
import { cutAtComma, gluedVerbAt, initialsHold, isBareUnion } from "../../src/ingest/orgs.rules";
import { splitSentences } from "../../src/ingest/ingest.text";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

const entities = (text: string, lang: "vi" | "en") => draftSeed(text, lang).entities;
const groups = (text: string, lang: "vi" | "en"): string[] =>
  entities(text, lang)
    .filter((e) => e.kind === Label.Organization && e.orgType === OrgType.COMMUNITY_GROUP)
    .map((e) => String(e.name));
const names = (text: string, kind: Label, lang: "vi" | "en"): string[] =>
  entities(text, lang)
    .filter((e) => e.kind === kind)
    .map((e) => String(e.name));

describe("groups: a body's members are not a group of their own", () => {
  it.each([
    ["Dê giống cho hội viên\n\nNgày 5/3/2024, Hội Nông dân huyện Kỳ Sơn trao 30 con dê giống cho 10 hộ hội viên xã Hữu Kiệm.\n", "vi"],
    ["Gà cho mô hình\n\nNgày 9/6/2024, Hội Nông dân tỉnh bàn giao 200 con gà cho các hộ tham gia mô hình nuôi gà thả vườn tại xã Bảo Nam.\n", "vi"],
    ["Lớp học nghề\n\nNgày 2/10/2024, Trung tâm Khuyến nông tỉnh mở lớp tập huấn trồng quế cho 40 hội viên nông dân tại xã Mường Típ.\n", "vi"],
    ["Bò cho đoàn viên\n\nNgày 1/8/2024, Huyện đoàn Kỳ Sơn trao 5 con bò cho các đoàn viên thanh niên nghèo xã Hữu Kiệm.\n", "vi"],
    ["Chickens for members\n\nOn 4 May 2024 the district Farmers' Union handed over 300 chickens to 25 member households in Huu Kiem commune.\n", "en"],
  ])("drafts no group for %#", (text, lang) => {
    expect(groups(text, lang as "vi" | "en")).toEqual([]);
  });

  it.each([
    ["Dê giống cho hộ nghèo\n\nNgày 5/3/2024, Hội Nông dân huyện Kỳ Sơn trao 30 con dê giống cho 10 hộ nghèo xã Hữu Kiệm.\n", "vi"],
    ["Gà cho hộ nghèo\n\nNgày 9/6/2024, Hội Nông dân tỉnh bàn giao 200 con gà cho các hộ nghèo, cận nghèo tại xã Bảo Nam.\n", "vi"],
    ["Chickens for the poor\n\nOn 4 May 2024 the district Farmers' Union handed over 300 chickens to 25 poor households in Huu Kiem commune.\n", "en"],
  ])("still drafts the poor households a handover is for (%#)", (text, lang) => {
    expect(groups(text, lang as "vi" | "en")).toHaveLength(1);
  });

  it("tells members from the described groups by name alone", () => {
    for (const n of [
      "12 hộ hội viên xã Điền Lư",
      "35 hội viên nông dân tại xã Bảo Nam",
      "Các hộ tham gia mô hình nuôi vịt",
      "thành viên tổ hợp tác",
      "the members of the cooperative",
    ])
      expect(isMembershipGroup(n)).toBe(true);
    for (const n of ["40 hộ nghèo, cận nghèo", "các hộ dân nghèo trên địa bàn xã Bảo Nam", "Hội viên Hội Nông dân xã"]) expect(isMembershipGroup(n)).toBe(n.startsWith("Hội viên"));
    expect(isMembershipGroup("poor women farmers of two communes")).toBe(false);
  });
});

describe("people: Khmer names (Chau / Néang and given names)", () => {
  it.each([
    ["Bò cho thanh niên\n\nNgày 3/9/2024, Tỉnh đoàn trao một con bò cho bạn Néang Sa Ry ở xã Bảo Nam.\n", "Néang Sa Ry"],
    ["Bò cho thanh niên\n\nNgày 3/9/2024, Tỉnh đoàn trao một con bò cho bạn Chau Sóc Kha, đoàn viên xã Hữu Kiệm.\n", "Chau Sóc Kha"],
    ["Thăm hộ nghèo\n\nNgày 7/9/2024, đoàn công tác thăm gia đình Nèang Thi Mol tại xã Mường Típ.\n", "Nèang Thi Mol"],
    ["Mô hình nuôi bò\n\nNăm 2024, anh Chau Ty Ra ở xã Hữu Kiệm nuôi 6 con bò sinh sản.\n", "Chau Ty Ra"],
  ])("reads the name in %#", (text, name) => {
    expect(names(text, Label.Person, "vi")).toContain(name);
  });

  it.each([
    ["Hợp tác\n\nNgày 3/9/2024, tỉnh ký thỏa thuận với Liên minh Châu Âu tại xã Bảo Nam.\n"],
    ["Hội thảo\n\nNgày 3/9/2024, ông Châu Văn Lâm dự hội thảo về nông nghiệp châu Á tại xã Hữu Kiệm.\n"],
  ])("takes no Vietnamese “Châu” for a Khmer mark (%#)", (text) => {
    expect(names(text, Label.Person, "vi").filter((n) => /^Ch[aâ]u(?!\s+Văn)/u.test(n))).toEqual([]);
  });
});

describe("organizations: the closing credit's bodies are not actors", () => {
  const body = "Trao bò\n\nNgày 4/4/2024, Hội Nông dân huyện Kỳ Sơn trao 10 con bò giống cho các hộ nghèo xã Hữu Kiệm.\n\n";
  it.each([
    ["Theo Hội Cựu chiến binh tỉnh Nghệ An\n", /Cựu chiến binh/u],
    ["Nguồn: Sở Nông nghiệp tỉnh Nghệ An\n", /Sở Nông nghiệp/u],
    ["Hồng Nhung (Ban Tuyên giáo Tỉnh đoàn)\n", /Tuyên giáo/u],
    ["Thanh Tâm - Văn phòng Điều phối nông thôn mới tỉnh\n", /Điều phối/u],
  ])("drops the body of the credit %#", (credit, pattern) => {
    const orgs = names(body + credit, Label.Organization, "vi");
    expect(orgs.some((o) => pattern.test(o))).toBe(false);
    expect(orgs).toContain("Hội Nông dân huyện Kỳ Sơn");
  });

  it("keeps a newsroom after a byline, and a credited body the text also names", () => {
    expect(names(body + "Lan Phương (Đài PT-TH huyện Kỳ Sơn)\n", Label.Organization, "vi").some((o) => /^Đài/u.test(o))).toBe(true);
    const named = "Trao bò\n\nNgày 4/4/2024, Sở Nông nghiệp tỉnh Nghệ An trao 10 con bò giống cho các hộ nghèo xã Hữu Kiệm.\n\nTheo Sở Nông nghiệp tỉnh Nghệ An\n";
    expect(names(named, Label.Organization, "vi")).toContain("Sở Nông nghiệp tỉnh Nghệ An");
  });

  it("reads a body in a last line that is a sentence", () => {
    const text = body + "Theo kế hoạch, Hội Phụ nữ huyện Kỳ Sơn sẽ trao thêm 5 con bò vào tháng sau.\n";
    expect(names(text, Label.Organization, "vi")).toContain("Hội Phụ nữ huyện Kỳ Sơn");
  });
});

describe("organizations: a bare union's name beside a level of it", () => {
  it.each([
    ["Ngày 2/6/2024, Tỉnh đoàn Nghệ An trao 3 con bò cho thanh niên xã Hữu Kiệm. Đây là việc làm thiết thực của Đoàn Thanh niên.\n", /^Đoàn Thanh niên$/u],
    ["Ngày 2/6/2024, Chi đoàn bản Hữu Kiệm nhận 3 con bò. Mô hình thể hiện vai trò của Đoàn thanh niên với người trẻ.\n", /^Đoàn thanh niên$/u],
    ["Ngày 2/6/2024, Hội Nông dân huyện Kỳ Sơn trao 3 con bò. Đây là hoạt động thường niên của Hội Nông dân.\n", /^Hội Nông dân$/u],
    ["Ngày 2/6/2024, Hội Liên hiệp Phụ nữ tỉnh Nghệ An trao 3 con bò. Việc làm này khẳng định vai trò của Hội Liên hiệp Phụ nữ.\n", /^Hội Liên hiệp Phụ nữ$/u],
  ])("drops the bare name (%#)", (sentence, bare) => {
    expect(names(`Bò giống\n\n${sentence}`, Label.Organization, "vi").some((o) => bare.test(o))).toBe(false);
  });

  it("keeps the leveled body and a bare name with no level of it in the article", () => {
    const orgs = names("Bò giống\n\nNgày 2/6/2024, Hội Nông dân huyện Kỳ Sơn trao 3 con bò.\n", Label.Organization, "vi");
    expect(orgs).toContain("Hội Nông dân huyện Kỳ Sơn");
    expect(isBareUnion("Hội Nông dân", ["Hội Phụ nữ huyện Kỳ Sơn"])).toBe(false);
    expect(isBareUnion("Đoàn Thanh niên", ["Tỉnh đoàn Nghệ An"])).toBe(true);
    expect(isBareUnion("Hội Nông dân tỉnh Nghệ An", ["Hội Nông dân huyện Kỳ Sơn"])).toBe(false);
  });
});

describe("organizations: a producer named by what it makes", () => {
  it.each([
    ["Ngày 8/5/2024, đoàn thăm cơ sở sản xuất nước mắm tại xã Hữu Kiệm.\n", "Cơ sở sản xuất nước mắm"],
    ["Ngày 8/5/2024, đoàn đến cơ sở chế biến chè ở xã Bảo Nam rồi về huyện.\n", "Cơ sở chế biến chè"],
    ["Ngày 8/5/2024, mô hình được giới thiệu tại cơ sở sản xuất bánh tráng, xã Mường Típ.\n", "Cơ sở sản xuất bánh tráng"],
    ["Ngày 8/5/2024, đoàn làm việc với cơ sở sản xuất cá khô - mực khô tại xã Hữu Kiệm.\n", "Cơ sở sản xuất cá khô - mực khô"],
  ])("reads the producer in %#", (sentence, name) => {
    expect(names(`Tham quan\n\n${sentence}`, Label.Organization, "vi")).toContain(name);
  });

  it.each([
    ["Ngày 8/5/2024, huyện Kỳ Sơn có 40 cơ sở sản xuất chè tại các xã.\n"],
    ["Ngày 8/5/2024, các cơ sở sản xuất nấm ở xã Bảo Nam được hỗ trợ vốn.\n"],
    ["Ngày 8/5/2024, xã Hữu Kiệm xây dựng cơ sở sản xuất tại thôn mới.\n"],
  ])("reads no producer from producers in general (%#)", (sentence) => {
    expect(names(`Tham quan\n\n${sentence}`, Label.Organization, "vi").some((o) => /cơ sở/iu.test(o))).toBe(false);
  });
});

describe("organizations: the initials in a project's brackets", () => {
  it.each([
    ["Seeds for Ky Son\n\nIn 2024 the farmers received seeds from the RICE Project (MARD-IFAD) in Huu Kiem commune.\n", ["MARD", "IFAD"]],
    ["Seeds for Ky Son\n\nIn 2024 the Highland Livelihoods Programme (UNDP/GEF) trained farmers in Huu Kiem commune.\n", ["UNDP", "GEF"]],
    ["Giống cho Kỳ Sơn\n\nNăm 2024, dự án nuôi bò sinh sản (SNV/IFAD) hỗ trợ 30 hộ ở xã Bảo Nam.\n", ["SNV", "IFAD"]],
    ["Giống cho Kỳ Sơn\n\nNăm 2024, Chương trình sinh kế vùng cao (JICA & KOICA) hỗ trợ xã Hữu Kiệm.\n", ["JICA", "KOICA"]],
  ])("reads each body of %#", (text, bodies) => {
    const orgs = names(text, Label.Organization, /Seeds/u.test(text) ? "en" : "vi");
    for (const b of bodies) expect(orgs).toContain(b);
  });

  it.each([
    ["Seeds for Ky Son\n\nThe RICE Project (2021-2025) gave seeds to farmers in Huu Kiem commune.\n", "en"],
    ["Giống cho Kỳ Sơn\n\nNăm 2024, dự án nuôi bò (ODA-GAP) hỗ trợ 30 hộ ở xã Bảo Nam.\n", "vi"],
  ])("reads no body from a period or the initials of a kind of thing (%#)", (text, lang) => {
    expect(names(text, Label.Organization, lang as "vi" | "en").some((o) => /^(?:ODA|GAP)$|\d/u.test(o))).toBe(false);
  });
});

describe("sentences: a town's or city's abbreviation does not end a sentence", () => {
  it.each([
    "Đoàn thăm mô hình ở xã Vĩnh Hải, TX. Vĩnh Châu và hợp tác xã ở TP. Sóc Trăng.",
    "Hợp tác xã đặt tại phường 2, Tx. Hoàng Mai, tỉnh Nghệ An.",
    "Mô hình ở TX. Cửa Lò được nhân rộng ra các xã.",
    "Họ về TP. Vinh rồi đi TX. Thái Hòa trong ngày.",
  ])("keeps %s as one sentence", (sentence) => {
    expect(splitSentences(sentence, sentence.length)).toHaveLength(1);
  });

  it.each(["Đoàn thăm ba thị xã. Tiếp đó, đoàn về huyện.", "Mô hình có ở 12 xã. TX. Cửa Lò có thêm 2 mô hình."])("still splits %s", (text) => {
    expect(splitSentences(text, text.length)).toHaveLength(2);
  });
});

describe("organizations: a list of places in brackets after “các <unit>” names one collective body", () => {
  it.each([
    ["Ngày 2/3/2024, Ban Quản lý dự án các xã (Hữu Kiệm và Bảo Nam) báo cáo kết quả.\n", "Ban Quản lý dự án các xã (Hữu Kiệm và Bảo Nam)"],
    ["Ngày 2/3/2024, Hội Nông dân các xã (Hữu Kiệm, Bảo Nam, Mường Típ) nhận 30 con bò.\n", "Hội Nông dân các xã (Hữu Kiệm, Bảo Nam, Mường Típ)"],
    ["Ngày 2/3/2024, đại diện Ban Quản lý dự án các xã (Bảo Nam, Mường Típ) phát biểu.\n", "Ban Quản lý dự án các xã (Bảo Nam, Mường Típ)"],
    ["Ngày 2/3/2024, Hội Phụ nữ các xã (Mường Típ và Hữu Kiệm) ra mắt tổ tiết kiệm.\n", "Hội Phụ nữ các xã (Mường Típ và Hữu Kiệm)"],
  ])("drafts one body in %#", (sentence, name) => {
    const orgs = names(`Tin huyện\n\n${sentence}`, Label.Organization, "vi");
    expect(orgs).toContain(name);
    expect(orgs.filter((o) => /^(?:Ban|Hội)/u.test(o))).toHaveLength(1);
  });

  it.each([["Ngày 2/3/2024, Ban Quản lý dự án các xã Hữu Kiệm và Bảo Nam báo cáo kết quả.\n"], ["Ngày 2/3/2024, Hội Nông dân các xã Hữu Kiệm, Bảo Nam nhận 30 con bò.\n"]])(
    "still drafts one body in each place without brackets (%#)",
    (sentence) => {
      expect(names(`Tin huyện\n\n${sentence}`, Label.Organization, "vi").filter((o) => /^(?:Ban|Hội)/u.test(o)).length).toBeGreaterThanOrEqual(2);
    },
  );
});

describe("organizations: one long English name cut at its “and”", () => {
  it.each([
    [
      "In May 2024 seeds paid for by the Andean Emergency Aid and Civil Protection Office (AECO) reached farmers in Huu Kiem commune. AECO staff came too.\n",
      "Andean Emergency Aid and Civil Protection Office",
    ],
    ["In May 2024 the Nordic Rural Aid and Food Security Agency (NORFA) funded goats in Huu Kiem commune.\n", "Nordic Rural Aid and Food Security Agency"],
    ["In May 2024 the Highland Relief Fund and Water Supply Department (HRWD) visited Bao Nam commune.\n", "Highland Relief Fund and Water Supply Department"],
    ["In May 2024 the Coastal Disaster Aid and Civil Defence Department (KDO) trained villagers in Muong Tip commune.\n", "Coastal Disaster Aid and Civil Defence Department"],
  ])("drafts one body for %#", (sentence, name) => {
    const orgs = names(`Seeds\n\n${sentence}`, Label.Organization, "en");
    expect(orgs).toContain(name);
    expect(orgs.filter((o) => name.includes(o) && o !== name)).toEqual([]);
  });

  it.each([
    ["In May 2024 the Ministry of Finance and the State Bank of Vietnam (SBV) visited Bao Nam commune.\n"],
    ["In May 2024 Oxfam Vietnam and Action Aid International (AAI) visited Huu Kiem commune.\n"],
  ])("keeps two bodies whose initials belong to the second (%#)", (sentence) => {
    expect(names(`Seeds\n\n${sentence}`, Label.Organization, "en").some((o) => / and /u.test(o))).toBe(false);
  });

  it("reads initials held by a name's words in order", () => {
    expect(initialsHold("SBV", "State Bank of Vietnam")).toBe(true);
    expect(initialsHold("ECHO", "Civil Protection Department")).toBe(false);
  });
});

describe("organizations: a name cut at a comma inside it", () => {
  it.each([
    ["Ngày 4/4/2024, Văn phòng điều phối, hỗ trợ Chương trình Sinh kế Kỳ Sơn (Văn phòng SK) mở lớp tại xã Hữu Kiệm.\n", "Văn phòng điều phối"],
    ["Ngày 4/4/2024, Ban quản lý, giám sát Dự án Nước sạch Bảo Nam họp tại xã Bảo Nam.\n", "Ban quản lý"],
    ["Ngày 4/4/2024, Trung tâm nghiên cứu, chuyển giao Giống cây trồng Nghệ An trao giống tại xã Mường Típ.\n", "Trung tâm nghiên cứu"],
    ["Ngày 4/4/2024, Văn phòng tư vấn, hỗ trợ Chương trình Nông thôn mới làm việc tại xã Hữu Kiệm.\n", "Văn phòng tư vấn"],
  ])("drafts no fragment in %#", (sentence, fragment) => {
    expect(names(`Tin huyện\n\n${sentence}`, Label.Organization, "vi")).not.toContain(fragment);
  });

  it("keeps names cut by a comma before another body or a clause", () => {
    const cut = (name: string, after: string) => cutAtComma(`${name}${after}`, { start: 0, end: name.length, name });
    expect(cut("Hội Nông dân huyện Kỳ Sơn", ", tư vấn Chương trình")).toBe(false);
    expect(cut("Phòng Nông nghiệp", ", phòng Tài chính")).toBe(false);
    expect(cut("Văn phòng điều phối", ", các Sở ngành")).toBe(false);
    expect(cut("Văn phòng quản lý", ", tư vấn Chương trình")).toBe(true);
  });
});

describe("organizations: a verb of presenting glued to a body's name", () => {
  it.each([
    ["Ngày 6/6/2024, giảng viên Trường Đại học Vinh trình bày các nội dung của chương trình tại xã Hữu Kiệm.\n", "Trường Đại học Vinh"],
    ["Ngày 6/6/2024, chuyên gia đến từ Viện Chăn nuôi Quốc gia giới thiệu giống bò mới tại xã Bảo Nam.\n", "Viện Chăn nuôi Quốc gia"],
    ["Ngày 6/6/2024, cán bộ Trung tâm Khuyến nông Nghệ An hướng dẫn bà con cách ủ phân ở xã Mường Típ.\n", "Trung tâm Khuyến nông Nghệ An"],
    ["Ngày 6/6/2024, đại diện Hội Nông dân tỉnh Nghệ An báo cáo kết quả năm 2023 tại xã Hữu Kiệm.\n", "Hội Nông dân tỉnh Nghệ An"],
  ])("ends the name before the verb in %#", (sentence, name) => {
    const orgs = names(`Tập huấn\n\n${sentence}`, Label.Organization, "vi");
    expect(orgs).toContain(name);
    expect(orgs.some((o) => o.startsWith(`${name} `))).toBe(false);
  });

  it("leaves a sentence-case name that holds such a word whole", () => {
    expect(gluedVerbAt("Trung tâm hướng dẫn nghiệp vụ")).toBe(-1);
    expect(gluedVerbAt("Ban chia sẻ thông tin")).toBe(-1);
    expect(gluedVerbAt("Trường Đại học Vinh trình bày")).toBe("Trường Đại học Vinh".length);
  });
});
