/**
 * The workbench's words in Vietnamese and English. Names of entities come from the graph and the
 * article; everything else is here. Error messages are chosen by extensions.code, never the API's
 * English text alone.
 */
import { OutcomeType, Role } from "@graph/graph.enums";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const UI = {
  title: { vi: "Biên tập nguồn", en: "Curate a source" },
  subtitle: { vi: "Duyệt bản nháp từ một bài báo và đăng vào đồ thị", en: "Review a draft from an article and publish it to the graph" },
  signIn: { vi: "Đăng nhập", en: "Sign in" },
  signOut: { vi: "Đăng xuất", en: "Sign out" },
  changePassword: { vi: "Đặt mật khẩu của bạn", en: "Set your password" },
  mustChangePassword: {
    vi: "{name} đang dùng mật khẩu một lần: hãy đặt mật khẩu của riêng bạn trước khi làm việc.",
    en: "{name} signed in with a one-time password: set your own before you start.",
  },
  currentPassword: { vi: "Mật khẩu một lần (hiện tại)", en: "One-time (current) password" },
  newPassword: { vi: "Mật khẩu mới", en: "New password" },
  repeatPassword: { vi: "Nhập lại mật khẩu mới", en: "New password again" },
  passwordsDiffer: { vi: "Hai mật khẩu không khớp.", en: "The two passwords differ." },
  passwordPolicy: {
    vi: "Ít nhất 12 ký tự và 5 ký tự khác nhau, khác mật khẩu hiện tại, không chứa tên đăng nhập.",
    en: "At least 12 characters, 5 of them different, not the current password, not containing the user name.",
  },
  name: { vi: "Tên đăng nhập", en: "User name" },
  password: { vi: "Mật khẩu", en: "Password" },
  entityName: { vi: "Tên", en: "Name" },
  signedInAs: { vi: "Đang đăng nhập: {name} ({role})", en: "Signed in: {name} ({role})" },
  myDrafts: { vi: "Bản nháp và nguồn của tôi", en: "My drafts and sources" },
  newDraft: { vi: "Bản nháp mới", en: "New draft" },
  noDrafts: { vi: "Chưa có bản nháp nào.", en: "No drafts yet." },
  open: { vi: "Mở", en: "Open" },
  reopen: { vi: "Mở lại để sửa", en: "Reopen to correct" },
  remove: { vi: "Gỡ nguồn", en: "Remove source" },
  confirmRemove: {
    vi: "Gỡ nguồn “{title}”? Những gì chỉ nguồn này nêu sẽ bị xoá; những gì nguồn khác cũng nêu vẫn giữ.",
    en: "Remove the source “{title}”? What only it states goes; what other sources state stays.",
  },
  removed: { vi: "Đã gỡ nguồn.", en: "Source removed." },
  untitled: { vi: "(chưa có tiêu đề)", en: "(untitled)" },
  status_OPEN: { vi: "Đang biên tập", en: "Open" },
  status_PUBLISHED: { vi: "Đã đăng", en: "Published" },
  status_REMOVED: { vi: "Đã gỡ", en: "Removed" },
  undecidedCount: { vi: "{count} đề xuất chưa duyệt", en: "{count} undecided" },
  articleText: { vi: "Nội dung bài báo", en: "Article text" },
  uploadTxt: { vi: "Hoặc tải lên tệp .txt", en: "Or upload a .txt file" },
  url: { vi: "Địa chỉ (URL)", en: "URL" },
  outlet: { vi: "Báo, trang tin", en: "Outlet" },
  language: { vi: "Ngôn ngữ", en: "Language" },
  lang_vi: { vi: "Tiếng Việt", en: "Vietnamese" },
  lang_en: { vi: "Tiếng Anh", en: "English" },
  date: { vi: "Ngày đăng", en: "Published on" },
  titleField: { vi: "Tiêu đề (tự viết, không chép)", en: "Title (your own words)" },
  createDraft: { vi: "Tạo bản nháp", en: "Create the draft" },
  creating: { vi: "Đang phân tích bài báo…", en: "Reading the article…" },
  back: { vi: "← Danh sách", en: "← List" },
  proposals: { vi: "Đề xuất", en: "Proposals" },
  kind_ENTITY: { vi: "Thực thể", en: "Entities" },
  kind_RELATIONSHIP: { vi: "Quan hệ", en: "Relationships" },
  kind_METRIC: { vi: "Số liệu", en: "Numbers" },
  kind_OUTCOME: { vi: "Kết quả", en: "Outcomes" },
  state_UNDECIDED: { vi: "Chưa duyệt", en: "Undecided" },
  state_ACCEPTED: { vi: "Đã nhận", en: "Accepted" },
  state_REJECTED: { vi: "Đã bỏ", en: "Rejected" },
  accept: { vi: "Nhận", en: "Accept" },
  reject: { vi: "Bỏ", en: "Reject" },
  edit: { vi: "Sửa", en: "Edit" },
  save: { vi: "Lưu", en: "Save" },
  cancel: { vi: "Huỷ", en: "Cancel" },
  newEntity: { vi: "Tạo mới", en: "New" },
  linkedTo: { vi: "Gắn với thực thể có sẵn", en: "Linked to an existing entity" },
  createsNew: { vi: "Sẽ tạo thực thể mới", en: "Creates a new entity" },
  id: { vi: "Mã", en: "Id" },
  props: { vi: "Thuộc tính khác (JSON)", en: "Other properties (JSON)" },
  propsInvalid: { vi: 'Phải là một đối tượng JSON, ví dụ {"orgType": "NGO"}.', en: 'Must be a JSON object, e.g. {"orgType": "NGO"}.' },
  candidates: { vi: "Thực thể có sẵn khớp", en: "Existing matches" },
  link: { vi: "Gắn", en: "Link" },
  findExisting: { vi: "Tìm thực thể có sẵn…", en: "Find an existing entity…" },
  findPlace: { vi: "Tìm địa danh (xã, huyện, tỉnh; cũ và mới)…", en: "Find a place (commune, district, province; legacy and 2025)…" },
  noMatches: { vi: "Không tìm thấy.", en: "No matches." },
  conflicts: { vi: "Nguồn khác nói khác (giữ làm nhận định)", en: "Other sources say otherwise (kept as claims)" },
  why: { vi: "Lý do", en: "Why" },
  inferred: { vi: "Suy luận", en: "Inferred" },
  inferredReason: { vi: "Lý do suy luận", en: "Why it is inferred" },
  markInferred: { vi: "Đánh dấu là suy luận", en: "Mark as inferred" },
  quoteNotFound: { vi: "không tìm thấy trích dẫn trong bài", en: "quote not found in the text" },
  selectHint: {
    vi: "Bôi đen chữ trong bài để thêm một thực thể, quan hệ, số liệu hay kết quả còn thiếu.",
    en: "Select words in the text to add a missing entity, relationship, number or outcome.",
  },
  addFromSelection: { vi: "Thêm từ đoạn chọn", en: "Add from the selection" },
  selection: { vi: "Đoạn chọn", en: "Selection" },
  add: { vi: "Thêm", en: "Add" },
  kind: { vi: "Loại", en: "Kind" },
  entityKind: { vi: "Loại thực thể", en: "Entity kind" },
  relType: { vi: "Quan hệ", en: "Relationship" },
  from: { vi: "Từ", en: "From" },
  to: { vi: "Đến", en: "To" },
  role: { vi: "Vai trò", en: "Role" },
  metric: { vi: "Chỉ số", en: "Metric" },
  value: { vi: "Giá trị", en: "Value" },
  unit: { vi: "Đơn vị", en: "Unit" },
  about: { vi: "Về", en: "About" },
  outcomeType: { vi: "Loại kết quả", en: "Outcome type" },
  takesPartIn: { vi: "Tham gia vào (tuỳ chọn)", en: "Takes part in (optional)" },
  choose: { vi: "— chọn —", en: "— choose —" },
  preview: { vi: "Xem trước khi đăng", en: "Preview before publishing" },
  previewRows: { vi: "Dòng 3W", en: "3W rows" },
  partners: { vi: "Đối tác", en: "Partners" },
  places: { vi: "Địa bàn", en: "Places" },
  problems: { vi: "Cần sửa trước khi đăng", en: "To fix before publishing" },
  noRows: { vi: "Chưa có dòng 3W nào.", en: "No 3W rows yet." },
  colOrganization: { vi: "Tổ chức", en: "Organization" },
  colRole: { vi: "Vai trò", en: "Role" },
  colActivity: { vi: "Hoạt động", en: "Activity" },
  colModel: { vi: "Mô hình", en: "Model" },
  colPlace: { vi: "Địa bàn", en: "Place" },
  publish: { vi: "Đăng", en: "Publish" },
  publishAcceptAll: { vi: "Nhận tất cả đề xuất còn lại và đăng", en: "Accept all remaining and publish" },
  published: { vi: "Đã đăng nguồn {id}.", en: "Published source {id}." },
  seeDashboard: { vi: "Xem trên bảng 3W", en: "See it on the 3W dashboard" },
  saving: { vi: "Đang lưu…", en: "Saving…" },
  loading: { vi: "Đang tải…", en: "Loading…" },
  keys: {
    vi: "Phím tắt: j/k chọn đề xuất, a nhận, r bỏ, e sửa, l tìm để gắn, p xem trước và đăng.",
    en: "Keys: j/k pick a proposal, a accept, r reject, e edit, l find to link, p preview and publish.",
  },
  noCuration: {
    vi: "Máy chủ này chưa có chức năng biên tập (không có createDraft).",
    en: "This server has no curation API yet (no createDraft).",
  },
  err_UNAUTHENTICATED: { vi: "Phiên đăng nhập đã hết hoặc sai tên, mật khẩu. Hãy đăng nhập lại.", en: "Not signed in, or a wrong name or password. Please sign in again." },
  err_FORBIDDEN: { vi: "Tài khoản của bạn không có quyền làm việc này.", en: "Your account may not do this." },
  err_BAD_USER_INPUT: { vi: "Dữ liệu chưa hợp lệ:", en: "Something is not valid:" },
  err_NOT_FOUND: { vi: "Không tìm thấy (có thể đã bị gỡ).", en: "Not found (it may have been removed)." },
  err_CONFLICT: {
    vi: "Bản nháp vừa được người khác sửa; đã tải lại bản mới nhất, hãy làm lại thao tác.",
    en: "Someone else changed the draft meanwhile; the latest version is loaded, please redo the action.",
  },
  err_RATE_LIMITED: { vi: "Quá nhiều lần thử; hãy đợi vài phút rồi thử lại.", en: "Too many attempts; wait a few minutes and try again." },
  err_SERVICE_UNAVAILABLE: {
    vi: "Máy chủ hoặc cơ sở dữ liệu đang bận, hoặc việc này chạy quá thời gian cho phép; hãy thử lại sau ít phút.",
    en: "The server or the database is busy, or this ran past its time budget; please try again in a few minutes.",
  },
  err_NETWORK: { vi: "Không kết nối được với máy chủ.", en: "Could not reach the server." },
  err_OTHER: { vi: "Đã xảy ra lỗi.", en: "Something went wrong." },
  errorCode: { vi: "Mã lỗi", en: "Error code" },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** The message for an error code; unknown codes get the generic one. */
export function errorText(lang: Lang, code: string | undefined): string {
  const key = `err_${code ?? "OTHER"}`;
  return key in UI ? t(lang, key as UiKey) : t(lang, "err_OTHER");
}

const ROLES: Record<Role, Record<Lang, string>> = {
  [Role.BENEFICIARY]: { vi: "Đối tượng thụ hưởng", en: "Beneficiary" },
  [Role.COORDINATOR]: { vi: "Điều phối", en: "Coordinator" },
  [Role.CO_IMPLEMENTER]: { vi: "Đồng thực hiện", en: "Co-implementer" },
  [Role.CO_ORGANIZER]: { vi: "Đồng tổ chức", en: "Co-organizer" },
  [Role.DELEGATION_HEAD]: { vi: "Trưởng đoàn", en: "Delegation head" },
  [Role.EXHIBITOR]: { vi: "Đơn vị trưng bày", en: "Exhibitor" },
  [Role.FUNDER]: { vi: "Nhà tài trợ", en: "Funder" },
  [Role.HOST]: { vi: "Đơn vị đón tiếp", en: "Host" },
  [Role.IMPLEMENTER]: { vi: "Đơn vị thực hiện", en: "Implementer" },
  [Role.ORGANIZER]: { vi: "Đơn vị tổ chức", en: "Organizer" },
  [Role.OWNER]: { vi: "Chủ quản", en: "Owner" },
  [Role.PARTICIPANT]: { vi: "Tham gia", en: "Participant" },
  [Role.PARTNER]: { vi: "Đối tác", en: "Partner" },
  [Role.REPORTER]: { vi: "Phóng viên", en: "Reporter" },
  [Role.SPEAKER]: { vi: "Diễn giả", en: "Speaker" },
  [Role.TRAINER]: { vi: "Giảng viên", en: "Trainer" },
};

const OUTCOMES: Record<OutcomeType, Record<Lang, string>> = {
  [OutcomeType.RESULT]: { vi: "Kết quả đạt được", en: "Result" },
  [OutcomeType.LESSON]: { vi: "Bài học", en: "Lesson" },
  [OutcomeType.CHANGE]: { vi: "Thay đổi", en: "Change" },
  [OutcomeType.NEXT_STEP]: { vi: "Bước tiếp theo", en: "Next step" },
};

const isRole = (value: string): value is Role => value in ROLES;
const isOutcome = (value: string): value is OutcomeType => value in OUTCOMES;

/** A role's label; an unknown one shows as it is. */
export const roleLabel = (lang: Lang, role: string): string => (isRole(role) ? ROLES[role][lang] : role);
export const outcomeLabel = (lang: Lang, type: string): string => (isOutcome(type) ? OUTCOMES[type][lang] : type);
export const ROLE_VALUES: readonly Role[] = Object.values(Role);
export const OUTCOME_VALUES: readonly OutcomeType[] = Object.values(OutcomeType);
