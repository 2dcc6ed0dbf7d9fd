/**
 * Round 6 (models6) rules for programs, projects and models: each case is a sentence written for the
 * test (never an article's), run through the whole pipeline against a small gazetteer. Every kind of
 * sentence has at least four that must draft the fact and two look-alikes that must not.
 */
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

/** The names the draft proposes for one kind, for a body sentence under a short title. */
const names = (body: string, kind: Label, lang: "vi" | "en"): string[] =>
  draftSeed(`${lang === "vi" ? "Tin Kỳ Sơn" : "News from Ky Son"}\n\n${body}\n`, lang)
    .entities.filter((e) => e.kind === kind)
    .map((e) => String(e.name));

describe("programs: a scheme (Đề án) by its quoted title or its number", () => {
  it.each([
    ["Thực hiện Đề án “Phát triển chăn nuôi nông hộ bền vững” của Tỉnh hội, xã Hữu Kiệm đã hỗ trợ 30 hộ.", "Đề án “Phát triển chăn nuôi nông hộ bền vững”"],
    ["Năm 2023, huyện Kỳ Sơn triển khai đề án “Nâng cao thu nhập cho phụ nữ vùng cao” tại ba xã.", "Đề án “Nâng cao thu nhập cho phụ nữ vùng cao”"],
    ["UBND huyện Kỳ Sơn ban hành Đề án số 12 “Hỗ trợ hộ nghèo trồng quế” trong tháng 3/2024.", "Đề án “Hỗ trợ hộ nghèo trồng quế”"],
    ["Theo Đề án 06, công an xã Bảo Nam đã cấp căn cước cho người dân trong tháng 5/2024.", "Đề án 06"],
  ])("drafts the scheme of %s", (sentence, scheme) => {
    expect(names(sentence, Label.Program, "vi")).toContain(scheme);
  });

  it.each([
    "Huyện Kỳ Sơn đang xây dựng đề án hỗ trợ sinh kế cho các hộ nghèo của xã Mường Típ.",
    "Đề án 12/ĐA-UBND của huyện Kỳ Sơn được thông qua trong tháng 4/2024.",
    "Đề án này giúp nhiều hộ ở xã Hữu Kiệm có thêm thu nhập.",
  ])("drafts no scheme from %s", (sentence) => {
    expect(names(sentence, Label.Program, "vi").filter((n) => /đề án/iu.test(n))).toEqual([]);
  });
});

describe("programs: a national fund by what it pays for", () => {
  it.each([
    ["Ngân hàng giải ngân vốn vay từ quỹ Quốc gia giải quyết việc làm cho 20 hộ ở xã Bảo Nam.", "vi", "Quỹ Quốc gia giải quyết việc làm"],
    ["Hai mươi hộ ở xã Hữu Kiệm được vay nguồn Quỹ quốc gia về việc làm để nuôi dê.", "vi", "Quỹ quốc gia về việc làm"],
    ["Năm 2024, Quỹ quốc gia hỗ trợ phát triển nông thôn cho xã Mường Típ vay 500 triệu đồng.", "vi", "Quỹ quốc gia hỗ trợ phát triển nông thôn"],
    ["In 2024 twelve families in Ky Son district borrowed from the National Employment Fund to raise goats.", "en", "National Employment Fund"],
  ] as const)("drafts the fund of %s", (sentence, lang, fund) => {
    expect(names(sentence, Label.Program, lang)).toContain(fund);
  });

  it("does not draft a body's fund as a program, nor a bare national fund", () => {
    expect(names("Hội Nông dân xã Bảo Nam cho hội viên vay từ quỹ của Hội để nuôi lợn.", Label.Program, "vi")).toEqual([]);
    expect(names("Nhiều hộ ở xã Hữu Kiệm đã được vay từ quỹ quốc gia.", Label.Program, "vi")).toEqual([]);
  });

  it("does not also draft a capitalised national fund as an organization", () => {
    const orgs = names("Năm 2024, Quỹ Quốc gia giải quyết việc làm cho 15 hộ ở xã Bảo Nam vay vốn.", Label.Organization, "vi");
    expect(orgs.filter((n) => /quốc gia/iu.test(n))).toEqual([]);
  });
});

describe("programs: a cooperation programme bounded by its period", () => {
  it.each([
    ["Lớp học thuộc chương trình hợp tác phát triển sinh kế giai đoạn 2024–2028 giữa hai bên tại xã Hữu Kiệm.", "Chương trình hợp tác phát triển sinh kế giai đoạn 2024–2028"],
    ["Hoạt động nằm trong chương trình hợp tác giai đoạn 2021-2025 giữa huyện Kỳ Sơn và một tổ chức quốc tế.", "Chương trình hợp tác giai đoạn 2021-2025"],
    ["Đây là năm đầu của chương trình hợp tác nâng cao năng lực nông dân giai đoạn 2023 - 2027 ở Kỳ Sơn.", "Chương trình hợp tác nâng cao năng lực nông dân giai đoạn 2023 - 2027"],
    ["Xã Bảo Nam được chọn cho chương trình hợp tác về nước sạch giai đoạn 2022–2026 của tỉnh.", "Chương trình hợp tác về nước sạch giai đoạn 2022–2026"],
  ])("drafts the programme of %s", (sentence, programme) => {
    expect(names(sentence, Label.Program, "vi").some((n) => n.startsWith(programme))).toBe(true);
  });

  it.each(["Huyện Kỳ Sơn mở rộng các chương trình hợp tác với nhiều tổ chức trong năm 2024.", "Xã Mường Típ tổ chức chương trình tập huấn giai đoạn 2024–2025 cho hội viên."])(
    "drafts no programme from %s",
    (sentence) => {
      expect(names(sentence, Label.Program, "vi")).toEqual([]);
    },
  );
});

describe("programs: an English campaign named in capitals", () => {
  it.each([
    ["In Ky Son district the visitors asked about the national New Rural Development campaign.", /new rural|nông thôn mới/iu],
    ["In 2024 students of Ky Son district joined the Green Summer Volunteer campaign.", /^Green Summer Volunteer campaign$/u],
    ["The district took part in the provincial Safe Food Markets campaign in May 2024.", /^Safe Food Markets campaign$/u],
    ["Women in Ky Son district were reached by the Clean Homes Clean Villages campaign.", /^Clean Homes Clean Villages campaign$/u],
  ])("drafts the campaign of %s", (sentence, name) => {
    expect(names(sentence, Label.Program, "en").some((n) => name.test(n))).toBe(true);
  });

  it.each(["Vaccination campaign work started in Ky Son district in May 2024.", "A new campaign was launched in Ky Son district, and the campaign 2024 ended in June."])(
    "drafts no campaign from %s",
    (sentence) => {
      expect(names(sentence, Label.Program, "en")).toEqual([]);
    },
  );
});

describe("projects: a quoted title after a few words of naming", () => {
  it.each([
    ["Ngày 3/4/2024, huyện Kỳ Sơn khởi động dự án mới: “Nước sạch cho bản làng” tại xã Hữu Kiệm.", "vi", "Nước sạch cho bản làng"],
    ["Năm 2024, xã Bảo Nam triển khai dự án mang tên “Bếp ấm vùng cao” cho 40 hộ.", "vi", "Bếp ấm vùng cao"],
    ["Hội Phụ nữ huyện Kỳ Sơn thực hiện dự án có tên gọi “Sinh kế xanh” từ tháng 5/2024.", "vi", "Sinh kế xanh"],
    ["In 2024 a new project called “Green Hills Livelihoods” started in Ky Son district.", "en", "Green Hills Livelihoods"],
  ] as const)("drafts the project of %s", (sentence, lang, project) => {
    expect(names(sentence, Label.Project, lang)).toContain(project);
  });

  it.each(["Giám đốc dự án: “Chúng tôi sẽ tiếp tục hỗ trợ bà con xã Mường Típ.”", "Người dân xã Hữu Kiệm nói về dự án mới: “rất thiết thực”."])(
    "drafts no titled project from %s",
    (sentence) => {
      expect(names(sentence, Label.Project, "vi").filter((n) => /chúng tôi|thiết thực/iu.test(n))).toEqual([]);
    },
  );
});

describe("projects: a number after “dự án” that counts", () => {
  it.each([
    "Lớp tập huấn dành cho Ban Quản lý dự án 4 xã: Hữu Kiệm, Bảo Nam, Mường Típ và một xã khác.",
    "BQL dự án 3 xã của huyện Kỳ Sơn họp trong tháng 6/2024.",
    "Sau dự án 3 năm, 120 hộ ở xã Bảo Nam đã có thu nhập ổn định.",
    "Huyện Kỳ Sơn khởi động dự án 2 huyện: Kỳ Sơn và một huyện lân cận, trong năm 2024.",
  ])("drafts no numbered project from %s", (sentence) => {
    expect(names(sentence, Label.Project, "vi").filter((n) => /^Dự án \d/u.test(n))).toEqual([]);
  });

  it.each([
    ["Xã Hữu Kiệm thực hiện Dự án 2: Đa dạng hóa sinh kế trong năm 2024.", /^Dự án 2/u],
    ["Huyện Kỳ Sơn triển khai Dự án 4 của Chương trình giảm nghèo tại xã Bảo Nam.", /^Dự án 4/u],
    ["Năm 2024, Dự án 3 xã Mường Típ hỗ trợ 50 hộ nuôi dê.", /^Dự án 3/u],
    ["Kết quả Dự án 3 năm 2024 ở xã Hữu Kiệm được tổng kết trong tháng 12.", /^Dự án 3/u],
  ])("still drafts the numbered project of %s", (sentence, project) => {
    expect(names(sentence, Label.Project, "vi").some((n) => project.test(n))).toBe(true);
  });
});

describe("models: raising awareness of a topic (Vietnamese)", () => {
  it.each([
    [
      "Năm 2024, xã Hữu Kiệm nâng cao nhận thức cho 300 hội viên về bình đẳng giới và phòng chống bạo lực gia đình, đồng thời hỗ trợ sinh kế.",
      "Nâng cao nhận thức về bình đẳng giới và phòng chống bạo lực gia đình",
    ],
    ["Hội Phụ nữ xã Hữu Kiệm tăng cường nhận thức về an toàn thực phẩm cho bà con trong năm 2024.", "Tăng cường nhận thức về an toàn thực phẩm"],
    ["Năm 2024, dự án nâng cao nhận thức của người dân xã Bảo Nam về biến đổi khí hậu – nông nghiệp bền vững.", "Nâng cao nhận thức về biến đổi khí hậu – nông nghiệp bền vững"],
    ["Các lớp học nhằm nâng cao nhận thức về dinh dưỡng trẻ em tại xã Mường Típ.", "Nâng cao nhận thức về dinh dưỡng trẻ em"],
  ])("drafts the model of %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "vi")).toContain(model);
  });

  it.each([
    "Lớp học nâng cao nhận thức và kỹ năng cho cán bộ xã mở tại huyện Kỳ Sơn.",
    "Nhận thức của người dân xã Bảo Nam về bảo vệ rừng đã thay đổi nhiều.",
    "Cán bộ xã Hữu Kiệm được nâng cao nhận thức về việc.",
    "Lớp tập huấn đã góp phần nâng cao nhận thức của hội viên xã Bảo Nam về an toàn thực phẩm.",
  ])("drafts no awareness model from %s", (sentence) => {
    expect(names(sentence, Label.Model, "vi").filter((n) => /nhận thức/iu.test(n))).toEqual([]);
  });
});

describe("models: raising awareness of a topic or to a purpose (English)", () => {
  it.each([
    ["The project carried out awareness raising on climate change and gender equality in Ky Son district.", "Awareness raising on climate change and gender equality"],
    ["Volunteers in Ky Son district worked to raise awareness of child rights among parents.", "Awareness raising on child rights"],
    ["In 2024 it held awareness raising sessions about safe drinking water for 200 households of Ky Son district.", "Awareness raising on safe drinking water"],
    ["The partners ran awareness raising activities with village leaders to prevent forest fires in the dry months.", "Awareness raising to prevent forest fires"],
  ])("drafts the model of %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "en")).toContain(model);
  });

  it.each([
    "Public awareness has grown in Ky Son district since 2020.",
    "Awareness raising is important, the director of the Ky Son district office said.",
    "The team went to villages of Ky Son district raising awareness to help them.",
    "The classes helped raise awareness of food safety among women in Ky Son district.",
  ])("drafts no awareness model from %s", (sentence) => {
    expect(names(sentence, Label.Model, "en").filter((n) => /awareness/iu.test(n))).toEqual([]);
  });
});

describe("models: a group named with what it is set up to do", () => {
  it.each([
    ["In 2024 the project organized parent groups to share child nutrition knowledge in Ky Son district.", "Parent groups sharing child nutrition knowledge"],
    ["Women in Ky Son district set up savings groups to exchange farming tips and seeds.", "Savings groups exchanging farming tips"],
    ["The project formed self-help groups to learn animal husbandry skills in Ky Son district.", "Self-help groups learning animal husbandry skills"],
    ["Villagers of Ky Son district joined livelihood groups to discuss market prices, and sold together.", "Livelihood groups discussing market prices"],
  ])("drafts the model of %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "en")).toContain(model);
  });

  it.each([
    ["In 2024 parent groups to receive cows were chosen in Ky Son district.", "Parent groups"],
    ["The project organized parent groups to share ideas in Ky Son district.", "Parent groups"],
  ])("keeps the group's bare name in %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "en")).toContain(model);
  });
});

describe("models: contract farming named by what it grows", () => {
  it.each([
    ["More than 50 households in Ky Son district joined contract farming with a tea company to produce organic tea for export.", "Organic tea contract farming"],
    ["The cooperative in Ky Son district expanded its contract farming model with Green Leaf to grow ginger under certified standards.", "Ginger contract farming"],
    ["In Ky Son district, contract farming to supply cassava reached 80 households in 2024.", "Cassava contract farming"],
    ["Farmers in Ky Son district engaged in contract farming to plant cinnamon with a local company.", "Cinnamon contract farming"],
  ])("drafts the model of %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "en")).toContain(model);
  });

  it.each(["Contract farming has spread in Ky Son district since 2020.", "Contract farming with the company helps households in Ky Son district to ensure stable prices."])(
    "keeps contract farming without a product in %s",
    (sentence) => {
      expect(names(sentence, Label.Model, "en")).toContain("Contract farming");
    },
  );
});

describe("models: caring for a herd, named by two or more ways of keeping it", () => {
  it.each([
    ["Năm 2024, xã Hữu Kiệm tập huấn về chăm sóc, phòng bệnh và vỗ béo đàn bò cho 40 hộ.", "Chăm sóc, phòng bệnh và vỗ béo đàn bò"],
    ["Cán bộ thú y hướng dẫn kỹ thuật chăm sóc và phòng bệnh cho đàn dê ở xã Bảo Nam.", "Chăm sóc và phòng bệnh cho đàn dê"],
    ["Hội viên xã Mường Típ học kiến thức quản lý, chăm sóc đàn lợn nái trong tháng 5/2024.", "Quản lý, chăm sóc đàn lợn"],
    ["Nông dân xã Bảo Nam được hướng dẫn kỹ thuật chăm sóc, vỗ béo bò trong năm 2024.", "Chăm sóc, vỗ béo bò"],
  ])("drafts the model of %s", (sentence, model) => {
    expect(names(sentence, Label.Model, "vi")).toContain(model);
  });

  it.each(["Gia đình chị Lan ở xã Bảo Nam chăm sóc đàn trâu rất kỹ.", "Xã Hữu Kiệm chăm sóc và quản lý rừng, phát triển đàn gia súc trong năm 2024."])(
    "drafts no herd-care model from %s",
    (sentence) => {
      expect(names(sentence, Label.Model, "vi").filter((n) => /chăm sóc|quản lý/iu.test(n))).toEqual([]);
    },
  );
});

describe("models: managing a household's money, taught or practised", () => {
  it.each([
    [
      "The savings groups of Ky Son district teach members to improve financial management of household costs and farming.",
      "en",
      "Financial management of household costs and farming",
    ],
    ["In 2024 women in Ky Son district learned household financial management from the project.", "en", "Household financial management"],
    ["The training in Ky Son district strengthened financial management for small family businesses.", "en", "Financial management for small family businesses"],
    ["Hội viên xã Bảo Nam được tập huấn kỹ năng quản lý tài chính gia đình trong tháng 5/2024.", "vi", "quản lý tài chính gia đình"],
    ["Chị em xã Hữu Kiệm được hướng dẫn cách quản lý chi tiêu của hộ gia đình.", "vi", "Quản lý tài chính gia đình"],
  ] as const)("drafts the model of %s", (sentence, lang, model) => {
    // a skill already read by the "kỹ năng …" rule keeps that rule's name
    expect(names(sentence, Label.Model, lang).some((n) => n.toLowerCase().endsWith(model.toLowerCase()))).toBe(true);
  });

  it.each([
    ["The financial management of the project in Ky Son district was reviewed by the donor.", "en"],
    ["The district financial management board of Ky Son met in May 2024.", "en"],
    ["Staff in Ky Son district were trained to improve financial management.", "en"],
    ["Phòng Tài chính huyện Kỳ Sơn quản lý tài chính của các xã.", "vi"],
  ] as const)("drafts no financial-management model from %s", (sentence, lang) => {
    expect(names(sentence, Label.Model, lang).filter((n) => /financial|tài chính/iu.test(n))).toEqual([]);
  });
});
