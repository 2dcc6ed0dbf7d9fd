/**
 * The dashboard's words in Vietnamese and English. Names of organizations, models, places…
 * come from the graph (`name`, and `nameEn` where the sources give one); everything else is here.
 */

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const UI = {
  title: { vi: "Ai làm gì, ở đâu (3W)", en: "Who does what where (3W)" },
  subtitle: {
    vi: "Các hoạt động giảm nghèo theo tổ chức, mô hình, chương trình và địa bàn, kèm trích dẫn nguồn",
    en: "Poverty-reduction work by organization, model, program and place, with the source of every row",
  },
  language: { vi: "Ngôn ngữ", en: "Language" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  includeUndated: { vi: "Gồm cả hoạt động không rõ thời gian", en: "Include undated activities" },
  organization: { vi: "Tổ chức", en: "Organization" },
  model: { vi: "Mô hình", en: "Model" },
  program: { vi: "Chương trình", en: "Program" },
  place: { vi: "Địa bàn", en: "Place" },
  role: { vi: "Vai trò", en: "Role" },
  activity: { vi: "Loại hoạt động", en: "Activity kind" },
  all: { vi: "Tất cả", en: "All" },
  clear: { vi: "Bỏ lọc", en: "Clear filters" },
  download: { vi: "Tải xuống", en: "Download" },
  downloadCsv: { vi: "Bảng CSV (Excel mở được)", en: "CSV table (opens in Excel)" },
  downloadXlsx: { vi: "Bảng tính Excel", en: "Excel workbook" },
  downloadHxl: { vi: "CSV có thẻ HXL (nhân đạo)", en: "CSV with HXL hashtags (humanitarian)" },
  downloadGeojson: { vi: "Điểm trên bản đồ (GeoJSON)", en: "Map points (GeoJSON)" },
  rows: { vi: "dòng", en: "rows" },
  activities: { vi: "hoạt động", en: "activities" },
  organizations: { vi: "tổ chức", en: "organizations" },
  mapTitle: { vi: "Bản đồ theo tỉnh (34 tỉnh, thành từ 7/2025)", en: "Map by province (the 34 provinces since July 2025)" },
  colourBy: { vi: "Tô màu theo", en: "Colour by" },
  including: { vi: "gồm cả", en: "including" },
  mapFailed: { vi: "Không tải được ranh giới các tỉnh.", en: "Could not load the province boundaries." },
  mapHint: {
    vi: "Bấm vào một tỉnh hoặc một điểm xã để lọc; tỉnh cũ được tính vào tỉnh mới sau sáp nhập.",
    en: "Click a province or a commune point to filter; former provinces count in the province they merged into.",
  },
  communes: { vi: "Xã có toạ độ", en: "Communes with coordinates" },
  approximate: { vi: "toạ độ gần đúng", en: "approximate location" },
  mergedFrom: { vi: "gồm", en: "incl." },
  unplaced: { vi: "hoạt động không gắn với tỉnh nào", en: "activities without a province" },
  byOrganization: { vi: "Theo tổ chức", en: "By organization" },
  byModel: { vi: "Theo mô hình", en: "By model" },
  byRole: { vi: "Theo vai trò", en: "By role" },
  byProgram: { vi: "Theo chương trình", en: "By program" },
  none: { vi: "(không có)", en: "(none)" },
  barHint: { vi: "Số hoạt động (can thiệp và sự kiện); bấm vào cột để lọc", en: "Activities (interventions and events); click a bar to filter" },
  more: { vi: "{count} hoạt động ở các mục khác", en: "{count} more in other entries" },
  tableTitle: { vi: "Các dòng 3W", en: "3W rows" },
  colWho: { vi: "Tổ chức · vai trò", en: "Organization · role" },
  colWhat: { vi: "Hoạt động · mô hình", en: "Activity · model" },
  colWhere: { vi: "Địa bàn", en: "Place" },
  colProgram: { vi: "Chương trình · dự án", en: "Program · project" },
  colWhen: { vi: "Thời gian", en: "Period" },
  colSource: { vi: "Trích dẫn · nguồn", en: "Quote · source" },
  topics: { vi: "Chủ đề", en: "Topics" },
  forWhom: { vi: "Đối tượng", en: "For whom" },
  inferred: { vi: "Suy luận", en: "Inferred" },
  inferredHint: {
    vi: "Nguồn không nêu trực tiếp; người biên tập suy luận: {reasons}",
    en: "Not stated by the source; inferred by a curator: {reasons}",
  },
  nowIn: { vi: "nay thuộc {province}", en: "now {province}" },
  event: { vi: "Sự kiện", en: "Event" },
  noRows: { vi: "Không có dòng nào khớp với bộ lọc.", en: "No rows match the filters." },
  truncated: { vi: "Đang hiển thị {shown} / {total} dòng; tải CSV để có tất cả.", en: "Showing {shown} of {total} rows; download the CSV for all of them." },
  loading: { vi: "Đang tải…", en: "Loading…" },
  error: { vi: "Không tải được dữ liệu", en: "Could not load the data" },
  errorBadInput: {
    vi: "Bộ lọc trong liên kết không hợp lệ (mã, ngày hoặc giá trị bị sai). Hãy bỏ lọc hoặc sửa liên kết.",
    en: "The link has an invalid filter (a malformed id, date or value). Clear the filters or fix the link.",
  },
  errorRateLimited: { vi: "Có quá nhiều yêu cầu; vui lòng thử lại sau ít phút.", en: "Too many requests; please try again in a few minutes." },
  errorUnavailable: { vi: "Cơ sở dữ liệu tạm thời không phản hồi; vui lòng thử lại sau.", en: "The database is not answering at the moment; please try again later." },
  errorNetwork: { vi: "Không kết nối được với máy chủ.", en: "Could not reach the server." },
  errorOther: { vi: "Đã xảy ra lỗi khi tải dữ liệu.", en: "Something went wrong while loading the data." },
  errorCode: { vi: "Mã lỗi", en: "Error code" },
  retry: { vi: "Thử lại", en: "Try again" },
  unknownId: {
    vi: "Không tìm thấy {what} có mã “{id}”: liên kết có thể đã cũ hoặc bị gõ sai, nên kết quả bên dưới trống.",
    en: "No {what} has the id “{id}”: the link may be outdated or mistyped, so the results below are empty.",
  },
  removeFilter: { vi: "Bỏ bộ lọc này", en: "Remove this filter" },
  unavailable: { vi: "–", en: "–" },
  undated: { vi: "không rõ", en: "undated" },
  badDates: { vi: "Ngày bắt đầu sau ngày kết thúc.", en: "The start date is after the end date." },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

const ROLES: Record<string, Record<Lang, string>> = {
  BENEFICIARY: { vi: "Đối tượng thụ hưởng", en: "Beneficiary" },
  COORDINATOR: { vi: "Điều phối", en: "Coordinator" },
  CO_IMPLEMENTER: { vi: "Đồng thực hiện", en: "Co-implementer" },
  CO_ORGANIZER: { vi: "Đồng tổ chức", en: "Co-organizer" },
  DELEGATION_HEAD: { vi: "Trưởng đoàn", en: "Delegation head" },
  EXHIBITOR: { vi: "Đơn vị trưng bày", en: "Exhibitor" },
  FUNDER: { vi: "Nhà tài trợ", en: "Funder" },
  HOST: { vi: "Đơn vị đón tiếp", en: "Host" },
  IMPLEMENTER: { vi: "Đơn vị thực hiện", en: "Implementer" },
  ORGANIZER: { vi: "Đơn vị tổ chức", en: "Organizer" },
  OWNER: { vi: "Chủ quản", en: "Owner" },
  PARTICIPANT: { vi: "Tham gia", en: "Participant" },
  PARTNER: { vi: "Đối tác", en: "Partner" },
  REPORTER: { vi: "Phóng viên", en: "Reporter" },
  SPEAKER: { vi: "Diễn giả", en: "Speaker" },
  TRAINER: { vi: "Giảng viên", en: "Trainer" },
};

/** The activity kinds of the API's ActivityKind enum, in the order the filter lists them. */
export const ACTIVITIES: Record<string, Record<Lang, string>> = {
  MODEL_RUN: { vi: "Triển khai mô hình", en: "Model run" },
  TRAINING: { vi: "Tập huấn", en: "Training" },
  INFRASTRUCTURE: { vi: "Xây dựng hạ tầng", en: "Infrastructure" },
  STUDY_VISIT: { vi: "Tham quan học tập", en: "Study visit" },
  FUNDING: { vi: "Tài trợ", en: "Funding" },
  AWARENESS: { vi: "Truyền thông, nâng cao nhận thức", en: "Awareness raising" },
  SUPPORT_SERVICE: { vi: "Dịch vụ hỗ trợ", en: "Support service" },
  EVENT: { vi: "Sự kiện (hội nghị, tham quan, tập huấn…)", en: "Event (conference, study tour, training…)" },
};

/** The event types of the API's EventType enum. */
const EVENT_TYPES: Record<string, Record<Lang, string>> = {
  CONFERENCE: { vi: "Hội nghị", en: "Conference" },
  WORKSHOP: { vi: "Hội thảo", en: "Workshop" },
  TRAINING: { vi: "Tập huấn", en: "Training" },
  STUDY_TOUR: { vi: "Tham quan học tập", en: "Study tour" },
  FESTIVAL: { vi: "Lễ hội", en: "Festival" },
  MEETING: { vi: "Cuộc họp", en: "Meeting" },
  HANDOVER: { vi: "Bàn giao, trao tặng", en: "Handover" },
  FIELD_VISIT: { vi: "Thăm, khảo sát", en: "Field visit" },
  LAUNCH: { vi: "Khởi động, ra mắt", en: "Launch" },
};

/** A role's label; an unknown role (added to the API later) shows as it is. */
export const roleLabel = (lang: Lang, role: string): string => ROLES[role]?.[lang] ?? role;
export const activityLabel = (lang: Lang, activity: string): string => ACTIVITIES[activity]?.[lang] ?? activity;
export const eventTypeLabel = (lang: Lang, type: string): string => EVENT_TYPES[type]?.[lang] ?? type;

/** An entity's name in the language: English where the graph has one, else the source's. */
export function nameIn(lang: Lang, entity: { name?: string | null; nameEn?: string | null } | null | undefined): string {
  if (!entity) return "";
  return (lang === "en" && entity.nameEn) || entity.name || "";
}

/** Dates as analysts write them: 30/04/2024 in Vietnamese, 2024-04-30 in English. */
export function formatDay(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return t(lang, "undated");
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
