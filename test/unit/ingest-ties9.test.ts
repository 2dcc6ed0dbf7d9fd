/**
 * Round 9 (ties9): an article says once what its project or program is (the title, the lede, "trong khuôn khổ …", "thuộc
 * Chương trình …", "under the … project", "as part of …") and tells its activities in other sentences without naming it
 * again. Every article here was written for this file (a title line, a date line, a few sentences, the way provincial
 * portals, national papers and NGO sites write), each run through the whole pipeline against the small test gazetteer.
 * Rows that must draft a line (an event PART_OF the article's one project or program, the project APPLIES what its events
 * taught or handed over, the project PART_OF the program the article ties it to), and look-alikes that must not: two
 * projects, another body's or another project's activity, a program named only as background, a recalled activity.
 * Lines are read the way the gold writes them (a run's APPLIES as its owner's: asOwnersSay).
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { asOwnersSay } from "../../src/ingest/ingest.gold-score";
import type { SeedFile } from "../../src/seed/seed.schema";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel } from "../helpers/ingest-rels";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's lines as the gold writes them, "from kind:name -TYPE-> kind:name", with the seed file. */
const tiesOf = (seed: SeedFile): string[] => {
  const name = new Map(seed.entities.map((e) => [e.id, `${e.kind}:${String(e.name)}`]));
  return asOwnersSay(seed).map((r) => `${name.get(r.from) ?? r.from} -${r.type}${r.role ? `(${r.role})` : ""}-> ${name.get(r.to) ?? r.to}`);
};

const EV = /^Event:/u;
const PJ = (name: RegExp): RegExp => new RegExp(`^${Label.Project}:.*${name.source}`, "iu");
const PG = (name: RegExp): RegExp => new RegExp(`^${Label.Program}:.*${name.source}`, "iu");
const MD = (name: RegExp): RegExp => new RegExp(`^${Label.Model}:.*${name.source}`, "iu");
const ANY_PJ = new RegExp(`^${Label.Project}:`, "u");
const ANY_PG = new RegExp(`^${Label.Program}:`, "u");
const { PART_OF, APPLIES } = RelType;

interface Row {
  what: string;
  lang: "vi" | "en";
  text: string;
  /** Lines that must be drafted: [from, type, to]. */
  must?: readonly (readonly [RegExp, string, RegExp])[];
  /** Lines that must not. */
  not?: readonly (readonly [RegExp, string, RegExp])[];
}

/** (1) The article's activities under its one project, though their sentences do not name it. */
const EVENT_TO_PROJECT: readonly Row[] = [
  {
    what: "vi: the title names the project, the handover is told after",
    lang: "vi",
    text: `Dự án “Sinh kế xanh cho phụ nữ vùng cao” trao lợn giống cho hộ nghèo Kỳ Sơn

12/09/2024

Dự án “Sinh kế xanh cho phụ nữ vùng cao” do Hội Liên hiệp Phụ nữ huyện Kỳ Sơn thực hiện từ năm 2023. Ngày 10/9, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn đã bàn giao 30 con lợn giống cho 15 hộ nghèo xã Bảo Nam. Mỗi hộ được nhận 2 con lợn và 100 kg thức ăn. Các hộ cam kết chăm sóc lợn theo hướng dẫn của cán bộ thú y.`,
    must: [[EV, PART_OF, PJ(/sinh kế xanh/)]],
  },
  {
    what: "vi: a sentence of its own puts the activity within the project's frame",
    lang: "vi",
    text: `Hữu Kiệm: tập huấn trồng gừng cho đồng bào dân tộc

05/04/2024

Ngày 3/4, Trạm Khuyến nông huyện Kỳ Sơn tổ chức lớp tập huấn kỹ thuật trồng gừng cho 40 hộ dân xã Hữu Kiệm. Học viên được hướng dẫn cách chọn giống, làm đất và phòng trừ sâu bệnh. Đây là hoạt động trong khuôn khổ dự án “Phát triển cây gia vị bền vững” do tổ chức CARE tài trợ. Sau lớp học, mỗi hộ sẽ được cấp 20 kg gừng giống.`,
    must: [[EV, PART_OF, PJ(/cây gia vị/)]],
  },
  {
    what: "en: the lede says the work is under the project, the training comes two sentences later",
    lang: "en",
    text: `Women in Ky Son learn to keep accounts

18 March 2024

The Ky Son District Women's Union has been running the “Money Matters for Mountain Women” project since 2022 with funding from Oxfam. Savings groups now meet every month in three communes. On 15 March, the union held a training on household bookkeeping for 35 members in Bao Nam commune. Trainees practised recording their income and spending.`,
    must: [[EV, PART_OF, PJ(/money matters/)]],
  },
  {
    what: "vi: the disbursement sentence names the project the loans are for",
    lang: "vi",
    text: `Kỳ Sơn giải ngân vốn cho hộ nuôi bò

22/08/2023

Ngày 20/8, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Sơn phối hợp với Hội Cựu chiến binh huyện giải ngân 300 triệu đồng cho 12 hộ ở xã Mường Típ để thực hiện dự án nuôi bò vỗ béo. Mỗi hộ được vay 25 triệu đồng trong 3 năm. Các hộ sẽ được cán bộ thú y hướng dẫn chăm sóc bò.`,
    must: [[EV, PART_OF, PJ(/nuôi bò vỗ béo/)]],
  },
  {
    what: "en: the visit is told after a sentence on the project's activities",
    lang: "en",
    text: `Donor sees safe vegetable gardens in Nghe An

9 November 2023

Plan International is carrying out the project “Green Gardens for Children” in Ky Son district, Nghe An province. Activities have gone on since January in two communes. On 7 November, a delegation from the Australian Embassy visited vegetable gardens of 20 households in Huu Kiem commune. The households sell part of their vegetables to the school kitchen.`,
    must: [[EV, PART_OF, PJ(/green gardens/)]],
  },
  {
    what: "vi: the project's board hands the goats over in a sentence that says only 'dự án'",
    lang: "vi",
    text: `Nuôi dê giúp hội viên Mường Típ tăng thu nhập

14/07/2022

Dự án “Nâng cao thu nhập cho nông dân nghèo vùng biên” do Hội Nông dân tỉnh Nghệ An thực hiện tại huyện Kỳ Sơn. Ngày 12/7, Ban quản lý dự án đã bàn giao 45 con dê giống cho 15 hộ hội viên xã Mường Típ. Mỗi hộ nhận 3 con dê cái. Ông Vi Văn Lâm, một hộ nhận dê, cho biết gia đình đã làm chuồng từ trước.`,
    must: [[EV, PART_OF, PJ(/vùng biên/)]],
  },
  {
    what: "en: 'as part of' with the project in a sentence of its own after the seedling handover",
    lang: "en",
    text: `Ky Son farmers receive coffee seedlings

2 June 2024

On 30 May, the Nghe An Farmers' Union handed over 5,000 coffee seedlings to 50 households in Muong Tip commune. Each household also received fertiliser for the first year. The handover was carried out as part of the “Highland Coffee Livelihoods” project funded by the Netherlands Embassy. Farmers will be visited by extension staff every month.`,
    must: [[EV, PART_OF, PJ(/highland coffee/)]],
  },
  {
    what: "vi: 'Hoạt động nằm trong khuôn khổ dự án …' told after the training",
    lang: "vi",
    text: `Nông dân Mường Típ học ủ phân vi sinh

17/10/2024

Ngày 15/10, Hội Nông dân xã Mường Típ tổ chức lớp tập huấn ủ phân vi sinh cho 35 hội viên. Cán bộ khuyến nông hướng dẫn cách tận dụng rơm rạ và phân chuồng. Hoạt động nằm trong khuôn khổ dự án “Đất khỏe cho nương rẫy” do tổ chức Oxfam tài trợ. Mỗi hội viên được tặng 2 kg chế phẩm vi sinh.`,
    must: [[EV, PART_OF, PJ(/đất khỏe/)]],
  },
  {
    what: "en: 'The training was organised under the … project' in the sentence after it",
    lang: "en",
    text: `Farmers in Huu Kiem learn to store maize

23 October 2024

On 21 October, the Huu Kiem Commune Farmers' Union held a training on maize storage for 40 households. The training was organised under the “Safe Harvest” project funded by the Korean Embassy. Each household received two airtight bags.`,
    must: [[EV, PART_OF, PJ(/safe harvest/)]],
  },
];

/** (1) Look-alikes: no event under the project. */
const EVENT_NOT_TO_PROJECT: readonly Row[] = [
  {
    what: "vi: two projects, the training's sentence names neither",
    lang: "vi",
    text: `Kỳ Sơn triển khai hai dự án sinh kế

10/05/2024

Năm 2024, huyện Kỳ Sơn triển khai dự án “Chăn nuôi gà an toàn” tại xã Bảo Nam và dự án “Trồng cây ăn quả trên đất dốc” tại xã Hữu Kiệm. Ngày 8/5, Trạm Khuyến nông huyện tổ chức lớp tập huấn cho 30 hộ dân xã Mường Típ. Học viên được hướng dẫn cách làm phân hữu cơ.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "vi: the project is only recalled as another body's past work",
    lang: "vi",
    text: `Hội Phụ nữ Bảo Nam tập huấn làm bánh

20/10/2023

Ngày 18/10, Hội Liên hiệp Phụ nữ xã Bảo Nam tổ chức lớp tập huấn làm bánh truyền thống cho 25 hội viên. Các học viên được thực hành ngay tại lớp. Trước đây, tổ chức World Vision từng thực hiện dự án “Nước sạch cho trường học” tại xã. Hội dự kiến mở thêm lớp vào năm sau.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "en: the workshop's sentence names another project for it",
    lang: "en",
    text: `Ky Son district reviews rural roads

4 December 2023

The Ky Son District People's Committee runs the “Safe Roads for Villages” project in four communes. On 1 December, the district held a workshop to sum up another project on clean water in Huu Kiem commune, funded by JICA. Officials also discussed maintenance of water pipes.`,
    not: [[EV, PART_OF, PJ(/safe roads/)]],
  },
  {
    what: "vi: a study tour that learns from a project, the project not its own",
    lang: "vi",
    text: `Đoàn cán bộ xã Bảo Nam học tập kinh nghiệm nuôi ong

15/06/2024

Ngày 13/6, đoàn cán bộ xã Bảo Nam đi tham quan, học tập kinh nghiệm từ dự án “Nuôi ong lấy mật” của tỉnh Hà Tĩnh. Đoàn đã thăm 5 hộ nuôi ong và trao đổi về cách tách đàn. Xã dự kiến nhân rộng mô hình vào năm 2025.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "vi: the lede names the project, a later conference is another body's",
    lang: "vi",
    text: `Hữu Kiệm có thêm bể nước sạch

28/05/2024

Dự án “Nước sạch cho bản vùng cao” do tổ chức Plan International thực hiện tại xã Hữu Kiệm từ năm 2023. Đến nay, 60 hộ đã có bể chứa nước. Ngày 25/5, Hội Cựu chiến binh huyện Kỳ Sơn tổ chức hội nghị tổng kết công tác hội năm 2023 tại xã Hữu Kiệm. Hội nghị đã khen thưởng 12 hội viên.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "en: the lede names the project, a later meeting is the police's",
    lang: "en",
    text: `Savings groups grow in Bao Nam

20 May 2024

The Ky Son District Women's Union runs the “Coins for Tomorrow” project in Bao Nam commune with support from CARE. Twelve savings groups now meet every month. On 18 May, the Ky Son District Police Department held a meeting with village heads of Bao Nam on road safety. Officers handed out leaflets to the villagers.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "vi: the project named only in a plan to take the classes into it next year",
    lang: "vi",
    text: `Hội Phụ nữ Mường Típ dạy nấu ăn dinh dưỡng

11/11/2024

Ngày 9/11, Hội Liên hiệp Phụ nữ xã Mường Típ tổ chức lớp tập huấn nấu ăn dinh dưỡng cho 30 bà mẹ có con nhỏ. Các học viên được thực hành nấu cháo cho trẻ. Năm sau, các lớp học này sẽ được đưa vào dự án “Bữa ăn đủ chất cho trẻ vùng cao” của tỉnh.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
  {
    what: "en: the project named only in a hope that the training joins it",
    lang: "en",
    text: `Bao Nam youth learn to repair motorbikes

6 November 2024

On 4 November, the Bao Nam Commune Youth Union organised a training on motorbike repair for 20 young people. Each trainee practised on an old engine. The union hopes the training will become part of the “Skills for Border Youth” project next year.`,
    not: [[EV, PART_OF, ANY_PJ]],
  },
];

/** (1) With no project: the article's one program, when a sentence ties the activity to it. */
const EVENT_TO_PROGRAM: readonly Row[] = [
  {
    what: "vi: 'Đây là hoạt động thuộc Chương trình …' after the handover",
    lang: "vi",
    text: `Trao bò giống cho hộ nghèo xã Hữu Kiệm

08/03/2025

Sáng 6/3, Hội Chữ thập đỏ huyện Kỳ Sơn phối hợp với UBND xã Hữu Kiệm trao 2 con bò giống cho 2 hộ nghèo. Đây là hoạt động thuộc Chương trình “Bò giống cho bản nghèo” do Hội Chữ thập đỏ tỉnh Nghệ An phát động. Mỗi con bò trị giá 12 triệu đồng.`,
    must: [[EV, PART_OF, PG(/bò giống cho bản nghèo/)]],
  },
  {
    what: "en: the training, then the programme it belongs to in its own sentence",
    lang: "en",
    text: `Young farmers in Muong Tip learn to graft fruit trees

11 April 2024

On 9 April, the Ky Son District Youth Union organised a training on grafting for 30 young farmers in Muong Tip commune. The trainees practised on orange and pomelo trees. The activity is part of the Green Start Programme of the Central Youth Union.`,
    must: [[EV, PART_OF, PG(/green start/)]],
  },
  {
    what: "vi: the lede puts the work in the program's frame, the training told next",
    lang: "vi",
    text: `Phụ nữ Bảo Nam học cách nuôi gà thả vườn

25/09/2024

Trong khuôn khổ Chương trình “Phụ nữ vùng cao làm kinh tế” năm 2024, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn tiếp tục hỗ trợ hội viên các xã vùng biên. Ngày 23/9, Hội tổ chức lớp tập huấn kỹ thuật nuôi gà thả vườn cho 40 hội viên xã Bảo Nam. Học viên được cấp tài liệu và 10 con gà giống.`,
    must: [[EV, PART_OF, PG(/phụ nữ vùng cao/)]],
  },
];

/** (1) Look-alikes: no event under the program. */
const EVENT_NOT_TO_PROGRAM: readonly Row[] = [
  {
    what: "vi: the national program only as background, its record nationwide",
    lang: "vi",
    text: `Hữu Kiệm tập huấn trồng nấm

14/11/2023

Ngày 12/11, UBND xã Hữu Kiệm tổ chức lớp tập huấn trồng nấm rơm cho 30 hộ dân. Học viên được hướng dẫn cách ủ rơm và chăm sóc nấm. Chương trình mục tiêu quốc gia giảm nghèo bền vững đã giúp cả nước giảm tỷ lệ hộ nghèo mỗi năm hơn 1%.`,
    not: [[EV, PART_OF, ANY_PG]],
  },
  {
    what: "en: a programme named only as the province's record",
    lang: "en",
    text: `Bao Nam women learn to weave for the market

3 October 2024

On 1 October, the Bao Nam Commune Women's Union held a training on brocade weaving for 20 members. A trader from Vinh showed them which patterns sell best. Over the past decade, the New Rural Development Programme has helped Nghe An build hundreds of rural roads.`,
    not: [[EV, PART_OF, ANY_PG]],
  },
  {
    what: "vi: two programs, the handover's sentences name neither as its frame",
    lang: "vi",
    text: `Kỳ Sơn hỗ trợ giống cây cho hộ nghèo

19/04/2024

Năm 2024, huyện Kỳ Sơn thực hiện Chương trình 135 và Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Ngày 17/4, Phòng Nông nghiệp huyện Kỳ Sơn trao 2.000 cây bưởi giống cho 40 hộ xã Mường Típ. Các hộ được hướng dẫn cách trồng và chăm sóc cây.`,
    not: [[EV, PART_OF, ANY_PG]],
  },
];

/** (2) The project applies what its activities taught or handed over. */
const PROJECT_APPLIES: readonly Row[] = [
  {
    what: "vi: the project's training taught ginger growing",
    lang: "vi",
    text: EVENT_TO_PROJECT[1].text,
    must: [[PJ(/cây gia vị/), APPLIES, MD(/gừng/)]],
  },
  {
    what: "en: the project's training taught chicken raising",
    lang: "en",
    text: `Women in Huu Kiem learn chicken raising

6 May 2024

The Ky Son District Farmers' Union is carrying out the “Healthy Flocks” project with support from Heifer International. On 4 May, the union organised a training on chicken raising for 30 women in Huu Kiem commune. A veterinarian showed them how to vaccinate the birds.`,
    must: [[PJ(/healthy flocks/), APPLIES, MD(/chicken/)]],
  },
  {
    what: "vi: the project's handover gave breeding pigs for pig raising",
    lang: "vi",
    text: `Hội viên Hữu Kiệm nhận lợn giống

16/08/2024

Dự án “Thoát nghèo bền vững ở vùng biên” do tổ chức Tầm nhìn Thế giới tài trợ đang được triển khai tại huyện Kỳ Sơn. Ngày 14/8, Hội Nông dân huyện Kỳ Sơn trao lợn giống cho 20 hộ xã Hữu Kiệm để thực hiện mô hình nuôi lợn sinh sản. Mỗi hộ nhận 2 con lợn nái.`,
    must: [[PJ(/vùng biên/), APPLIES, MD(/nuôi lợn/)]],
  },
  {
    what: "en: the project's visit saw the bee-keeping model",
    lang: "en",
    text: `Donors visit bee farms in Muong Tip

21 July 2024

The “Sweet Hills” project, run by the Ky Son District Farmers' Union with funding from the Irish Embassy, supports poor households in two communes. On 19 July, a delegation of the embassy visited the bee-keeping model of 12 households in Muong Tip commune. Each household now keeps ten hives.`,
    must: [[PJ(/sweet hills/), APPLIES, MD(/bee/)]],
  },
  {
    what: "vi: the lede's project, the training on mushroom growing",
    lang: "vi",
    text: `Bảo Nam: học trồng nấm sò

03/03/2024

Từ năm 2023, dự án “Sinh kế cho thanh niên dân tộc thiểu số” được Đoàn Thanh niên huyện Kỳ Sơn triển khai tại 3 xã. Ngày 1/3, Đoàn Thanh niên huyện tổ chức lớp tập huấn kỹ thuật trồng nấm sò cho 25 đoàn viên xã Bảo Nam. Mỗi học viên được tặng 50 bịch phôi nấm.`,
    must: [[PJ(/thanh niên dân tộc/), APPLIES, MD(/nấm/)]],
  },
  {
    what: "en: the handover as part of the project gave seedlings for coffee growing",
    lang: "en",
    text: EVENT_TO_PROJECT[6].text,
    must: [[PJ(/highland coffee/), APPLIES, MD(/coffee/)]],
  },
];

/** (2) Look-alikes: the project does not apply the model. */
const PROJECT_NOT_APPLIES: readonly Row[] = [
  {
    what: "vi: two projects, the training on mushrooms is neither's by its words",
    lang: "vi",
    text: `Kỳ Sơn: hai dự án hỗ trợ thanh niên

10/10/2024

Huyện Kỳ Sơn đang triển khai dự án “Khởi nghiệp cho thanh niên vùng cao” và dự án “Nghề cho thanh niên biên giới”. Ngày 8/10, Trung tâm Giáo dục nghề nghiệp huyện tổ chức lớp tập huấn kỹ thuật trồng nấm sò cho 30 thanh niên xã Bảo Nam. Học viên được thực hành tại lớp.`,
    not: [[ANY_PJ, APPLIES, MD(/nấm/)]],
  },
  {
    what: "en: the training is another body's, the project only recalled",
    lang: "en",
    text: `Muong Tip farmers learn fish farming

12 September 2023

On 10 September, the Ky Son District Agricultural Extension Station held a training on fish farming for 30 households in Muong Tip commune. The trainees learned how to feed fingerlings. In the past, Oxfam had run the “River Livelihoods” project in a neighbouring commune.`,
    not: [[ANY_PJ, APPLIES, MD(/fish/)]],
  },
  {
    what: "vi: the handover is by another project named in its own sentence",
    lang: "vi",
    text: `Dự án “Rừng xanh Kỳ Sơn” giao khoán bảo vệ rừng

05/11/2024

Dự án “Rừng xanh Kỳ Sơn” do Hạt Kiểm lâm huyện Kỳ Sơn thực hiện giao khoán bảo vệ rừng cho 50 hộ. Ngày 3/11, dự án “Sinh kế vùng đệm” của tỉnh đã trao lợn giống cho 10 hộ xã Hữu Kiệm để thực hiện mô hình nuôi lợn sinh sản. Các hộ cam kết không phá rừng.`,
    not: [[PJ(/rừng xanh/), APPLIES, MD(/nuôi lợn/)]],
  },
  {
    what: "vi: the project's study tour saw another province's model, which the project does not run",
    lang: "vi",
    text: `Nông dân Kỳ Sơn học cách nuôi ong ở tỉnh bạn

22/04/2024

Dự án “Rừng xanh sinh kế bền” do Hội Nông dân huyện Kỳ Sơn thực hiện tại 3 xã từ năm 2023. Ngày 20/4, Hội Nông dân huyện Kỳ Sơn tổ chức cho 25 hội viên đi tham quan mô hình nuôi ong lấy mật tại tỉnh Hà Tĩnh. Các hội viên được nghe chủ trang trại chia sẻ cách chăm đàn ong qua mùa mưa.`,
    not: [[PJ(/rừng xanh/), APPLIES, MD(/ong/)]],
  },
];

/** (3) The project under the program the article ties it to, in any sentence. */
const PROJECT_TO_PROGRAM: readonly Row[] = [
  {
    what: "vi: 'Dự án là một trong các dự án thuộc Chương trình …' in a later sentence",
    lang: "vi",
    text: `Hữu Kiệm phát triển chăn nuôi bò

18/06/2024

Dự án “Hỗ trợ chăn nuôi bò sinh sản” đã được triển khai tại xã Hữu Kiệm từ tháng 3/2024. Ngày 16/6, UBND xã Hữu Kiệm bàn giao 20 con bò cho 20 hộ nghèo. Dự án này thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025. Mỗi con bò trị giá 15 triệu đồng.`,
    must: [[PJ(/chăn nuôi bò/), PART_OF, PG(/giảm nghèo/)]],
  },
  {
    what: "vi: the loans come from a fund, the project is named in the same sentence with its own verb",
    lang: "vi",
    text: EVENT_TO_PROJECT[3].text.replace("giải ngân 300 triệu đồng", "giải ngân 300 triệu đồng từ nguồn vốn Quỹ quốc gia về việc làm"),
    must: [[PJ(/nuôi bò vỗ béo/), PART_OF, PG(/việc làm/)]],
  },
  {
    what: "en: the project's funding 'as part of' a programme in a sentence that says only 'the project'",
    lang: "en",
    text: `Ky Son households plant tea on hillsides

28 February 2024

The “Tea for the Hills” project helps 60 households in Bao Nam commune grow tea on sloping land. The project is funded by the provincial budget as part of the Programme 135. On 26 February, the Ky Son District Agriculture Office handed over tea seedlings to the households.`,
    must: [[PJ(/tea for the hills/), PART_OF, PG(/135/)]],
  },
  {
    what: "vi: the event under the project, the event's sentence under the program",
    lang: "vi",
    text: `Mường Típ trao gà giống cho hộ nghèo

09/09/2024

Ngày 7/9, UBND xã Mường Típ tổ chức trao 1.000 con gà giống cho 25 hộ nghèo. Hoạt động thuộc dự án “Đa dạng hóa sinh kế” do huyện Kỳ Sơn triển khai. Kinh phí thực hiện dự án từ nguồn Chương trình 135. Các hộ được cán bộ thú y hướng dẫn tiêm phòng.`,
    must: [
      [EV, PART_OF, PJ(/đa dạng hóa/)],
      [PJ(/đa dạng hóa/), PART_OF, PG(/135/)],
    ],
  },
  {
    what: "en: the lede names the programme under which the project runs",
    lang: "en",
    text: `Clean water reaches Huu Kiem

15 August 2024

Under the National Target Programme for New Rural Development, Ky Son district is carrying out the “Water for Every Home” project in Huu Kiem commune. On 13 August, the district handed over 40 water tanks to poor households. Each tank holds two cubic metres.`,
    must: [[PJ(/water for every home/), PART_OF, PG(/new rural/)]],
  },
  {
    what: "vi: the project's frame in the sentence after it, by 'nằm trong'",
    lang: "vi",
    text: `Bảo Nam: trồng quế trên đất dốc

02/05/2024

Năm 2024, xã Bảo Nam thực hiện dự án “Trồng quế trên đất dốc” cho 30 hộ dân. Dự án nằm trong Chương trình phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ngày 30/4, xã đã cấp 15.000 cây quế giống cho các hộ.`,
    must: [[PJ(/trồng quế/), PART_OF, PG(/phát triển kinh tế/)]],
  },
];

/** (3) Look-alikes: the project is not the program's. */
const PROJECT_NOT_TO_PROGRAM: readonly Row[] = [
  {
    what: "vi: the program only as background, its record",
    lang: "vi",
    text: `Bảo Nam nuôi ong lấy mật

21/05/2024

Dự án “Nuôi ong cho hộ nghèo” do Hội Nông dân xã Bảo Nam thực hiện hỗ trợ 20 hộ. Ngày 19/5, Hội Nông dân xã trao 60 đàn ong cho các hộ. Chương trình mục tiêu quốc gia giảm nghèo bền vững đã giúp cả nước giảm hàng trăm nghìn hộ nghèo.`,
    not: [[ANY_PJ, PART_OF, ANY_PG]],
  },
  {
    what: "en: two programmes, the project's frame not said",
    lang: "en",
    text: `Huu Kiem builds a new market

10 July 2024

The Ky Son district carries out both the Programme 135 and the National Target Programme for New Rural Development this year. The “Market for the Border” project of the Huu Kiem Commune People's Committee built a new market hall. On 8 July, the commune opened the market to traders.`,
    not: [[ANY_PJ, PART_OF, ANY_PG]],
  },
  {
    what: "vi: two projects, the program's sentence names neither",
    lang: "vi",
    text: `Mường Típ triển khai hai dự án

12/03/2024

Xã Mường Típ đang thực hiện dự án “Trồng chuối tây” và dự án “Nuôi cá lồng”. Năm nay, xã cũng được hưởng nguồn vốn từ Chương trình 135. Ngày 10/3, xã trao 3.000 cây chuối giống cho 30 hộ.`,
    not: [[ANY_PJ, PART_OF, ANY_PG]],
  },
];

const ROWS: readonly (readonly [string, readonly Row[]])[] = [
  ["an event under the article's one project", EVENT_TO_PROJECT],
  ["no event under a project", EVENT_NOT_TO_PROJECT],
  ["an event under the article's one program", EVENT_TO_PROGRAM],
  ["no event under a program", EVENT_NOT_TO_PROGRAM],
  ["the project applies what its activities taught or gave", PROJECT_APPLIES],
  ["the project applies no model", PROJECT_NOT_APPLIES],
  ["the project under the program the article ties it to", PROJECT_TO_PROGRAM],
  ["the project under no program", PROJECT_NOT_TO_PROGRAM],
];

describe.each(ROWS)("ties9: %s", (_kind, rows) => {
  it.each(rows.map((r) => [r.what, r] as const))("%s", (_what, row) => {
    const lines = tiesOf(draftSeed(row.text, row.lang));
    for (const [from, type, to] of row.must ?? []) expect({ line: [from.source, type, to.source], drafted: hasRel(lines, from, type, to), lines }).toMatchObject({ drafted: true });
    for (const [from, type, to] of row.not ?? []) expect({ line: [from.source, type, to.source], drafted: hasRel(lines, from, type, to), lines }).toMatchObject({ drafted: false });
  });
});

describe("ties9: what the article does not state is marked inferred", () => {
  it("an event put under the project by another sentence carries the reason and quotes that sentence", () => {
    const seed = draftSeed(EVENT_TO_PROJECT[1].text, "vi");
    const project = seed.entities.find((e) => e.kind === Label.Project)!;
    const rel = seed.relationships.find((r) => r.type === PART_OF && r.to === project.id && seed.entities.find((e) => e.id === r.from)?.kind === Label.Event);
    expect(rel?.inferred).toEqual(expect.any(String));
    expect(rel?.quote).toContain("trong khuôn khổ");
  });

  it.each([
    ["the project under its program", PROJECT_TO_PROGRAM[5].text, "vi", PART_OF, Label.Program],
    ["the project's model, from its training", PROJECT_APPLIES[4].text, "vi", APPLIES, Label.Model],
  ] as const)("%s is inferred", (_what, text, lang, type, toKind) => {
    const seed = draftSeed(text, lang);
    const kindOf = new Map(seed.entities.map((e) => [e.id, e.kind]));
    const rel = asOwnersSay(seed).find((r) => r.type === type && kindOf.get(r.from) === Label.Project && kindOf.get(r.to) === toKind);
    expect(rel?.inferred).toEqual(expect.any(String));
  });
});
