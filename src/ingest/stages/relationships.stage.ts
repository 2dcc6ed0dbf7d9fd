/**
 * Stage 7, relationships: proposed from what one sentence names together. Places inside the unit
 * that holds them; an office PART_OF its organization; who organized an event (before "tổ
 * chức"), who co-organized it (after "phối hợp với", or joined by "và"), who took part, where it
 * was, what it showed; who runs or funds a project, where it works, under which program, for
 * whom; who issued a document; people's positions; where an organization is and whose unit it
 * is; a model named with a place drafted as an intervention at that place; a body inside a
 * broader known one; the byline as the reporter of the main event.
 */
import { ambassadorOf, appositivePosts, bylineBody, isEmbassyName, ledOpening, postBeforeBody, reportedAfter, speechVerbAfter, titledByInitials } from "./people.rules";
import { ActivityKind, EventType, OrgType, Role } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import {
  type ArticleDraft,
  declareKnown,
  declareNew,
  type Located,
  mainProject as mainProjectOf,
  mainEvent as mainEventOf,
  relate,
  relKey,
  sentenceOf,
  spanning,
  surface,
} from "../ingest.draft";
import { levelRank } from "../ingest.gazetteer";
import { ENTITY_VERBS_COORGANIZE, ENTITY_VERBS_ORGANIZE } from "../ingest.lexicon";
import { broaderOf } from "../ingest.match";
import { capitalize, foldKey, type Span } from "../ingest.text";
import { isOneOf } from "../ingest.unknown";
import { datelinePlaces, insideNameOf } from "./places.rules";
import { clauseBefore, clauseStartBefore, listSeparatorsOnly, negatedRightBefore, REPRESENTATIVES, THANKED, unstatedCue } from "./background.rules";
import {
  bareProjectWord,
  clauseOf,
  COORDINATED_BY,
  COORDINATES,
  containerReach,
  eventNamesProject,
  jointImplementer,
  parentBody,
  partnersOf,
  OTHER_PROJECTS,
  runOfProject,
} from "./projects.rules";
import {
  cutBeforeShortName,
  datedSpanHead,
  delegationSender,
  isVisit,
  modelNamesASite,
  peopleOfBodyBefore,
  receivedFromGiver,
  stopsListEnd,
  venueBodyBefore,
  visitorsTalkedWith,
} from "./tours.rules";

const LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE", "VILLAGE"] as const;
/** A visit or a study tour: the events whose places are the places visited and whose hosts are the bodies visited. */
/** What joins two organizers' names: "và", "cùng", "cùng với", a comma, "and", with "tổ chức" (the noun) before the second. */
// (tours6) ", and the" before the last of a list of three or more ("A, B, and the C organized …")
const JOINED_NAMES = /^\s*(?:\([^)]{1,30}\)\s*)?(?:,?\s*(?:và|cùng(?: với)?|and|with)|,)?\s*(?:các\s+|the\s+)?(?:tổ chức\s+)?$/iu;

/** A verb of visiting whose object is the host: "visited", "a visit to", "đến thăm", "làm việc với/tại", "tham quan". */
const VISITED = /(?<!\p{L})(visited|visiting|a visit to|thăm và làm việc (?:với|tại)|đến thăm|làm việc (?:với|tại)|tham quan)(?!\p{L})/iu;

/** (relations2) "with (the) (financial) funding/support from", "cùng với sự tài trợ/hỗ trợ của": a co-organizing cue that is money or help. */
const WITH_FUNDING =
  /^(?:with|cùng với|together with)\s+(?:the\s+)?(?:financial\s+|technical\s+)?(?:funding|support|sponsorship|grants?|assistance|sự (?:tài trợ|hỗ trợ|giúp đỡ)|kinh phí)/iu;
/** (relations2) Taking part: "tham dự", "về dự", "dự buổi/lễ", "đại biểu", "với sự tham gia của", "attended", "participants", "delegates". */
const PARTICIPATION = /tham dự|về dự|dự (?:buổi|lễ|hội)|đại biểu|(?:sự|có) tham gia (?:của|có)|attend|participa|delegates/iu;
const PARTICIPATION_ALL = new RegExp(PARTICIPATION.source, "giu");
/** A list a cue of taking part opens, its items between semicolons: "có", "gồm", "là", "including", ":". */
const LIST_OPENS = /(?:^|\s)(?:có|gồm|bao gồm|là|including|were|are|namely)(?:\s|$)|:/iu;
/** (relations2) The visitors named by their word, as a sentence's subject or object: "Đoàn (công tác) đã …", "… tiếp đoàn", "The delegation …", "received the delegation". */
const VISITORS =
  /(?:^\s*(?:[^,.;]{0,30},\s*)?(?:đoàn(?:\s+công tác)?|the (?:delegation|visitors|mission|visiting team))(?!\p{L})|(?<!\p{L})(?:tiếp(?:\s+đón)?|đón(?:\s+tiếp)?|làm việc với|chào đón)\s+đoàn(?!\p{L})|(?:received|welcomed|hosted|met)\s+the\s+(?:delegation|visitors|mission)(?!\p{L})|(?:delegation|visitors|mission)\s+(?:was|were)\s+(?:received|welcomed|hosted)(?!\p{L}))/iu;
/** A host's verb right after its name: "(đã) tiếp/đón (tiếp) đoàn", "welcomed/received/hosted the delegation". */
const RECEIVES_AFTER =
  /^\s*(?:\([^)]{1,30}\)\s*)?(?:đã\s+|cũng\s+)?(?:(?:tiếp(?:\s+đón)?|đón(?:\s+tiếp)?|chào đón)\s+(?:và làm việc với\s+)?đoàn|(?:warmly\s+)?(?:welcomed|received|hosted)\s+the\s+(?:delegation|visitors|mission|guests))(?!\p{L})/iu;
/** A host's cue right before its name: "was received/welcomed/hosted by", "được … tiếp đón". */
const RECEIVED_BY_BEFORE =
  /(?:(?:received|welcomed|hosted)\s+by|được\s+(?:lãnh đạo\s+)?(?:tiếp đón|đón tiếp|tiếp))\s+(?:leaders\s+of\s+|representatives\s+of\s+|the\s+|lãnh đạo\s+)*$/iu;
/** The visitors' body right after their word: "đoàn công tác (của) A", "a delegation of/from A". */
const DELEGATION_OF_BEFORE = /(?<!\p{L})(?:đoàn(?:\s+công tác)?(?:\s+của)?|delegation\s+(?:of|from)|mission\s+(?:of|from))\s+(?:the\s+)?$/iu;
/** What a visit saw: "thăm mô hình", "saw", "toured", "learned about", "tìm hiểu". */
const SAW = /(?<!\p{L})(?:thăm|tìm hiểu|học hỏi|saw|seen|toured|observed|learn(?:ed|t)? (?:about|from))(?!\p{L})/iu;

/** A visit's verb right before its place: "visited (the) A", "đến thăm (và làm việc tại) xã A", "khảo sát tại A". */
const VISITED_PLACE =
  /(?<!\p{L})(?:visit(?:ed|ing|s)?|a visit to|toured|đến thăm|thăm và làm việc(?:\s+(?:tại|ở))?|khảo sát(?:\s+thực tế)?(?:\s+(?:tại|ở))?|tham quan(?:\s+(?:tại|ở))?)\s+(?:the\s+|các\s+|\d+\s+)?$/iu;

/** A place that hosts the event after it: "(Vinh city) hosted/hosts", "đăng cai (tổ chức)". */
const HOSTS_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:has\s+|have\s+|will\s+|đã\s+|sẽ\s+)?(?:hosted|hosts|host|played host to|đăng cai)(?!\p{L})/iu;

/** A name followed, in its clause, by what a funder does: "(KOICA) tài trợ", "funded". */
const FUNDS_AFTER = /^\s*\)?(?:\s*\([^)]{1,40}\))?\s*(?:đã\s+|đồng\s+)?(?:tài trợ|funded|financed|sponsored)(?!\p{L})/iu;
const fundsInItsClause = (text: string, end: number): boolean => FUNDS_AFTER.test(text.slice(end, end + 60));

/** A funder's cue right before a name: "funded by", "with funding from", "tài trợ bởi", "với sự tài trợ của", "nguồn vốn từ", "hỗ trợ kinh phí của". */
const FUNDER_BEFORE =
  /(?:(?:funded|financed|sponsored|financially\s+supported)\s+by|with\s+(?:the\s+)?(?:financial\s+)?(?:funding|support|grants?|sponsorship)\s+(?:from|of)|funding\s+from|grants?\s+from|(?:được\s+)?(?:tài trợ|viện trợ)\s+(?:bởi|của|từ)|với sự (?:tài trợ|hỗ trợ(?: tài chính| kinh phí)?|viện trợ) (?:của|từ)|(?:nguồn\s+)?(?:vốn|kinh phí)(?:\s+(?:tài trợ|viện trợ|oda|vay|hỗ trợ))?(?:\s+không hoàn lại)?\s+(?:của|từ)|hỗ trợ kinh phí (?:của|từ))\s+(?:the\s+|tổ chức\s+)?$/iu;
/** A funder's verb right after a name ("X tài trợ", "X funded"), past an acronym in parentheses. */
const FUNDER_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:đã\s+|đồng\s+)?(?:tài trợ|viện trợ|hỗ trợ kinh phí|funded|financed|sponsored)(?!\p{L})/iu;
/**
 * (rels4) A body named by its part in a project: "donor", "funder", "sponsor", "implementer", "implementing partner/agency",
 * "nhà tài trợ", "đơn vị tài trợ/thực hiện/triển khai", "cơ quan thực hiện/chủ trì"; group 1 is the noun, group 2 a word saying
 * whose part it is ("project's", "of the project", "(của) dự án").
 */
const PART_NOUN = String.raw`((?:main|principal|lead|sole|chính\s+)?(?:donor|funder|sponsor|implementer|implementing\s+(?:partner|agency|organi[sz]ation)|nhà tài trợ|đơn vị\s+(?:tài trợ|thực hiện|triển khai)|cơ quan\s+(?:thực hiện|chủ trì)))`;
const OF_PROJECT = String.raw`(\s+(?:of|for|to)\s+(?:the|this)\s+project|\s+(?:chính\s+)?(?:của\s+)?dự án(?:\s+này)?)?`;
/** "X, the project's donor", "X is the implementer of the project", "X là nhà tài trợ của dự án", (projects5) "X - the Project Donor": the noun right after the name. */
const PART_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(?:,|[-–]|\s(?:là|is|was|will be|has been|acts as|serves as|đóng vai trò|làm))\s*(?:(?:the|a|an|its)\s+)?(project's\s+|project\s+|its\s+)?${PART_NOUN}${OF_PROJECT}(?!\p{L})`,
  "iu",
);
/** "the project's donor, X", "the implementing partner is X", "nhà tài trợ dự án là X", "đơn vị thực hiện: X": the noun right before it. */
const PART_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:(?:the|this|its)\s+)?(project's\s+)?${PART_NOUN}${OF_PROJECT}\s*(?:,|:|là|is|was|will be)?\s*(?:the\s+|tổ chức\s+)?$`, "iu");
const PART_ROLE = (noun: string): Role => (/donor|funder|sponsor|tài trợ/iu.test(noun) ? Role.FUNDER : Role.IMPLEMENTER);
/** A literal matched in either case letter by letter, for a pattern that must stay case-sensitive elsewhere. */
const anyCase = (literal: string): string =>
  [...literal].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
const anyCaseOf = (literals: readonly string[]): string => `(?:${literals.map(anyCase).join("|")})`;
/** What joins a body to the one it works with: "phối hợp (với)", "cùng với", "in partnership/cooperation with". */
// (rels8) the words skipped before the cue are a capitalised place ("A tại Kỳ Sơn phối hợp với B", "A in Nghe An in cooperation
// with B") or adverbs of the same subject ("A vẫn/đã/tiếp tục phối hợp với B", "A has worked in cooperation with B"), never any
// four words ("A yêu cầu người dân phối hợp với B": the people work with B). The place's capitals need a case-sensitive pattern,
// so the words around them are matched in either case by anyCase (not by the `i` flag and `(?-i:…)`, which Node 22 lacks).
const COOPERATES = new RegExp(
  String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:${anyCaseOf(["tại", "ở", "in"])}\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}\s*)?(?:\([^)]{1,40}\)\s*)?(?:,\s*)?` +
    String.raw`(?:${anyCaseOf(["đã chủ động", "đã", "cùng", "vẫn", "cũng", "tiếp tục", "thường xuyên", "luôn", "tích cực", "chủ động", "also", "has", "have", "had", "closely", "actively", "working", "worked", "works", "work"])}\s+)*` +
    String.raw`(?:${anyCase("phối hợp")}(?:\s+(?:${anyCase("chặt chẽ")}\s+)?${anyCase("với")})?|${anyCaseOf(["cùng với", "in partnership with", "in cooperation with", "in collaboration with", "together with"])})\s+(?:${anyCaseOf(["the", "các"])}\s+)?$`,
  "u",
);
/** A sentence opening on "the project" (after a short lead such as "Besides,"): "Dự án (này) …", "The project …", "This USD-200,000 project …". */
const PROJECT_ANAPHOR = /^\s*(?:[^\s,.;]+(?:\s+[^\s,.;]+)?,\s*)?(?:dự án(?:\s+này)?(?!\s*\d)|(?:the|this)\s+(?:[^\s,.;]+(?:[,.]\d{3})*\s+){0,2}?project)(?!\p{L})/iu;
/** "Chương trình (này) được triển khai tại …", "The programme …": the project, in an article that has named no program before the sentence. */
const PROGRAM_ANAPHOR =
  /^\s*(?:[^\s,.;]+(?:\s+[^\s,.;]+)?,\s*)?(?:chương trình(?:\s+này)?|(?:the|this)\s+program(?:me)?)\s+(?:(?:sẽ|đã|đang|được|will|was|is|has been)\s+)*(?:triển khai|thực hiện|implemented|carried out|rolled out)(?!\p{L})/iu;
/** What puts an event under a program or project named after it: "trong", "thuộc", "theo", "từ nguồn", "under", "through", "to implement". */
const UNDER_PROGRAM =
  /(?:trong|thuộc|theo|từ nguồn( vốn)?( của)?|nguồn vốn|under|through|as part of|within|(?:to\s+)?(?:\p{L}+ly\s+)?implement|triển khai(?:\s+thực hiện)?)\s+(?:the\s+)?(?:khuôn khổ\s+)?(?:(?:tiểu dự án|sub-?project|component|nội dung|hợp phần)\s+\d+\s+(?:của|thuộc|of|under)\s+(?:the\s+)?)?$/iu;
/** (relations2) What puts an event under a project or program named before it, at the head of its clause: "trong khuôn khổ", "thuộc", "as part of", "under", "within", "in the framework of". */
const CONTAINER_BEFORE = /(?:^|[,;:]\s*|\s)(?:trong khuôn khổ(?:\s+(?:của|thực hiện))?|thuộc|as part of|under|within|in the framework of|in the frame of)\s+(?:the\s+)?$/iu;
/**
 * What joins an event's mention to the project its own name holds: "hội thảo khởi động dự án X", "hội nghị tổng kết Dự án X", "lễ
 * ra mắt dự án X", "a workshop to launch the project X", "a closing workshop of the project X", "the launch ceremony for the X
 * project": a few linking words (a purpose verb, "của/of/for"), then the project's head word, nothing else between.
 */
const EVENT_OF_PROJECT =
  /^\s*(?:(?:khởi động|tổng kết|ra mắt|kết thúc|sơ kết|triển khai|giới thiệu|của|cho|về|thuộc|to|launch(?:ing)?|close|closing|review(?:ing)?|kick off|introduce|introducing|of|for|on|under)\s+){0,3}(?:the\s+)?(?:dự án|chương trình|project|programme|program)?\s*[“"'‘]?\s*$/iu;
/**
 * A sentence about an event it does not name, by the speech said there: "Phát biểu tại hội thảo, …", "Tại buổi lễ, bà A phát
 * biểu …", "Speaking at the workshop, Ms A said …", "Addressing the event, Mr A …", "In his remarks at the ceremony, …": the
 * speech cue, then (after "tại/at/to", an article) the noun of the event; group 1 is the noun.
 */
const SPEECH_AT =
  /(?<!\p{L})(?:phát biểu(?:\s+(?:khai mạc|bế mạc|chỉ đạo))?(?:\s+tại)?|speaking at|spoke at|speech at|remarks at|addressing|addressed)\s+(?:the\s+|this\s+|buổi\s+)?(sự kiện|hội thảo|hội nghị|lễ|event|workshop|seminar|conference|meeting|ceremony|launch|training|course)(?!\p{L})/iu;
/** Event types an event noun can name; a noun not listed ("sự kiện", "lễ", "event", "ceremony") names whatever event the article holds. */
const NOUN_TYPES: readonly [RegExp, readonly string[]][] = [
  [/^(?:hội thảo|workshop|seminar)$/iu, [EventType.WORKSHOP]],
  [/^(?:hội nghị|conference|meeting)$/iu, [EventType.CONFERENCE, EventType.MEETING]],
  [/^(?:training|course)$/iu, [EventType.TRAINING]],
  [/^launch$/iu, [EventType.LAUNCH]],
];
/** "a different workshop", "another conference", "hội nghị khác": the event noun names another event than the article's. */
// (rels8) "a similar workshop", "hội thảo tương tự": another event of its kind
const OTHER_EVENT_BEFORE = /(?<!\p{L})(?:a different|another|other|an earlier|a previous|a similar|similar|last year's|the previous|the earlier)\s+$/iu;
const OTHER_EVENT_AFTER = /^\s*(?:khác|trước đó|năm trước|tương tự)(?!\p{L})/iu;
/**
 * An English title between a body and a person names the person's post in that body: "NAEC Director Le Van A", "the Network's
 * country director, Jane B", "JICA Deputy Representative in Vietnam C D", "UNDP Resident Representative Mr E"; nothing but the
 * title (its qualifiers, "in <Country>") between the two names. Group 1 is the title.
 */
const TITLE_BETWEEN =
  /^(?:'s|’s)?\s*,?\s*((?:(?:deputy|vice|acting|country|general|chief|senior|executive|resident|permanent|regional|national|project|programme|program)\s+)*(?:director(?:-general)?|chair(?:man|woman|person)?|president|head|representative|manager|coordinator|officer|ambassador|secretary|leader|specialist|expert|advis[eo]r|consultant)(?:\s+(?:in|to|for)\s+(?:Vietnam|Viet Nam|Việt Nam))?)\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/iu;
/**
 * A body named by its bare head right before the organizing verb, after its full name was given: "…, Hội đã tổ chức …", "…,
 * Trung tâm tổ chức thêm …", "the union organised …", "the Centre held …". Group 1 is the head; a Vietnamese head is capitalised
 * ("hội viên tổ chức" is members, not the association).
 */
const BARE_HEAD_BEFORE =
  /(?:^|[,;:]\s*|\s(?:the|The)\s+)(Trung tâm|Hội|Ban|Sở|Phòng|Hợp tác xã|HTX|[Cc]entre|[Cc]enter|[Uu]nion|[Aa]ssociation|[Dd]epartment|[Bb]oard|[Cc]ooperative|[Cc]ommittee|[Oo]ffice)\s+(?:(?:đã|sẽ|cũng|đã phối hợp|also|has|have|then|again|later)\s+)*$/u;
/**
 * Who led a delegation: "a delegation led by Mr A", "the mission, headed by B, …", "đoàn công tác do ông A, Chủ tịch …, làm trưởng
 * đoàn", "đoàn do bà B dẫn đầu": the cue right before the name (English), or "do <name> … làm trưởng đoàn/dẫn đầu" in one clause.
 */
const LED_BY_BEFORE = /(?<!\p{L})(?:led by|headed by|under the leadership of)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$/iu;
const DO_BEFORE = /(?<!\p{L})do\s+(?:(?:ông|bà|đồng chí|anh|chị)\s+)?$/iu;
const LEADS_AFTER = /^[^.;]{0,200}?(?<!\p{L})(?:làm trưởng đoàn|dẫn đầu|dẫn đoàn|làm trưởng)(?!\p{L})/iu;
const DELEGATION_WORD = /(?<!\p{L})(?:đoàn|delegation|mission|team|study tour|trip)(?!\p{L})/iu;
const DELEGATION_WORDS_ALL = new RegExp(DELEGATION_WORD.source, "giu");
/** A sentence about what was given: "được nhận/hỗ trợ/cấp", "cấp phát", "số bò", "con giống", "donated", "handed over". */
const GIVING = /được\s+(?:nhận|hỗ trợ|cấp|trao|tặng)|cấp (?:phát|miễn phí)|trao tặng|số (?:bò|gà|dê|lợn|cây|con)|con giống|cây giống|donated|handed over|were given|received/iu;
/** Where a gift came from: "từ (nguồn …) (thuộc) chương trình", "through/from the". */
const FROM_PROGRAM = /(?:(?:^|\s)từ|thuộc|nguồn (?:vốn|kinh phí)[^.;]{0,60}?thuộc|through|from)\s+(?:the\s+)?$/iu;
/** Who taught a course: "taught/trained/instructed by", "lecturers (of)", "giảng viên", "báo cáo viên", "về giảng dạy", "truyền đạt". */
const TAUGHT_BY = /(?<!\p{L})(?:taught by|trained by|instructed by|lecturers?|trainers?|giảng viên|báo cáo viên|giảng dạy|truyền đạt)(?!\p{L})/iu;
/** An organizer's verb right after its name, inside an event's name: "(X) tổ chức", "mở (3) lớp", "khai giảng", "organised", "opens". */
const OPENS_AFTER =
  /^\s*(?:\([^)]{1,30}\)\s*)?(?:đã\s+|sẽ\s+)?(?:tổ chức|mở|khai giảng|organi[sz]es|organi[sz]ed|holds|held|opens|opened|launches|launched|conducts|conducted)(?!\p{L})/iu;
/** What joins a funder to the body its funding passes through: "(EU) thông qua (Tổ chức)", "through (the)", "via". */
const THROUGH = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:thông qua|through|via)\s+(?:the\s+|tổ chức\s+)?$/iu;
/** The verbs of running a project. */
const IMPLEMENTS = /triển khai|thực hiện|implement|chủ trì|carried out|carries out|carry out|roll(?:s|ing)? out|rolled out/iu;
/** A name after "của", "of": the owner of the noun before it ("Kế hoạch … của Phòng X về triển khai …"), not the one who acts. */
const POSSESSOR_BEFORE = /(?:của|thuộc|of|under)\s+(?:the\s+)?$/iu;
/** "… , with funding from X, …": an aside naming a funder between a subject and its verb. */
const FUNDING_ASIDE = /,\s*(?:with|under|thanks to|với|nhờ)\s[^,.;]{0,30}(?:funding|support|grants?|tài trợ|viện trợ|kinh phí)[^,.;]{0,80},/iu;

/** People a place after "ở/in/of" belongs to: "cho các hộ nghèo ở thôn B", "bà A ở xã B", "20 households in B": their home, not where the event was. */
const PEOPLE_BEFORE_AT =
  /(?<!\p{L})(?:hộ(?:\s+gia đình)?|gia đình|người(?:\s+dân)?|bà con|nông dân|hội viên|đoàn viên|phụ nữ|thanh niên|học viên|ông|bà|anh|chị|em|cháu|households?|families|family|farmers?|people|women|residents?|members?|beneficiaries|villagers|youths?)(?:\s+[^\s,.;:()]+){0,5}\s+(?:ở|in|of|from)\s+(?:các\s+|\d+\s+|the\s+)?$/iu;
/** Where someone or something comes from: "đoàn công tác (đến) từ tỉnh A", "a delegation from A": never the place of what it does. */
const ORIGIN_BEFORE = /(?<!\p{L})(?:đến từ|từ|from)\s+(?:các\s+|the\s+)?$/iu;
/** A project's own verb of place: "(được) triển khai/thực hiện tại", "implemented in", "covering", "gồm": its area even in a sentence about an event. */
const PROJECT_AREA_CUE =
  /(?:triển khai|thực hiện|áp dụng|hoạt động|implemented|carried out|rolled out|operat(?:es|ing)|works?|working|runs?|running|cover(?:s|ed|ing)?|across|gồm|bao gồm|including|trên địa bàn)\s+(?:(?:tại|ở|in|at|on)\s+)?(?:các\s+|\d+\s+|the\s+)?(?:[^\s.;]+\s+){0,4}$/iu;
/** An organization's stated seat right after its name: "(,) đóng tại", "có trụ sở (chính) tại", "based in", "headquartered in", "located in". */
const SEATED_AT =
  /^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:(?:a|an|the|một|là)\s+(?:[^\s,.;()]+\s+){0,5})?(?:(?:có\s+)?trụ sở(?:\s+chính)?\s+(?:tại|ở)|đóng(?:\s+trụ sở)?\s+(?:tại|ở)|(?:is\s+|which is\s+)?(?:based|headquartered|located)\s+in)\s+(?:the\s+)?$/iu;
/** A name that is not the subject of the verb after it: a funder's, an owner's or a place's cue before it. */
const NOT_SUBJECT_BEFORE = new RegExp(
  String.raw`(?:${FUNDER_BEFORE.source.replace(/\$$/u, "")}$)|(?:(?:của|thuộc|of)\s+(?:the\s+)?$)|(?:(?:tại|ở|at)\s+(?:[^\s,.;]+\s+){0,3}$)`,
  "iu",
);
/** (relations2) A seat's cue right before a place ("đóng tại", "có trụ sở tại", "based/headquartered in"): the body's seat, never where an event was or a project works. */
const SEAT_BEFORE = /(?:đóng(?:\s+trụ sở)?\s+(?:tại|ở)|trụ sở(?:\s+chính)?\s+(?:tại|ở)|(?:based|headquartered)\s+in)\s+(?:the\s+)?$/iu;
const isSeat = (text: string, l: Span): boolean => SEAT_BEFORE.test(text.slice(Math.max(0, l.start - 30), l.start));
/** What a name is the object of: "làm việc với X tại B", "trao cho X tại B": the "tại" after it is the verb's place, not the body's. */
const OBJECT_BEFORE = /(?<!\p{L})(?:với|cho|tới|đến|to|with|for)\s+(?:the\s+|các\s+)?$/iu;

/**
 * What an organization does for a project its sentence names, from the verb between them, never a guess:
 * "X triển khai/thực hiện/implemented (the project) P" → implementer, when X is not a funder ("with funding from
 * X") or an owner ("của X"); "P do X (và Y) thực hiện/triển khai/chủ trì", "P implemented by X" → implementer;
 * "X tài trợ/funded P", "P funded by X" → funder. An aside naming a funder between the subject and the verb
 * ("A, with funding from B, implemented P") is skipped over.
 */
function projectRole(text: string, s: Span, o: Located, p: Located, orgs: readonly Located[]): { role: Role; why: string } | undefined {
  const lo = Math.min(o.end, p.end);
  const hi = Math.max(o.start, p.start);
  if (hi < lo) return undefined;
  let between = text.slice(lo, hi);
  const aside = o.start < p.start ? FUNDING_ASIDE.exec(between) : null;
  const asideAt = aside ? lo + aside.index : -1;
  const inAside = (x: Located): boolean => !!aside && x.start >= asideAt && x.end <= asideAt + aside[0].length;
  if (aside) between = between.slice(0, aside.index) + " " + between.slice(aside.index + aside[0].length);
  const lower = between.toLowerCase();
  const others = orgs.some((x) => x !== o && x.start >= lo && x.end <= hi && !inAside(x));
  const before = text.slice(Math.max(s.start, o.start - 48), o.start);
  if (FUNDER_BEFORE.test(before) || POSSESSOR_BEFORE.test(before)) {
    // a funder or an owner: a funder only through the funders' rule; an owner nothing here
    return undefined;
  }
  // (rels8) "Năm 2019, X từng tài trợ P", "X không/chưa thực hiện P", "X dự kiến/đề xuất …", "Nếu X …", "had funded", "plans to
  // implement": from the clause's start to the other end the act is negated, planned, proposed, supposed or past
  const first = Math.min(o.start, p.start);
  if (unstatedCue(`${clauseBefore(text, s.start, first)} ${between}`)) return undefined;
  if (o.start < p.start) {
    // "A phối hợp (với) B thực hiện P", "A, in partnership with B, implements P": A implements it, B with A
    const partner = orgs.find((x) => x.start > o.end && x.end <= p.start && COOPERATES.test(text.slice(o.end, x.start)));
    if (partner) {
      const rest = text.slice(partner.end, p.start);
      const between2 = orgs.some((x) => x !== partner && x.start >= partner.end && x.end <= p.start);
      if (rest.length < 48 && !between2 && IMPLEMENTS.test(rest)) return { role: Role.IMPLEMENTER, why: text.slice(o.end, p.start) };
      return undefined;
    }
    if (orgs.some((x) => x.end <= o.start && COOPERATES.test(text.slice(x.end, o.start)))) {
      if (lower.length < 48 && !others && IMPLEMENTS.test(lower)) return { role: Role.CO_IMPLEMENTER, why: `with … ${between}` };
      return undefined;
    }
    // (projects5) "A and B (, with support from C,) implemented P": every body of the list of subjects implements it
    if (others && jointImplementer(text, o, p, orgs, FUNDING_ASIDE)) return { role: Role.IMPLEMENTER, why: "a list of subjects before the implementing verb" };
    if (lower.length >= 48 || others) return undefined;
    if (/tài trợ|viện trợ|funded|funds|financed/iu.test(lower)) return { role: Role.FUNDER, why: between };
    // (projects5) "X điều phối dự án P", "X coordinates the project P"
    if (COORDINATES.test(lower)) return { role: Role.COORDINATOR, why: between };
    if (/triển khai|thực hiện|implement|xây dựng kế hoạch|chủ trì|carried out|carries out|runs|ran|roll(?:s|ing|ed)? out/iu.test(lower))
      return { role: Role.IMPLEMENTER, why: between };
    return undefined;
  }
  // the project first: "P do X thực hiện", "P implemented by X", "P funded by X"
  if (lower.length >= 120) return undefined;
  const clause = text.slice(p.end, o.start);
  if (/[.;]/.test(clause)) return undefined;
  if (/(?:implemented|carried out|run|managed|led)\s+by\s+(?:the\s+)?$/iu.test(clause)) return { role: Role.IMPLEMENTER, why: between };
  // (projects5) "P coordinated by X", "P được X điều phối"
  if (COORDINATED_BY.test(clause)) return { role: Role.COORDINATOR, why: between };
  if (/(?:funded|financed|sponsored)\s+by\s+(?:the\s+)?$|(?:được\s+)?tài trợ\s+(?:bởi|của)\s+$/iu.test(clause)) return { role: Role.FUNDER, why: between };
  // (rels4) "do (tổ chức) X thực hiện": a body's class word before its name ("Tổ chức Mầm Xanh" drafted as "Mầm Xanh")
  if (/(?:^|\s)do\s+(?:tổ chức\s+)?$/iu.test(clause) || /(?:^|\s)do\s+[^.;]{0,80}\s(?:và|cùng|,)\s*(?:tổ chức\s+)?$/iu.test(clause)) {
    // "do X thực hiện", "do A và X triển khai": the verb after X (past other names joined to it) says the part
    const after = text.slice(o.end, Math.min(s.end, o.end + 160));
    const verb =
      /^(?:\s*(?:\([^)]{1,40}\))?\s*(?:,|và|cùng)\s*[^,.;]{0,60}?)?\s*(?:\([^)]{1,40}\)\s*)?(?:phối hợp\s+)?(thực hiện|triển khai|chủ trì|làm chủ đầu tư|quản lý|tài trợ|viện trợ|(?:tổ chức\s+)?điều phối)(?!\p{L})/iu.exec(
        after,
      );
    if (verb) return { role: /tài trợ|viện trợ/iu.test(verb[1]) ? Role.FUNDER : /điều phối/iu.test(verb[1]) ? Role.COORDINATOR : Role.IMPLEMENTER, why: `do … ${verb[1]}` };
  }
  return undefined;
}

export function relateMentions(a: ArticleDraft): ArticleDraft {
  const { text, doc, places, hits, idOf, localOffices, variants, index, mentions } = a;
  const mainProject = mainProjectOf(a);
  // a delegation's sentences are the study tour's
  const studyTour = a.events.find((x) => x.type === EventType.STUDY_TOUR)?.draft;
  const fieldVisits = a.events.filter((x) => x.type === EventType.FIELD_VISIT);
  const visitEvent = studyTour ?? (fieldVisits.length === 1 ? fieldVisits[0].draft : undefined);
  const rankOf = (l: Located): number => {
    const level = a.entities.get(l.id)?.props.level;
    return isOneOf(LEVELS, level) ? levelRank(level) : 0;
  };
  /**
   * Are an event's mention and a place in one clause? Not across a ";" ("… lễ trao bò; UBND xã A tổ chức hội thảo tại xã B"), nor
   * past a new subject that acts (", and the Farmers' Union organised a workshop in B").
   */
  const sameClause = (e: Span, w: Span): boolean => {
    const [from, to] = w.start >= e.end ? [e.end, w.start] : [w.end, e.start];
    if (to <= from) return true;
    if (/;/.test(text.slice(from, to))) return false;
    // a subject that acts between a leading place and the event is the event's own ("Tại xã A, Hội … tổ chức lễ …")
    return (
      w.start < e.end ||
      ![...idOf].some(
        ([m, id]) => a.entities.get(id)?.kind === Label.Organization && m.start >= from && m.end <= to && OPENS_AFTER.test(text.slice(m.end, Math.min(to, m.end + 40))),
      )
    );
  };
  /** (rels8) Between an event's mention (with its clause's lead) and a place, a negation, plan, condition or history: not stated. */
  const placeSpokenOf = (e: Span, w: Span, sentenceStart: number): boolean =>
    !!unstatedCue(w.start >= e.end ? `${clauseBefore(text, sentenceStart, e.start)} ${text.slice(e.end, w.start)}` : text.slice(w.end, e.start));
  /** The commune a village lies in, when the draft holds it. */
  const communeOf = (id: string): string | undefined => {
    const parent = places.places.get(id)?.parentId ?? a.knowledge.gazetteer.get(id)?.parents[0];
    return parent && a.entities.has(parent) ? parent : undefined;
  };
  // places: villages and new units inside the unit that holds them
  for (const p of places.places.values()) {
    if (p.parentId) relate(a, p.id, RelType.PART_OF, p.parentId, p.quote, `${p.name} is inside ${p.parentId}: ${p.reason}`);
  }

  for (const { child, parent, quote } of localOffices) relate(a, child.id, RelType.PART_OF, parent.id, quote, `"${child.name}" is the office of "${parent.name}" in a place`);
  for (const { child, parent, quote } of variants) {
    declareKnown(a, parent, quote, `the model "${child.name}" holds its name; a form of it`);
    relate(a, child.id, RelType.PART_OF, parent.id, quote, `"${child.name}" is a form of ${parent.id} ("${parent.name}"), whose name it holds`);
  }

  // every mention with its id, places too, in text order
  const located: Located[] = [];
  for (const [m, id] of idOf) located.push({ start: m.start, end: m.end, id, kind: a.entities.get(id)?.kind ?? m.kind, mention: m });
  for (const h of hits)
    if (h.entity && a.entities.has(h.entity.id) && !located.some((l) => l.id === h.entity!.id && l.start <= h.start && h.end <= l.end))
      located.push({ start: h.start, end: h.end, id: h.entity.id, kind: h.kind });
  for (const pm of places.mentions) if (pm.placeId && a.entities.has(pm.placeId)) located.push({ start: pm.start, end: pm.end, id: pm.placeId, kind: Label.Place, place: pm });
  located.sort((a, b) => a.start - b.start);
  const inSentence = (s: Span): Located[] => located.filter((l) => l.start >= s.start && l.end <= s.end);
  const insideOrg = (l: Located, all: Located[]): boolean => all.some((o) => o.kind === Label.Organization && o !== l && o.start <= l.start && l.end <= o.end);
  const smallest = (ls: Located[]): Located[] => {
    // of places side by side, the smallest unit: "xã Tiến Xuân, huyện Thạch Thất, Hà Nội" → Tiến Xuân
    const out: Located[] = [];
    for (const l of ls) {
      const prev = out[out.length - 1];
      const near = prev && l.start - prev.end <= 16 && !/[.;\n]/.test(text.slice(prev.end, l.start));
      const rp = near ? rankOf(prev) : 0;
      const rl = near ? rankOf(l) : 0;
      // "Hòa Bình, Sơn La, Điện Biên và Bắc Kạn": units of one level side by side are a list, not an address
      const address = near && (prev.id === l.id || a.knowledge.gazetteer.isAncestor(prev.id, l.id) || a.knowledge.gazetteer.isAncestor(l.id, prev.id));
      if (near && (address || rl !== rp)) {
        if (rl > rp) out[out.length - 1] = l;
        continue;
      }
      out.push(l);
    }
    return out;
  };
  const placeAfterWord = (ls: Located[], words: RegExp, window = 16): Located[] =>
    ls.filter((l) => l.kind === Label.Place && words.test(text.slice(Math.max(0, l.start - window), l.start)));
  // "tại 3 huyện A", "covered six communes of A", "in four provinces, namely A", "covering seven northern provinces of A"
  // (rels8) whole words: "ở" inside "mở rộng sang xã A" (to expand to) is no place cue
  const COVER_AT = /(?<!\p{L})(tại|ở|trên địa bàn|địa bàn|in|across|cover(?:s|ed|ing)?|gồm|bao gồm|including)\s+(các\s+|\d+\s+|the\s+)?([^\s.;]+\s+){0,4}$/iu;
  const AT = /(?<!\p{L})(tại|ở|trên địa bàn|địa bàn|in|at)\s+(các\s+|\d+\s+)?(\S+\s+)?$/iu;

  /** What an event or project ran or trained on, drafted after every sentence as an intervention of it (the model's way: only an intervention APPLIES a model). */
  const runs: { owner: Located; model: Located; activity: ActivityKind }[] = [];
  const bodies = [...a.entities.values()].filter((x) => x.kind === Label.Organization).map((x) => ({ id: x.id, name: String(x.name) }));
  const embassies = [...a.entities.values()].filter((x) => x.kind === Label.Organization && isEmbassyName(String(x.name))).map((x) => ({ id: x.id, name: String(x.name) }));
  for (const s of doc.sentences) {
    const ls = inSentence(s);
    if (!ls.length) continue;
    const sText = text.slice(s.start, s.end);
    const lower = sText.toLowerCase();
    const orgs = ls.filter((l) => l.kind === Label.Organization && !insideOrg(l, ls));
    const people = ls.filter((l) => l.kind === Label.Person);
    let events = ls.filter((l) => l.kind === Label.Event);
    if (!events.length && studyTour && ls.some((l) => l.kind === Label.Organization && a.entities.get(l.id)?.props.orgType === OrgType.DELEGATION)) {
      const d = ls.find((l) => l.kind === Label.Organization && a.entities.get(l.id)?.props.orgType === OrgType.DELEGATION)!;
      events = [{ ...d, id: studyTour.id, kind: Label.Event }];
    }
    // (relations2) "Đoàn đã tham quan mô hình …", "The delegation was received by …", "Lãnh đạo xã tiếp đoàn": a sentence that names
    // no event but the visitors by their word speaks of the article's visit (its study tour, else its one field visit)
    const visitRef0 = events.length ? null : VISITORS.exec(sText);
    // "Đoàn Thanh niên", "Đoàn viên", "đoàn kết": a body or a word of its own, not the visitors
    const visitRef = visitRef0 && !/^\s+(?:\p{Lu}|viên|thanh|kết|thể|tụ|TN)/u.test(sText.slice(visitRef0.index + visitRef0[0].length)) ? visitRef0 : null;
    if (visitRef && visitEvent) events = [{ start: s.start + visitRef.index, end: s.start + visitRef.index + visitRef[0].length, id: visitEvent.id, kind: Label.Event }];
    // (tours6) "The two also discussed … with the local authorities of A": the visitors by another word, talking with a body
    const talkedAt = visitEvent ? visitorsTalkedWith(sText) : undefined;
    if (!events.length && visitEvent && talkedAt !== undefined) events = [{ start: s.start, end: s.start + talkedAt, id: visitEvent.id, kind: Label.Event }];
    // each event of the sentence once (a second mention of one event adds no role)
    const eachEvent = events.filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i);
    // (projects5) a bare "Dự án"/"the project" bound to a project by its name's first word means the last project named (more
    // than the bare word) before it, when that is another one
    const isBare = (l: Located): boolean => bareProjectWord(text, l, a.entities.get(l.id)?.name ?? "");
    const named = ls
      .filter((l) => l.kind === Label.Project)
      .map((l) => {
        const before = isBare(l) ? located.filter((x) => x.kind === Label.Project && x.end <= l.start && !isBare(x)).pop() : undefined;
        return before && before.id !== l.id ? { ...l, id: before.id } : l;
      });
    // "Dự án sẽ triển khai tại 3 huyện …", "The project covered six communes of …", "This USD-200,000 project will be carried out
    // in …": a sentence opening on "the project" speaks of the last project named before it (its antecedent)
    const programBefore = located.some((l) => l.kind === Label.Program && l.start < s.end);
    const anaphor = named.length ? null : (PROJECT_ANAPHOR.exec(sText) ?? (programBefore ? null : PROGRAM_ANAPHOR.exec(sText)));
    // no project named before it: the article's one project
    const onlyProject = [...a.entities.values()].filter((x) => x.kind === Label.Project);
    const antecedent = anaphor
      ? (located.filter((l) => l.kind === Label.Project && l.end <= s.start).pop() ??
        (onlyProject.length === 1 ? located.find((l) => l.kind === Label.Project && l.id === onlyProject[0].id) : undefined))
      : undefined;
    const projects = antecedent && anaphor ? [{ ...antecedent, start: s.start + anaphor.index, end: s.start + anaphor.index + anaphor[0].length, mention: undefined }] : named;
    const programs = ls.filter((l) => l.kind === Label.Program);
    const models = ls.filter((l) => l.kind === Label.Model);
    const ethnic = ls.filter((l) => l.kind === Label.EthnicGroup);
    const placesHere = ls.filter((l) => l.kind === Label.Place && !insideOrg(l, ls));
    const documents = ls.filter((l) => l.kind === Label.Document);

    // "Văn phòng Plan tại Quảng Trị", "Dự án X được triển khai tại tỉnh A", a project named "… in Son La Province": the
    // place is the body's or the project's, not the event's, when the sentence places the event somewhere else too
    const placeOfAnother = (w: Located, e: Located): boolean =>
      ls.some(
        (x) =>
          x !== e &&
          x.id !== e.id &&
          (x.kind === Label.Organization || x.kind === Label.Project) &&
          ((x.start <= w.start && w.end <= x.end) ||
            (x.end <= w.start &&
              /^\s*(?:\([^)]{1,30}\)\s*)?(?:(?:được|đã|đang|is|was|are|were|being)\s+)?(?:(?:triển khai|thực hiện|implemented|carried out|based|located)\s+)?(?:tại|ở|in|at)\s+(?:các\s+)?$/iu.test(
                text.slice(x.end, w.start),
              ))),
      );
    // "Ban Quản lý dự án của Sở …", "the board of the Department …": the second body owns the first, it is not one more actor
    const ownerOfPrevious = (o: Located): boolean => orgs.some((p) => p.end <= o.start && /^\s*(của|thuộc|trực thuộc|of|under)\s*$/iu.test(text.slice(p.end, o.start)));
    // "Phòng X - Sở Y", "Poverty Reduction Department - Department of …": after a dash, the body the one before it belongs to
    const dashOwner = (o: Located): boolean => orgs.some((p) => p.end <= o.start && /^\s*[-–]\s*$/u.test(text.slice(p.end, o.start)));
    // (rels8) "đại diện A, B và C", "representatives of A and B": a body in the list a representatives' word opens
    const represented = (o: Located): boolean => {
      const cue = [...text.slice(s.start, o.start).matchAll(REPRESENTATIVES)].pop();
      if (!cue) return false;
      const from = s.start + (cue.index ?? 0) + cue[0].length;
      let gap = text.slice(from, o.start);
      for (const x of orgs) if (x.start >= from && x.end <= o.start) gap = gap.slice(0, x.start - from) + " ".repeat(x.end - x.start) + gap.slice(x.end - from);
      return listSeparatorsOnly(gap);
    };
    // one clause's places going on from `first`: "tại 3 xã A, B và C", "in A commune of B district" (smallest() tells a list from an address)
    const goingOn = (first: Located): Located[] => {
      const out = [first];
      for (const l of placesHere.filter((x) => x.start >= first.end)) {
        const prev = out[out.length - 1];
        if (
          l.start - prev.end > 16 ||
          !/^[\s,()]*(?:(?:và|hoặc|and|or|in|of|thuộc|của)\s+)?[\s,()]*(?:(?:các\s+)?(?:xã|huyện|tỉnh|thôn|bản|the)\s+)?$/iu.test(text.slice(prev.end, l.start))
        )
          break;
        out.push(l);
      }
      return out;
    };
    // the event a place belongs to: the last event named before it in the sentence ("hội nghị tại A và lễ bàn giao tại B"); a
    // place before every event ("Tại xã A, Hội … tổ chức lễ … và lớp tập huấn …") is every event's
    const otherEventAt = (e: Span): boolean =>
      OTHER_EVENT_BEFORE.test(text.slice(Math.max(s.start, e.start - 20), e.start)) || OTHER_EVENT_AFTER.test(text.slice(e.end, Math.min(s.end, e.end + 16)));
    const eventOfPlace = (w: Located): Located | undefined => events.filter((x) => x.kind === Label.Event && x.start <= w.start).pop();
    const isOrigin = (w: Located): boolean => ORIGIN_BEFORE.test(text.slice(Math.max(s.start, w.start - 30), w.start));
    const eventPlaces = (e: Located): Located[] => {
      const cued = placeAfterWord(placesHere, AT).filter((l) => !isOrigin(l) && !isSeat(text, l));
      const etype = a.entities.get(e.id)?.props.eventType;
      // "visited Huu Kiem commune", "đến thăm xã A": the place a visit's verb takes
      const visited = isVisit(etype) ? placesHere.filter((l) => VISITED_PLACE.test(text.slice(Math.max(s.start, l.start - 40), l.start))) : [];
      // "Vinh city hosted a conference", "Thành phố Vinh đăng cai hội nghị": the host's place
      const hosting = placesHere.filter((l) => l.end <= e.start && HOSTS_AFTER.test(text.slice(l.end, Math.min(e.start, l.end + 30))));
      const out: Located[] = [];
      for (const w of [...cued, ...visited, ...hosting].sort((x, y) => x.start - y.start)) {
        if (out.includes(w)) continue;
        const owner = eventOfPlace(w);
        if (owner && owner.id !== e.id) continue;
        // another clause: after a ";" ("… lễ trao bò; UBND xã A tổ chức hội thảo tại xã B"), or after a new subject that acts
        // (", and the Farmers' Union organised a workshop in B")
        if (!sameClause(e, w)) continue;
        // "lễ khởi động … tại xã A; dự án sẽ triển khai ở 3 xã …", "a conference on the project, which runs in B": the project's area
        const gapText = text.slice(e.end, w.start);
        if (
          w.start > e.end &&
          PROJECT_AREA_CUE.test(text.slice(Math.max(s.start, w.start - 60), w.start)) &&
          (/dự án|project|programme|chương trình/iu.test(gapText) || projects.some((p) => p.end > e.start && p.end <= w.start))
        )
          continue;
        for (const l of goingOn(w)) if (!out.includes(l) && !isOrigin(l)) out.push(l);
      }
      return out;
    };
    // who organized an event, who took part
    for (const e of eachEvent) {
      // (rels8) "hội thảo năm trước/khác/tương tự", "last year's workshop", "a similar workshop": the noun names another event than
      // this one; nothing the sentence says of it is this event's
      if (otherEventAt(e)) continue;
      // (tours6) a span that opens on the event's date and holds its verb ("từ 11/4 đến 15/4, A phối hợp với B đã tổ chức chuyến
      // đi"): the event starts at its noun, after the verb, so the bodies before the verb are its organizers
      const evStart = e.start - s.start + datedSpanHead(text.slice(e.start, e.end), ENTITY_VERBS_ORGANIZE);
      // (rels8) "tổ chức" right before a body's name is the class word ("và tổ chức Oxfam đã tham dự"), not the verb
      const classWord = (at: number, v: string): boolean =>
        v === "tổ chức" && orgs.some((o) => [o.start, o.mention?.quote?.start ?? -1].some((x) => x - s.start > at && x - s.start <= at + v.length + 1));
      const verbAt = (list: readonly string[], before: number): number => {
        let best = -1;
        for (const v of list) {
          for (let at = lower.indexOf(v); at >= 0; at = lower.indexOf(v, at + 1)) {
            if (at < before && !/\p{L}/u.test(lower[at + v.length] ?? " ") && !/\p{L}/u.test(lower[at - 1] ?? " ") && !classWord(at, v)) best = Math.max(best, at);
          }
        }
        return best;
      };
      const organizeAt = verbAt(ENTITY_VERBS_ORGANIZE, evStart + 1);
      const withAt0 = verbAt(ENTITY_VERBS_COORGANIZE, organizeAt >= 0 ? organizeAt : evStart);
      // (relations2) "with funding/support from X", "cùng với sự tài trợ của X": money or help, not a partner in organizing
      const withAt = withAt0 >= 0 && WITH_FUNDING.test(lower.slice(withAt0)) ? -1 : withAt0;
      // (rels8) "được tổ chức bởi X" as "organised by X" (not "bởi vì", because)
      const byAt = /(?<!\p{L})(do|by|bởi)(?!\p{L})(?!\s+(?:vì|lẽ|thế|vậy)(?!\p{L}))/iu.exec(lower.slice(evStart));
      const given = new Set<string>();
      if (organizeAt >= 0) {
        // "… do <donor> tài trợ, ngày D/M, Ban Quản lý dự án … đã tổ chức …": a funder named in its own clause is not the organizer
        const actors = orgs.filter(
          (o) =>
            o.end - s.start <= organizeAt + 1 &&
            !(o.mention?.quote && o.mention.quote.start - s.start === organizeAt) &&
            !fundsInItsClause(text, o.end) &&
            !ownerOfPrevious(o) &&
            // (relations2) not the verb's subject: a funder in an aside ("với sự tài trợ của X, …"), an owner ("thực hiện kế hoạch của
            // X, …"), a place phrase ("tại hội trường X, …")
            !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(s.start, o.start - 48), o.start)) &&
            // (events5) the speaker's body before "cho biết, …" / "said …": the organizing verb is in what was said
            !reportedAfter(text.slice(o.end, s.start + organizeAt)) &&
            // (rels8) nor a body of a list "đại diện/representatives of" opens: it sent people, it did not organize
            !represented(o),
        );
        // (rels8) "A không/chưa tổ chức …", "A dự kiến tổ chức …", "A từng tổ chức …": the organizing is not stated
        const unstated = actors.length ? unstatedCue(clauseBefore(text, s.start, actors[0].start, s.start + organizeAt + 16)) : undefined;
        if (unstated) actors.length = 0;
        // (rels8) "X hosted a workshop organised by Y": X hosted it, Y (after "by") organized it
        const hostOnly = lower.startsWith("hosted", organizeAt) && /(?:organi[sz]ed|convened)\s+by(?!\p{L})/iu.test(lower.slice(evStart));
        const lead = actors.filter((o) => withAt < 0 || o.start - s.start < withAt);
        const co = actors.filter((o) => withAt >= 0 && o.start - s.start > withAt);
        const organizer = lead[0];
        if (organizer && hostOnly) {
          relate(a, organizer.id, RelType.INVOLVED_IN, e.id, spanning(organizer, e), `host: "${surface(a, organizer)}" hosted the event another body organized`, {
            role: Role.HOST,
          });
          given.add(organizer.id);
        } else if (organizer) {
          relate(
            a,
            organizer.id,
            RelType.INVOLVED_IN,
            e.id,
            spanning(organizer, e),
            `organizer: "${surface(a, organizer)}" before "${sText.slice(organizeAt, organizeAt + 8).trim()}…" the event in one sentence`,
            { role: Role.ORGANIZER },
          );
          given.add(organizer.id);
        }
        // "A and B organized …": B organized it with A
        // "A, B cùng tổ chức C đã tổ chức …": "tổ chức" before a name is the word "organization", not the verb
        for (let k = 1; k < lead.length; k++) {
          // the owner after "của" belongs to the name before it: "A của B, C cùng …" joins A and C
          const owners = orgs.filter((o) => o.start >= lead[k - 1].end && o.end <= lead[k].start && ownerOfPrevious(o));
          const gap = text.slice(Math.max(lead[k - 1].end, ...owners.map((o) => o.end)), lead[k].start);
          if (gap.trim().length <= 8 || JOINED_NAMES.test(gap)) co.unshift(lead[k]);
        }
        for (const c of co) {
          // (tours6) a name cut short before the body's short name in a parenthesis: one body, drafted once by its short name
          if (co.some((x) => x.id !== c.id && cutBeforeShortName(text, c, x))) continue;
          relate(
            a,
            c.id,
            RelType.INVOLVED_IN,
            e.id,
            spanning(c, e),
            `co-organizer: "${surface(a, c)}" after "${sText.slice(withAt, withAt + 12).trim()}" in the sentence organizing the event`,
            { role: Role.CO_ORGANIZER },
          );
          given.add(c.id);
        }
      }
      // "Hội Nông dân tỉnh A … . Ngày D/M, Hội đã tổ chức lớp …", "the union organised …": the one body the article named before
      // with that head (two bodies of that head: nothing)
      const bare = !given.size && organizeAt >= 0 ? BARE_HEAD_BEFORE.exec(sText.slice(0, organizeAt)) : null;
      if (bare) {
        const head = bare[1].toLowerCase();
        const headAt = s.start + bare.index + bare[0].indexOf(bare[1]);
        const headWord = new RegExp(`(?<!\\p{L})${head}(?!\\p{L})`, "u");
        const named = located.filter((l) => l.kind === Label.Organization && l.end <= headAt && headWord.test((a.entities.get(l.id)?.name ?? "").toLowerCase()));
        const ids = [...new Set(named.map((l) => l.id))];
        if (ids.length === 1) {
          relate(
            a,
            ids[0],
            RelType.INVOLVED_IN,
            e.id,
            spanning({ start: Math.min(headAt, e.start), end: Math.max(headAt + bare[1].length, e.end) }, e),
            `organizer: "${bare[0].trim()}" before "${sText.slice(organizeAt, organizeAt + 8).trim()}…", the one body of that head named before`,
            {
              role: Role.ORGANIZER,
            },
          );
          given.add(ids[0]);
        }
      }
      // an event named by its whole clause, the body first: "Trung tâm X mở 3 lớp dạy nghề", "Hội ND tỉnh tổ chức hội nghị …"
      if (!given.size)
        for (const o of orgs.filter((x) => x.start >= e.start && x.end <= e.end && x.id !== e.id)) {
          if (!OPENS_AFTER.test(text.slice(o.end, Math.min(e.end, o.end + 40)))) continue;
          relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `organizer: "${surface(a, o)}" opens the event's own name`, { role: Role.ORGANIZER });
          given.add(o.id);
          break;
        }
      // (relations2) "was received/welcomed/hosted/led by X": X received or led the visitors, it did not organize the event
      if (
        byAt &&
        // (rels8) nor "taught/trained/chaired/moderated by X": X taught or chaired it
        !/(?:received|welcomed|greeted|hosted|accompanied|led|headed|guided|attended|joined|visited|praised|funded|financed|sponsored|supported|taught|trained|instructed|chaired|moderated|facilitated)\s+$/iu.test(
          lower.slice(0, evStart + byAt.index),
        )
      ) {
        const after = orgs.find((o) => o.start - s.start > evStart + byAt.index && !given.has(o.id));
        // "Hội nghị do X tài trợ": funded by X (the funders' rule), not organized
        const funded = after && /^\s*(?:\([^)]{1,20}\)\s*)?(?:tài trợ|viện trợ|funded|financed|sponsored)/iu.test(text.slice(after.end, after.end + 30));
        if (after && !funded && after.start - (s.start + evStart + byAt.index) < 40 && !/[;]/u.test(text.slice(s.start + evStart + byAt.index, after.start))) {
          relate(a, after.id, RelType.INVOLVED_IN, e.id, spanning(after, e), `organizer: "${byAt[1]} ${surface(a, after)}" after the event`, { role: Role.ORGANIZER });
          given.add(after.id);
          // "launched by A (under B) and C": C did it with A; B, the body A is under, did not
          let prev = after;
          for (const next of orgs.filter((o) => o.start > after.end && !given.has(o.id))) {
            const gap = text.slice(prev.end, next.start);
            if (/^\s*(?:\([^)]{1,30}\)\s*)?(?:under|of|thuộc|trực thuộc)\s+(?:the\s+)?$/iu.test(gap)) {
              prev = next;
              continue;
            }
            if (!/^\s*(?:\([^)]{1,30}\)\s*)?(?:,|and|và|cùng|with)\s*(?:the\s+)?$/iu.test(gap)) break;
            relate(a, next.id, RelType.INVOLVED_IN, e.id, spanning(next, e), `co-organizer: "${surface(a, next)}" joined to the organizer after "${byAt[1]}"`, {
              role: Role.CO_ORGANIZER,
            });
            given.add(next.id);
            prev = next;
          }
        }
      }
      // "A visited communities of B", "đoàn đến thăm và làm việc với B": B is visited, the visit's host (not a participant)
      const etype = a.entities.get(e.id)?.props.eventType;
      if (isVisit(etype)) {
        // (relations2) who received the visitors: "Lãnh đạo UBND xã A (đã) tiếp/đón đoàn", "A welcomed the delegation" (the body right
        // before the verb), "was received/welcomed/hosted by A" (the bodies right after it); who came: "đoàn công tác (của) A", "a
        // delegation of/from A"
        for (const o of orgs) {
          if (given.has(o.id)) continue;
          const after = text.slice(o.end, Math.min(s.end, o.end + 40));
          const before = text.slice(Math.max(s.start, o.start - 40), o.start);
          if (RECEIVES_AFTER.test(after) || RECEIVED_BY_BEFORE.test(before)) {
            relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `host: "${surface(a, o)}" received the visitors`, { role: Role.HOST });
            given.add(o.id);
          } else if (DELEGATION_OF_BEFORE.test(before) && !ls.some((d) => d.kind === Label.Organization && a.entities.get(d.id)?.props.orgType === OrgType.DELEGATION)) {
            relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `participant: the visitors are "${before.trim().slice(-24)} ${surface(a, o)}"`, { role: Role.PARTICIPANT });
            given.add(o.id);
          }
        }
        const visit = VISITED.exec(sText);
        if (visit) {
          const clauseEnd = sText.slice(visit.index).search(/[;.]/u);
          // (tours6) the list of stops goes on over ";" while each item opens on a body, a visit verb or a model
          const until =
            clauseEnd < 0
              ? sText.length
              : stopsListEnd(
                  sText,
                  visit.index + clauseEnd,
                  orgs.map((o) => o.start - s.start),
                );
          for (const o of orgs) {
            const at = o.start - s.start;
            if (given.has(o.id) || at < visit.index + visit[0].length || at > until) continue;
            relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `host: "${surface(a, o)}" after "${visit[0]}"`, { role: Role.HOST });
            given.add(o.id);
          }
        }
        // (tours6) the visitors talked with these bodies ("discussed … with the local authorities of A"): they took part
        if (talkedAt !== undefined)
          for (const o of orgs) {
            const at = o.start - s.start;
            if (given.has(o.id) || at < talkedAt || /[;]/u.test(sText.slice(talkedAt, at))) continue;
            relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `participant: the visitors talked with "${surface(a, o)}"`, { role: Role.PARTICIPANT });
            given.add(o.id);
          }
      }
      // (tours6) "households received 3,000 plants from A", "các hộ nhận được 20 con bò từ A": A gave them, the handover's organizer
      if (!given.size && a.entities.get(e.id)?.props.eventType === EventType.HANDOVER) {
        const giver = orgs.find((o) => o.start >= e.start && receivedFromGiver(text.slice(e.start, o.start)));
        if (giver) {
          relate(a, giver.id, RelType.INVOLVED_IN, e.id, spanning(giver, e), `organizer: the things were received from "${surface(a, giver)}"`, { role: Role.ORGANIZER });
          given.add(giver.id);
        }
      }
      // (tours6) "tập huấn … cho các cán bộ thuộc A", "a course for officials of A": A's people took part (not a handover's receivers)
      if (etype !== EventType.HANDOVER)
        for (const o of orgs) {
          if (given.has(o.id) || o.start < e.end || !peopleOfBodyBefore(text.slice(Math.max(e.start, o.start - 80), o.start))) continue;
          relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `participant: the event was for people of "${surface(a, o)}"`, { role: Role.PARTICIPANT });
          given.add(o.id);
        }
      // (tours6) "tại Hội trường A", "at the hall of A": the body whose hall or seat the event was held in hosted it
      for (const o of orgs) {
        if (given.has(o.id) || !venueBodyBefore(text.slice(Math.max(s.start, o.start - 40), o.start))) continue;
        relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `host: the event was held in the hall or seat of "${surface(a, o)}"`, {
          role: Role.HOST,
          inferred: "The event was held on the body's premises; it is taken as the host.",
        });
        given.add(o.id);
      }
      // "taught by lecturers of X", "giảng viên … đến từ X", "X cử cán bộ giảng dạy": the bodies after the teaching cue taught it
      const taught = TAUGHT_BY.exec(sText);
      if (taught && a.entities.get(e.id)?.props.eventType === EventType.TRAINING)
        for (const o of orgs) {
          if (given.has(o.id) || o.start - s.start < taught.index || ownerOfPrevious(o) || dashOwner(o) || unstatedCue(text.slice(s.start + taught.index, o.start))) continue;
          relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `trainer: "${surface(a, o)}" after "${taught[0]}"`, { role: Role.TRAINER });
          given.add(o.id);
        }
      // (relations2) the cue of taking part in the organization's own clause ("…; UBND huyện đánh giá cao" after "40 hộ tham dự" took
      // no part), or a list it opens ("Về dự có …; đại diện UBND xã …"), and never a funder
      // (rels8) not a cue negated right before it ("không tham dự", "did not attend")
      const cues = [...sText.matchAll(PARTICIPATION_ALL)]
        .map((m) => ({ at: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length }))
        .filter((c) => !negatedRightBefore(text.slice(Math.max(s.start, c.at - 24), c.at)));
      const participation = cues.length > 0;
      const takesPart = (o: Located): boolean =>
        cues.some((c) => {
          const between = text.slice(Math.min(c.end, o.end), Math.max(c.at, o.start));
          return !/[;]/u.test(between) || (c.end <= o.start && LIST_OPENS.test(text.slice(c.end, o.start).split(";")[0]));
        }) &&
        !fundsInItsClause(text, o.end) &&
        !FUNDER_BEFORE.test(text.slice(Math.max(s.start, o.start - 48), o.start)) &&
        // "ông A - Phó Chủ tịch Hội Nông dân tỉnh": the body of a person's post is named for the person, who takes part
        !people.some((p) => p.mention?.positions?.some((x) => x.org && idOf.get(x.org) === o.id && Math.abs(x.org.start - o.start) < 4));
      for (const o of orgs) {
        if (given.has(o.id) || o.id === e.id) continue;
        // an organization named with the event whose capacity the sentence does not state is not drafted: a guessed role costs
        // the curator a click more often than it helps (most were wrong on the development articles)
        if (!(participation && takesPart(o)) && a.entities.get(o.id)?.props.orgType !== OrgType.DELEGATION) continue;
        relate(a, o.id, RelType.INVOLVED_IN, e.id, spanning(o, e), `participant: named in a sentence about the event that speaks of attending`, { role: Role.PARTICIPANT });
      }
      // "Mr A, who spoke at a different workshop", "tại một hội nghị khác": the noun names another event than this one
      const otherEvent = otherEventAt(e);
      for (const p of otherEvent ? [] : people) {
        const pm = p.mention;
        const positions = pm?.positions?.map((x) => x.position.toLowerCase()) ?? [];
        const before = text.slice(Math.max(s.start, p.start - 40), p.start);
        // the delegation is what is led: its word at most 80 characters before the name, no other clause ("where a cooperative led by") between
        const upTo = text.slice(Math.max(s.start, p.start - 80), p.start);
        const lastWord = [...upTo.matchAll(DELEGATION_WORDS_ALL)].pop();
        // (events5) nor after the visit's object ("the delegation visited a cooperative led by A": A leads the cooperative)
        const ledHere = !!lastWord && !/(?<!\p{L})(?:where|which|who|whose|nơi|mà)(?!\p{L})/iu.test(upTo.slice(lastWord.index)) && !VISITED.test(upTo.slice(lastWord.index));
        // (events5) or an opening says who led the delegation the sentence is about ("Headed by A and B, the delegation visited …")
        const leads = (ledHere && (LED_BY_BEFORE.test(before) || (DO_BEFORE.test(before) && LEADS_AFTER.test(text.slice(p.end, s.end))))) || ledOpening(text, s, p);
        const role =
          leads || positions.some((x) => x.startsWith("trưởng đoàn"))
            ? Role.DELEGATION_HEAD
            : /truyền đạt|hướng dẫn|giảng|trainer|trained/iu.test(sText)
              ? Role.TRAINER
              : /phát biểu|trình bày|giới thiệu|spoke|speak|speech|presented|remarks|address(?:ed|ing)/iu.test(sText)
                ? Role.SPEAKER
                : Role.PARTICIPANT;
        // as for organizations: a person merely named with the event, no part stated, is not drafted as taking part
        if (role === Role.PARTICIPANT && !participation) continue;
        relate(a, p.id, RelType.INVOLVED_IN, e.id, spanning(p, e), `${role.toLowerCase().replace("_", " ")}: named with the event in one sentence`, { role });
      }
      // where: the places "tại/ở/in/at" (or a visit's object) ties to this event, not another event's, the people's or an origin
      // (places5) nor the rest of such a place's address ("HTX X tại xã A, huyện B": B is the cooperative's too)
      const tied = eventPlaces(e);
      const theirs = new Set(tied.filter((l) => placeOfAnother(l, e)).flatMap(goingOn));
      // (rels8) nor a place of another event of its kind ("a similar workshop in B"), nor one the clause speaks of without stating
      // it ("not in B as first planned", "The union had held a workshop in B in 2019", "Tại xã A, Hội không tổ chức …")
      const where = otherEvent ? [] : smallest(tied.filter((l) => !placeOfAnother(l, e) && !theirs.has(l) && !placeSpokenOf(e, l, s.start)));
      for (const w of where) {
        // "trao bò cho bà A ở thôn B": the village is the recipient's home; the event is placed in its commune, as inferred
        const home = rankOf(w) === levelRank("VILLAGE") && PEOPLE_BEFORE_AT.test(text.slice(Math.max(s.start, w.start - 60), w.start)) ? communeOf(w.id) : undefined;
        if (home)
          relate(a, e.id, RelType.LOCATED_IN, home, spanning(e, w), `the event's sentence names the people's village "${surface(a, w)}"; its commune`, {
            inferred: "The village is where the people it was for live; the event is put in that village's commune.",
          });
        else relate(a, e.id, RelType.LOCATED_IN, w.id, spanning(e, w), `the event's sentence places it "${text.slice(Math.max(s.start, w.start - 8), w.end).trim()}"`);
      }
      // what it showed
      const onVisit = isVisit(etype);
      if (/giới thiệu|tham quan|trưng bày|showcas|present|visit|học tập/iu.test(sText) || (onVisit && SAW.test(sText))) {
        // (tours6) not a model whose words name the site visited ("the voucher distribution site", "cow sheds")
        for (const m of models.filter((x) => !modelNamesASite(text, x)))
          relate(a, e.id, RelType.SHOWCASED, m.id, spanning(e, m), `shown or visited at the event: "${surface(a, m)}" in a sentence about it`);
        for (const p of ls.filter((l) => l.kind === Label.Product))
          relate(a, e.id, RelType.SHOWCASED, p.id, spanning(e, p), `shown at the event: "${surface(a, p)}" in a sentence about it`);
      }
      for (const g of ethnic) relate(a, e.id, RelType.SERVES, g.id, spanning(e, g), `for whom: "${surface(a, g)}" in the event's sentence`);
      for (const d of documents)
        if (/thực hiện|căn cứ|theo|pursuant|under/iu.test(sText))
          relate(a, e.id, RelType.BASED_ON, d.id, spanning(e, d), `the event's sentence names "${surface(a, d)}" as its basis`);
      // what a handover gave (the cows run the cow model) or a training taught (a topic): the event's run of it
      const eventType = a.entities.get(e.id)?.props.eventType;
      if (e.kind === Label.Event && (eventType === EventType.HANDOVER || eventType === EventType.TRAINING))
        for (const m of models) runs.push({ owner: e, model: m, activity: eventType === EventType.HANDOVER ? ActivityKind.MODEL_RUN : ActivityKind.TRAINING });
    }

    // (rels4) "nhiều dự án khác", "other projects": a mention of projects that are not the one resolved
    const otherAt = (p: Located): boolean => OTHER_PROJECTS.test(text.slice(Math.max(s.start, p.start - 24), Math.min(s.end, p.end + 16)));
    // (lead, round 9) "dự án A hỗ trợ nuôi bò và dự án B hỗ trợ trồng quế": a model is the run of the project named last before
    // it in the sentence (else the first after it), not of every project the sentence names. A model a project's name holds
    // ("thông qua dự án “Ngân hàng trâu”") is still every such project's, as before: the one named is a means of the other.
    const sentenceProjects = projects.filter((x) => !otherAt(x)).sort((x, y) => x.start - y.start);
    const ownsRun = (m: Located, p: Located): boolean =>
      sentenceProjects.some((x) => x.start <= m.start && m.end <= x.end) ||
      (sentenceProjects.filter((x) => x.end <= m.start).at(-1) ?? sentenceProjects.find((x) => x.start >= m.end) ?? p).id === p.id;
    /** (rels8) A place in a clause of its own about another project ("…; X tài trợ một dự án khác ở A"), not `p`'s clause. */
    const otherProjectsClause = (l: Located, p: Located): boolean => {
      const c = clauseOf(text, s, l);
      return OTHER_PROJECTS.test(text.slice(c.start, c.end)) && !(p.start >= c.start && p.end <= c.end);
    };
    // projects: who runs them, where, under which program, for whom
    for (const p of projects.filter((x, i, a) => a.findIndex((y) => y.id === x.id) === i)) {
      for (const o of otherAt(p) ? [] : orgs) {
        const role = projectRole(text, s, o, p, orgs);
        if (role)
          relate(a, o.id, RelType.INVOLVED_IN, p.id, spanning(o, p), `${role.role.toLowerCase()}: "${role.why.trim().slice(0, 40)}" between the organization and the project`, {
            role: role.role,
          });
      }
      // where it works: places after "tại", "ở", "in", "across"… and the list going on from one, never a place of the project's name
      // alone, an origin, nor (in a sentence that also names an event) a place the event's "tại/in" takes, unless the project's own
      // verb says it ("được triển khai tại", "covering")
      const sentenceHasEvent = events.some((x) => x.kind === Label.Event);
      const covered = placeAfterWord(placesHere, COVER_AT, 60).filter(
        (l) =>
          !(p.start <= l.start && l.end <= p.end) &&
          !isOrigin(l) &&
          !isSeat(text, l) &&
          (!sentenceHasEvent || PROJECT_AREA_CUE.test(text.slice(Math.max(s.start, l.start - 60), l.start))) &&
          // (rels8) "Dự án chưa triển khai tại A", "does not cover A", "and plans to work in A": not where it works; nor a place
          // in a clause of its own about another project ("…; X tài trợ một dự án khác ở A")
          !(l.start >= p.end && unstatedCue(text.slice(p.end, l.start))) &&
          !otherProjectsClause(l, p),
      );
      const area = covered.flatMap(goingOn).filter((l, i, all) => all.indexOf(l) === i && !(p.start <= l.start && l.end <= p.end));
      // "six communes of A, B … in three districts of C, D": a unit that holds another of the area is the address, not one more place
      const gazetteer = a.knowledge.gazetteer;
      const listed = smallest(area.sort((x, y) => x.start - y.start));
      for (const w of listed.filter((x) => !listed.some((y) => y.id !== x.id && gazetteer.isAncestor(x.id, y.id))))
        relate(a, p.id, RelType.COVERS, w.id, spanning(p, w), `the project's sentence names "${surface(a, w)}" as where it works`);
      for (const g of programs) {
        const between = text.slice(Math.min(p.end, g.end), Math.max(p.start, g.start)).toLowerCase();
        if (p.end <= g.start && /thuộc|under|of the|part of/.test(between))
          relate(a, p.id, RelType.PART_OF, g.id, spanning(p, g), `"${between.trim()}": the project belongs to the program`);
      }
      for (const g of ethnic) relate(a, p.id, RelType.SERVES, g.id, spanning(p, g), `for whom: "${surface(a, g)}" in the project's sentence`);
      // a model the project's sentence names as what it does: "dự án nuôi bò sinh sản", "the project supports village savings and loan associations"
      // (rels8) not a model the sentence says the project does not run, plans to run or ran before ("Dự án không áp dụng …", "the
      // project plans to introduce …", "Giai đoạn tới, dự án dự kiến nhân rộng …")
      const runSpokenOf = (m: Located): boolean =>
        !!unstatedCue(m.start >= p.end ? `${clauseBefore(text, s.start, p.start)} ${text.slice(p.end, m.start)}` : text.slice(m.end, p.start));
      for (const m of models)
        if (
          !insideOrg(m, ls) &&
          /dự án|project|hỗ trợ|support|thực hiện|triển khai|implement|promot|introduc|xây dựng|nhân rộng/iu.test(sText) &&
          !runSpokenOf(m) &&
          ownsRun(m, p) &&
          !VISITED_BEFORE.test(text.slice(m.start > p.end ? p.end : s.start, m.start))
        )
          runs.push({ owner: p, model: m, activity: ActivityKind.MODEL_RUN });
      for (const d of documents)
        if (/căn cứ|theo|thực hiện|pursuant|under/iu.test(sText))
          relate(a, p.id, RelType.BASED_ON, d.id, spanning(p, d), `the project's sentence names "${surface(a, d)}" as its basis`);
      // its period: "Dự án thực hiện từ tháng M/YYYY đến tháng M/YYYY"
      const pd = a.entities.get(p.id);
      const range = a.dates.find((d) => d.start >= s.start && d.end <= s.end && d.from !== d.to && !d.period);
      if (pd && !pd.known && range && !pd.props.startDate && /thực hiện|triển khai|implemented|ran|runs|from/iu.test(sText)) {
        pd.props.startDate = range.from;
        pd.props.endDate = range.to;
        pd.reason += `; period from "${surface(a, range)}"`;
      }
    }

    // (projects5) "Chương trình hợp tác giữa A và B", "a cooperation project between A and B": A and B are its partners
    for (const g of [...programs, ...named].filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i))
      for (const o of partnersOf(text, g, orgs))
        relate(a, o.id, RelType.INVOLVED_IN, g.id, spanning(g, o), `partner: "${surface(a, o)}" named after "hợp tác giữa/cooperation between" in its name`, {
          role: Role.PARTNER,
        });

    // funders: "funded by X", "with funding/support from X", "do X tài trợ", "X tài trợ" → X FUNDER of the sentence's project
    // (else the article's project); a body that implements is never made a funder by a "tài trợ" further on
    // who funds, in text order: a cue before the name, a funder's verb after it ("do X tài trợ", "X funded"), or a name
    // joined to a funder's ("funded by A and B", "do A và B tài trợ")
    const JOIN = /^\s*(?:\([^)]{1,40}\)\s*)?(?:,|và|and|cùng|cùng với|&)\s*(?:the\s+|tổ chức\s+)?$/iu;
    const cueBefore = (o: Located): boolean => FUNDER_BEFORE.test(text.slice(Math.max(s.start, o.start - 48), o.start));
    const verbAfter = (o: Located): boolean => FUNDER_AFTER.test(text.slice(o.end, Math.min(s.end, o.end + 60)));
    const funderSet = new Set<Located>();
    for (const o of orgs) if (cueBefore(o) || verbAfter(o)) funderSet.add(o);
    // "tài trợ bởi A (EU) thông qua B và C", "funded by A through B": the bodies the funding passes through fund it too
    const passes = new Set<Located>();
    for (let k = 1; k < orgs.length; k++)
      if (funderSet.has(orgs[k - 1]) && cueBefore(orgs[k - 1]) && THROUGH.test(text.slice(orgs[k - 1].end, orgs[k].start))) {
        funderSet.add(orgs[k]);
        passes.add(orgs[k]);
      }
    for (let k = 1; k < orgs.length; k++)
      if (funderSet.has(orgs[k - 1]) && (cueBefore(orgs[k - 1]) || passes.has(orgs[k - 1])) && JOIN.test(text.slice(orgs[k - 1].end, orgs[k].start))) {
        funderSet.add(orgs[k]);
        if (passes.has(orgs[k - 1])) passes.add(orgs[k]);
      }
    for (let k = orgs.length - 2; k >= 0; k--)
      if (funderSet.has(orgs[k + 1]) && verbAfter(orgs[k + 1]) && JOIN.test(text.slice(orgs[k].end, orgs[k + 1].start))) funderSet.add(orgs[k]);
    // (rels4) "X từng tài trợ nhiều dự án khác", "X has funded other projects": funding of other projects, not the article's
    const ownProjects = projects.filter((p) => !otherAt(p));
    const otherProjects = !ownProjects.length && OTHER_PROJECTS.test(sText);
    for (const o of orgs) {
      const before = text.slice(Math.max(s.start, o.start - 40), o.start);
      const after = text.slice(o.end, Math.min(s.end, o.end + 40));
      const funds = funderSet.has(o) && !otherProjects;
      // "… tài trợ thông qua Tổ chức X": the channel the funding passes through funds it too
      const channel = orgs.find(
        (c) =>
          c.start > o.end &&
          /^[^.;]{0,40}(?:tài trợ|viện trợ|funded|financed)[^.;]{0,12}(?:thông qua|qua|through|via)\s+(?:the\s+|tổ chức\s+)?$/iu.test(text.slice(o.end, c.start)),
      );
      if (!funds) continue;
      // what it funds: the sentence's project, else the event the sentence speaks of before it ("Hội nghị do X tài trợ"), else the article's project
      const event = events.find((e) => e.kind === Label.Event && e.end <= o.start);
      const target =
        ownProjects[0] ??
        (event ? { id: event.id, start: event.start, end: event.end } : undefined) ??
        (mainProject && mainProject.id !== o.id ? { id: mainProject.id, start: s.start, end: s.end } : undefined);
      const stated = !!ownProjects[0] || !!event;
      // (rels8) "Nếu được X tài trợ, …", "kiến nghị X tài trợ …", "với sự tài trợ trước đây của X": the clause up to the name does
      // not state the funding; nor a clause of its own about another project ("…; X tài trợ một dự án khác ở …")
      if (unstatedCue(clauseBefore(text, s.start, o.start))) continue;
      // (rels8) a donor thanked in passing ("cảm ơn tổ chức X đã tài trợ xây trường …") in a sentence naming no project or event
      if (!stated && THANKED.test(text.slice(clauseStartBefore(text, s.start, o.start), o.start))) continue;
      const oc = clauseOf(text, s, o);
      if (target && OTHER_PROJECTS.test(text.slice(oc.start, oc.end)) && !(target.start >= oc.start && target.end <= oc.end)) continue;
      for (const funder of channel ? [o, channel] : [o])
        if (target)
          relate(
            a,
            funder.id,
            RelType.INVOLVED_IN,
            target.id,
            spanning(funder, target),
            `funder: "${(before.slice(-20) + surface(a, o) + after.slice(0, 16)).trim()}"${funder === o ? "" : `, through "${surface(a, funder)}"`}`,
            stated ? { role: Role.FUNDER } : { role: Role.FUNDER, inferred: "Its sentence names no project; the funding is put on the article's project." },
          );
    }

    // (rels4) a body named by its part in the project ("X, the project's donor", "đơn vị thực hiện dự án là X"): that part, on
    // the sentence's project, else, the noun saying whose part it is ("project's", "của dự án"), the article's one project
    for (const o of orgs) {
      if (otherProjects) break;
      const after = PART_AFTER.exec(text.slice(o.end, Math.min(s.end, o.end + 80)));
      const before = after ? null : PART_BEFORE.exec(text.slice(Math.max(s.start, o.start - 80), o.start));
      const m = after ?? before;
      if (!m) continue;
      const saysProject = !!(m[1] || m[3]) && !/^\s*its\s*$/iu.test(m[1] ?? "");
      const target =
        ownProjects[0] ?? (saysProject && onlyProject.length === 1 && mainProject && mainProject.id !== o.id ? { id: mainProject.id, start: s.start, end: s.end } : undefined);
      if (!target) continue;
      relate(a, o.id, RelType.INVOLVED_IN, target.id, spanning(o, target), `${PART_ROLE(m[2]).toLowerCase()}: "${m[0].trim()}" names the body's part in the project`, {
        role: PART_ROLE(m[2]),
      });
    }

    // an event under a program or project its sentence names after "trong", "thuộc", "theo", "từ nguồn", "under", "through":
    // "cấp phát bò … cho các hộ nghèo trong Chương trình MTQG giảm nghèo bền vững", "donated through the National Target Programme"
    for (const e of eachEvent) {
      const containers = [...programs, ...projects];
      for (const g of containers) {
        // "hội thảo khởi động [dự án “X”]", "launch [the project “X”]": the project's mention begins inside the event's own name
        if (g.start > e.start && g.start < e.end && g.end > e.end && g.mention)
          relate(a, e.id, RelType.PART_OF, g.id, spanning(e, g), `"${text.slice(e.start, g.end).trim().slice(0, 60)}": the event's name holds the project`);
        // (relations2) "Trong khuôn khổ dự án X, Hội … tổ chức lớp …", "As part of the X project, the union held …": the container
        // before the event, in its clause, the nearest one
        if (g.end <= e.start) {
          const lead = text.slice(Math.max(s.start, g.start - 30), g.start);
          const gap = text.slice(g.end, e.start);
          const nearer = containers.some((x) => x !== g && x.id !== g.id && x.start >= g.end && x.end <= e.start);
          if (
            CONTAINER_BEFORE.test(lead) &&
            !/[;.]/u.test(gap) &&
            gap.length <= containerReach(text, s, g) &&
            !nearer &&
            !events.some((x) => x.id !== e.id && x.start >= g.end && x.end <= e.start)
          )
            relate(a, e.id, RelType.PART_OF, g.id, spanning(g, e), `"${lead.trim()} ${surface(a, g)}", then the event in its clause: the event is held under it`);
          continue;
        }
        if (g.start < e.end) continue;
        // the nearest container after the event: "thuộc Dự án 10 thuộc Chương trình …" puts the event under the project (the project is the program's)
        if (containers.some((x) => x !== g && x.id !== g.id && x.start >= e.end && x.end <= g.start)) continue;
        const lead = text.slice(Math.max(e.end, g.start - 48), g.start);
        // (rels8) "…, dự kiến thuộc dự án X", "not under the X project": not stated
        if (UNDER_PROGRAM.test(lead) && !unstatedCue(text.slice(e.end, g.start)))
          relate(a, e.id, RelType.PART_OF, g.id, spanning(e, g), `"${lead.trim()} ${surface(a, g)}": the event is held under it`);
        // "hội thảo khởi động dự án X", "a closing workshop of the project X": the project is in the event's own name
        else if (g.start - e.end <= 48 && EVENT_OF_PROJECT.test(text.slice(e.end, g.start)))
          relate(a, e.id, RelType.PART_OF, g.id, spanning(e, g), `"${text.slice(e.start, g.end).trim().slice(0, 60)}": the event's name holds the project`);
      }
    }
    // (rels4) "hội thảo tổng kết dự án", "the project's closing workshop", "a workshop to review the project": an event the
    // sentence ties to "the project" by its own words, with no project named in it, is the article's one project's
    if (onlyProject.length === 1)
      for (const e of eachEvent) {
        const own = text.slice(e.start, e.end);
        const lead = text.slice(Math.max(s.start, e.start - 40), e.start);
        const tail = text.slice(e.end, Math.min(s.end, e.end + 40));
        const ties =
          /(?<!\p{L})(?:dự án|project)(?:\s+này)?\s*$/iu.test(own) ||
          /(?<!\p{L})(?:the|this|its)\s+project's\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) ||
          /^\s*(?:(?:của|of|for|on|to (?:launch|review|close|sum up|evaluate))\s+)?(?:the\s+|this\s+)?(?:dự án|project)(?:\s+này)?(?!\p{L}|\s*[“"«\p{Lu}\d])/u.test(tail);
        if (ties && !OTHER_PROJECTS.test(sText))
          relate(a, e.id, RelType.PART_OF, onlyProject[0].id, e, `"${(lead.slice(-16) + own + tail.slice(0, 16)).trim()}": the event is the article's one project's`);
      }
    // "During the course, trainees were taught by lecturers of X": a sentence naming no event speaks of the article's one training
    // "Speaking at the workshop, Ms A said …", "Phát biểu tại hội nghị, ông A …": a sentence that names no event speaks at the
    // article's one event of that noun (any one event for "sự kiện/lễ/event/ceremony"); the speaker is the person nearest the cue
    const speech = events.some((e) => e.kind === Label.Event) ? null : SPEECH_AT.exec(sText);
    if (speech && people.length && !OTHER_EVENT_AFTER.test(sText.slice(speech.index + speech[0].length, speech.index + speech[0].length + 16))) {
      const types = NOUN_TYPES.find(([re]) => re.test(speech[1]))?.[1];
      const fits = a.events.filter((x) => !types || types.includes(x.type) || (x.draft.props.eventType !== undefined && types.includes(String(x.draft.props.eventType))));
      const ids = [...new Set(fits.map((x) => x.draft.id))];
      const cueStart = s.start + speech.index;
      const cueEnd = cueStart + speech[0].length;
      const distance = (p: Located): number => (p.start >= cueEnd ? p.start - cueEnd : cueStart - p.end);
      const speaker = [...people].sort((x, y) => distance(x) - distance(y))[0];
      const gap = speaker.start >= cueEnd ? text.slice(cueEnd, speaker.start) : text.slice(speaker.end, cueStart);
      if (ids.length === 1 && distance(speaker) <= 60 && !/[;]/u.test(gap))
        relate(a, speaker.id, RelType.INVOLVED_IN, ids[0], spanning(speaker, speaker), `speaker: "${speech[0]}" beside the name, of the article's one such event`, {
          role: Role.SPEAKER,
        });
    }
    const trainings = a.events.filter((x) => x.type === EventType.TRAINING);
    const taughtHere = TAUGHT_BY.exec(sText);
    if (!events.some((e) => e.kind === Label.Event) && trainings.length === 1 && taughtHere)
      for (const o of orgs)
        // (rels8) "Giảng viên … không phải là cán bộ của X": not X's
        if (o.start - s.start > taughtHere.index && !ownerOfPrevious(o) && !dashOwner(o) && !unstatedCue(text.slice(s.start + taughtHere.index, o.start)))
          relate(a, o.id, RelType.INVOLVED_IN, trainings[0].draft.id, spanning(o, o), `trainer: "${surface(a, o)}" after "${taughtHere[0]}", of the article's one training`, {
            role: Role.TRAINER,
          });
    // what a handover gave, said in a sentence of its own: "Toàn bộ số bò trên từ chương trình X", "donated through the National
    // Target Programme", "Từ nguồn kinh phí … thuộc Chương trình 135, 40 hộ … được hỗ trợ …": the article's one handover is under it
    // (under the article's project, when that project is the program's)
    const handovers = a.events.filter((x) => x.type === EventType.HANDOVER);
    if (!events.some((e) => e.kind === Label.Event) && handovers.length === 1 && GIVING.test(sText)) {
      const h = handovers[0].draft;
      for (const g of programs) {
        const lead = text.slice(Math.max(s.start, g.start - 40), g.start);
        if (!FROM_PROGRAM.test(lead)) continue;
        const project = [...a.rels.values()].find((r) => r.type === RelType.PART_OF && r.to === g.id && a.entities.get(r.from)?.kind === Label.Project);
        const target = project ? project.from : g.id;
        relate(
          a,
          h.id,
          RelType.PART_OF,
          target,
          spanning(g, g),
          `what the handover gave came "${lead.trim().slice(-30)} ${surface(a, g)}"${project ? `, whose project the article names` : ""}`,
        );
      }
    }

    // programs: where and for whom
    for (const g of programs) for (const e of ethnic) relate(a, g.id, RelType.SERVES, e.id, spanning(g, e), `for whom: "${surface(a, e)}" in the program's sentence`);

    // documents: who issued them ("… của UBND thành phố Hà Nội")
    for (const d of documents) {
      const after = orgs.find((o) => o.start > d.end && o.start - d.end < 30 && /^[^.;]*\b(của|by)\s*$/iu.test(text.slice(d.end, o.start)));
      if (after) relate(a, d.id, RelType.ISSUED_BY, after.id, spanning(d, after), `"${text.slice(d.end, after.start).trim()}": issued by`);
    }

    // people: their positions
    for (const p of people) {
      // "NAEC Director Le Van A", "the Network's country director, Jane B": the title between the body and the name
      const body = orgs.filter((o) => o.end <= p.start && p.start - o.end <= 60).pop();
      const title = body ? TITLE_BETWEEN.exec(text.slice(body.end, p.start)) : null;
      if (body && title) relate(a, p.id, RelType.MEMBER_OF, body.id, spanning(body, p), `"${title[1]}" between the organization and the name`, { position: capitalize(title[1]) });
      for (const pos of p.mention?.positions ?? []) {
        // (events5) "A, <post> of X and B, Country Director of Y": a post after another person's name is that person's
        if (people.some((q) => q.id !== p.id && q.start >= p.end && q.start < pos.span.start)) continue;
        const orgId = pos.org ? idOf.get(pos.org) : undefined;
        if (orgId) relate(a, p.id, RelType.MEMBER_OF, orgId, spanning(p, pos.org!), `"${pos.position}" of this organization, after the name`, { position: pos.position });
      }
      // (events5) posts in an appositive after the name, an ambassador's embassy, a byline's body (people.rules.ts)
      const others = people.filter((q) => q.id !== p.id);
      const posts = [
        ...appositivePosts(text, p, s.end, orgs, others),
        ambassadorOf(text, p, embassies),
        a.lang === "en" ? titledByInitials(text, p, s, bodies) : undefined,
        bylineBody(text, p, orgs, p.mention?.props?.byline === true),
        // (people7) "Phó Chủ tịch UBND xã X Lò Văn A": the post and its body before the name
        body && title ? undefined : postBeforeBody(text, p, orgs),
      ];
      for (const post of posts)
        if (post && post.org !== p.id)
          relate(
            a,
            p.id,
            RelType.MEMBER_OF,
            post.org,
            spanning(p, located.find((l) => l.id === post.org && l.start >= s.start && l.end <= s.end) ?? p),
            post.why,
            post.position ? { position: post.position } : {},
          );
    }

    // organizations: where they are, whose units they are, where they come from
    for (const o of ls.filter((l) => l.kind === Label.Organization)) {
      const own = o.mention?.distributed;
      const inside = own ? ls.filter((l) => l.place === own) : smallest(ls.filter((l) => l.kind === Label.Place && o.start <= l.start && l.end <= o.end));
      for (const w of inside) relate(a, o.id, RelType.LOCATED_IN, w.id, o, `its name holds the place "${surface(a, w)}"`);
      // (relations2) a body named inside another's name ("Plan" in "Văn phòng Plan tại Quảng Trị") is not where the outer one sits; a
      // national body ("ChildFund Việt Nam tại Bắc Kạn") works where "tại" says, its seat is elsewhere
      const national = /(?<!\p{L})(?:việt nam|vietnam|viet nam)(?!\p{L})/iu.test(a.entities.get(o.id)?.name ?? "");
      if (!own && !inside.length && !insideOrg(o, ls)) {
        // "Văn phòng Plan tại Quảng Trị", "X, đóng tại Y", "X based in Y": its seat; not after "với/cho/to" (the verb's place, "làm
        // việc với X tại Y"), nor when the sentence's event takes the place
        const seated = ls.find((l) => l.kind === Label.Place && l.start > o.end && SEATED_AT.test(text.slice(o.end, l.start)));
        const next =
          seated ??
          (national ? [] : ls).find(
            (l) =>
              l.kind === Label.Place &&
              l.start > o.end &&
              /^\s*(tại|ở|in|at)\s+$/iu.test(text.slice(o.end, l.start)) &&
              !OBJECT_BEFORE.test(text.slice(Math.max(s.start, o.start - 20), o.start)) &&
              !events.some((e) => e.kind === Label.Event && e.start <= o.start && o.end <= e.end),
          );
        if (next) relate(a, o.id, RelType.LOCATED_IN, next.id, spanning(o, next), `"${text.slice(o.end, next.end).trim()}" right after its name`);
      }
      const inner = o.mention?.inner ? idOf.get(o.mention.inner) : undefined;
      if (inner) relate(a, o.id, RelType.PART_OF, inner, o, `a unit of "${o.mention!.inner!.name}", which its name holds`);
      // (projects5) "Trung tâm X trực thuộc Sở Y", "NAEC under the Ministry of …", "Employment Service Center - Department of …"
      const holder = inner ? undefined : parentBody(text, o, orgs, (id) => a.entities.get(id)?.name ?? "");
      if (holder) relate(a, o.id, RelType.PART_OF, holder.parent.id, spanning(o, holder.parent), `a unit of "${surface(a, holder.parent)}": "${holder.cue}" between the names`);
      const country = ls.find((l) => l.kind === Label.Country && l.start >= o.end && l.start - o.end <= 3 && /\(\s*$/.test(text.slice(o.end, l.start)));
      if (country) relate(a, o.id, RelType.BASED_IN, country.id, spanning(o, country), `"(${surface(a, country)})" after its name`);
    }

    // models run in places: "mô hình trồng dưa bản Thẩm Phé", "Mô hình … thuộc HTX X tại Vi Choong, xã Hiếu"
    const clauseEnd = (from: number): number => {
      const semi = text.indexOf(";", from);
      return semi >= 0 && semi < s.end ? semi : s.end;
    };
    for (const m of models) {
      // a model read off a body's name ("Hợp tác xã hàu lồng tại xã …"): the place is the body's, not a run of the model
      if (!m.mention || (m.mention.inName && m.mention.pattern.startsWith("what a cooperative makes"))) continue;
      const end = clauseEnd(m.end);
      const after = ls.filter((l) => l.start >= m.end && l.end <= end);
      let firstPlace = after.find((l) => l.kind === Label.Place);
      const gapText = firstPlace ? text.slice(m.end, firstPlace.start) : "";
      const owner = firstPlace && after.find((l) => l.kind === Label.Organization && l.start < firstPlace!.start && /^\s*thuộc\s*$/iu.test(text.slice(m.end, l.start)));
      let adjacent = !!firstPlace && (/^[\s(]*$/.test(gapText) || (!!owner && /^\s*(thuộc\s*)?(tại|ở)\s*$/iu.test(text.slice(owner.end, firstPlace.start))));
      const atWord = /^\s*(tại|ở|in|at)\s*$/iu.test(gapText);
      let pool = after;
      if (!adjacent && !atWord) {
        // "tại bản Xà Phìn, mô hình nuôi lợn đen …": the place said first
        const clauseStart = Math.max(s.start, text.lastIndexOf(";", m.start) + 1);
        const before = ls.filter((l) => l.kind === Label.Place && l.start >= clauseStart && l.end <= m.start);
        const lead = before[before.length - 1];
        if (!lead || !/^[\s,]*$/.test(text.slice(lead.end, m.start)) || !/(tại|ở|in|at)\s+$/iu.test(text.slice(Math.max(0, lead.start - 8), lead.start))) continue;
        firstPlace = lead;
        adjacent = false;
        pool = before;
      }
      if (!firstPlace) continue;
      // the places of that address or list: villages if it names villages, else the smallest unit
      const chainPlaces: Located[] = [];
      for (const l of pool.filter((x) => x.kind === Label.Place && x.start >= firstPlace!.start)) {
        const prev = chainPlaces[chainPlaces.length - 1] ?? firstPlace!;
        if (l !== firstPlace && (l.start - prev.end > 16 || /[.;\n]/.test(text.slice(prev.end, l.start)))) break;
        chainPlaces.push(l);
      }
      const minRank = Math.max(...chainPlaces.map((l) => rankOf(l)));
      const targets = chainPlaces.filter((l) => rankOf(l) === minRank);
      const model = a.entities.get(m.id)!;
      for (const t of targets) {
        const placeName = a.entities.get(t.id)!.name;
        const name = `${capitalize(surface(a, m))} ${surface(a, t)}`.replace(/\s+/g, " ");
        const quote = spanning(m, owner ? spanning(owner, t) : t);
        const iv = declareNew(
          a,
          Label.Intervention,
          name,
          { activity: ActivityKind.MODEL_RUN },
          quote,
          `new: the model "${model.name}" named with the place "${placeName}" (${adjacent ? "right after it" : 'after "tại"'})`,
        );
        relate(a, iv.id, RelType.APPLIES, m.id, quote, `the intervention runs the model it is named by`);
        relate(a, iv.id, RelType.LOCATED_IN, t.id, quote, `"${surface(a, t)}" right after the model`);
        if (owner) relate(a, owner.id, RelType.INVOLVED_IN, iv.id, quote, `implementer: the model "thuộc" (belongs to) "${surface(a, owner)}"`, { role: Role.IMPLEMENTER });
        // (projects5) the run is the article's project's only when its clause names that project or ties the run to "the project"
        // ("do dự án hỗ trợ", "under the project"); a clause naming another project, or the bare word nearby, is not enough
        if (mainProject) {
          const clause = clauseOf(text, s, m);
          const named = located.filter((l) => l.kind === Label.Project && l.start >= clause.start && l.end <= clause.end);
          const tie = named.some((l) => l.id !== mainProject.id)
            ? undefined
            : runOfProject(
                text,
                clause,
                m,
                named,
                ls.filter((l) => l.kind !== Label.Project && l !== m),
              );
          if (tie?.tied)
            relate(a, iv.id, RelType.PART_OF, mainProject.id, quote, `a run of the project ${mainProject.name}: ${tie.why}`, tie.inferred ? { inferred: tie.inferred } : {});
        }
        // (relations2) a visit saw the model (the gold's SHOWCASED is the model's, not the run's); a training or handover there showed nothing
        for (const e of events) {
          const et = a.entities.get(e.id)?.props.eventType;
          if (isVisit(et) || /giới thiệu|tham quan|trưng bày|showcas/iu.test(sText))
            relate(a, e.id, RelType.SHOWCASED, m.id, spanning(e, quote), `visited or shown at the event in the same sentence`);
        }
        if (studyTour && events.some((e) => e.id === studyTour.id)) {
          const delegation =
            ls.find((l) => l.kind === Label.Organization && a.entities.get(l.id)?.props.orgType === OrgType.DELEGATION) ??
            located.find((l) => l.kind === Label.Organization && a.entities.get(l.id)?.props.orgType === OrgType.DELEGATION);
          if (delegation)
            relate(
              a,
              delegation.id,
              RelType.LEARNED_FROM,
              iv.id,
              spanning(delegation.start < quote.start ? { start: s.start, end: s.start } : delegation, quote),
              `the delegation visited it on the study tour`,
              { eventId: studyTour.id },
            );
        }
      }
    }
  }

  // (events5) "Ông A, Chủ tịch UBND huyện, cho biết …", "Mr A, the project director from X, hoped …" in a sentence naming no event:
  // a person with a post (a MEMBER_OF drafted) who speaks is a speaker at the article's one event (none, or two events: nothing)
  const oneEvent = a.events.length === 1 ? a.events[0].draft : undefined;
  if (oneEvent)
    for (const s of doc.sentences) {
      const ls = inSentence(s);
      if (ls.some((l) => l.kind === Label.Event) || SPEECH_AT.test(text.slice(s.start, s.end))) continue;
      for (const p of ls.filter((l) => l.kind === Label.Person)) {
        const verb = speechVerbAfter(text, p, s.end);
        const posted = [...a.rels.values()].some((r) => r.type === RelType.MEMBER_OF && r.from === p.id);
        const stated = [...a.rels.values()].some((r) => r.type === RelType.INVOLVED_IN && r.from === p.id && r.to === oneEvent.id && r.role !== Role.PARTICIPANT);
        if (verb && posted && !stated)
          relate(
            a,
            p.id,
            RelType.INVOLVED_IN,
            oneEvent.id,
            spanning(p, { start: p.end, end: p.end + verb.length }),
            `speaker: "${surface(a, p)} … ${verb}", of the article's one event`,
            {
              role: Role.SPEAKER,
              inferred: "The sentence reports what the person said and names no event; it is put on the article's one event.",
            },
          );
      }
    }

  // (tours6) "Đoàn công tác của Hội Nông dân huyện A", "a delegation from X": the delegation is PART_OF the body its name holds;
  // a study tour no sentence gives an organizer is that body's (it sent its delegation), as inferred
  for (const dl of [...a.entities.values()].filter((x) => x.kind === Label.Organization && x.props.orgType === OrgType.DELEGATION)) {
    const sender = delegationSender(
      String(dl.name),
      bodies.filter((b) => b.id !== dl.id),
    );
    const at = located.find((l) => l.id === dl.id);
    if (!sender || !at) continue;
    relate(a, dl.id, RelType.PART_OF, sender, at, `the delegation's name says whose it is: "${String(dl.name)}"`);
    const organized = (id: string): boolean =>
      [...a.rels.values()].some((r) => r.type === RelType.INVOLVED_IN && r.to === id && (r.role === Role.ORGANIZER || r.role === Role.CO_ORGANIZER));
    if (studyTour && !organized(studyTour.id) && a.rels.has(`${dl.id}|${RelType.INVOLVED_IN}|${Role.PARTICIPANT}|${studyTour.id}`))
      relate(a, sender, RelType.INVOLVED_IN, studyTour.id, at, `organizer: the body that sent the delegation "${String(dl.name)}" on the study tour`, {
        role: Role.ORGANIZER,
        inferred: "The delegation is the body's and no sentence names who organized the tour; the body that sent it is taken as the organizer.",
      });
  }

  // one actor, one part in an event: a stated role (organizer, funder, speaker…) says more than "named in a sentence about it"
  const WEAK: readonly string[] = [Role.PARTNER, Role.PARTICIPANT];
  // (events5) the organizer of an event is not also its co-organizer (two sentences read it two ways)
  for (const [key, r] of [...a.rels])
    if (r.type === RelType.INVOLVED_IN && r.role === Role.CO_ORGANIZER && a.rels.has(relKey(r.from, RelType.INVOLVED_IN, r.to, Role.ORGANIZER))) a.rels.delete(key);
  for (const [key, r] of [...a.rels]) {
    if (r.type !== RelType.INVOLVED_IN || !r.role || !WEAK.includes(r.role)) continue;
    const stronger = [...a.rels.values()].some((x) => x !== r && x.type === RelType.INVOLVED_IN && x.from === r.from && x.to === r.to && x.role && !WEAK.includes(x.role));
    const weaker = r.role === Role.PARTNER && a.rels.has(relKey(r.from, RelType.INVOLVED_IN, r.to, Role.PARTICIPANT));
    if (stronger || weaker) a.rels.delete(key);
  }

  // an event its sentences place nowhere ("tại …"): the smallest units its sentences name, else those the title names; never an
  // origin ("đoàn công tác từ tỉnh A", "a delegation from A"). The article does not say it was there, so the place is drafted as
  // inferred, with the reason
  const notOrigin = (l: Located): boolean => !ORIGIN_BEFORE.test(text.slice(Math.max(0, l.start - 30), l.start)) && !isSeat(text, l);
  for (const inst of a.events) {
    const e = inst.draft;
    if ([...a.rels.values()].some((r) => r.from === e.id && r.type === RelType.LOCATED_IN)) continue;
    const sentences = e.spans.map((sp) => (sp.start < doc.title.end ? doc.title : sentenceOf(a, sp.start)));
    // where the event is named: its mentions (a quote may span the whole sentence), else its quotes
    const mentioned = located.filter((l) => l.id === e.id);
    const named: Span[] = mentioned.length ? mentioned : e.spans;
    const inSentences = located.filter(
      (l) =>
        l.kind === Label.Place &&
        sentences.some((s) => l.start >= s.start && l.end <= s.end) &&
        notOrigin(l) &&
        named.some((sp) => {
          const s = sp.start < doc.title.end ? doc.title : sentenceOf(a, sp.start);
          return l.start >= s.start && l.end <= s.end && (sp.start < doc.title.end || (sameClause(sp, l) && !placeSpokenOf(sp, l, s.start)));
        }),
    );
    // (places5) nor a place a project's or program's name holds ("… in Son La Province through …"): the project's area
    const free = inSentences.filter((l) => !insideOrg(l, located) && !insideNameOf(l, located, [Label.Project, Label.Program]));
    // a body's place, never a delegation's nor on a visit or study tour (the visitors' home: "Đoàn công tác của Hội … tỉnh A")
    const visit = isVisit(inst.type) || isVisit(e.props.eventType);
    const ofLocalBody = inSentences.filter(
      (l) => !visit && located.some((o) => o.kind === Label.Organization && o.start <= l.start && l.end <= o.end && a.entities.get(o.id)?.props.orgType !== OrgType.DELEGATION),
    );
    const title = located.filter((l) => l.kind === Label.Place && l.start >= doc.title.start && l.end <= doc.title.end);
    // (places5) the article's dateline ("Lao Cai – On 3 May …"): where it was reported from, before the places of bodies
    const dateline = datelinePlaces(a);
    const [pool, why] = free.length
      ? [free, "a place its sentence names, without saying the event was there"]
      : dateline.length
        ? [dateline, "the place of the article's dateline"]
        : ofLocalBody.length
          ? [ofLocalBody, "the place of a body its sentence names"]
          : [title, "a place the title names"];
    if (!pool.length) continue;
    const minRank = Math.max(...pool.map(rankOf));
    const picks = pool.filter((l) => rankOf(l) === minRank).filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i);
    if (picks.length > 2) continue;
    // a district or province: the communes the article names inside it, when they are few ("35 hộ ở Đăk Na, 5 hộ ở Văn Xuôi")
    const gaz = a.knowledge.gazetteer;
    const communeRank = levelRank("COMMUNE");
    const inside = minRank < communeRank ? located.filter((l) => l.kind === Label.Place && rankOf(l) === communeRank && picks.some((p) => gaz.isAncestor(p.id, l.id))) : [];
    const communes = inside.filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i);
    // (lead, round 9) only for the article's one event of its type: of two courses, which one the communes were for it does not say
    const oneEvent = a.events.filter((x) => x.type === inst.type).length === 1;
    const [targets, reason] = oneEvent && communes.length && communes.length <= 3 ? [communes, `${why}; the communes the article names inside it`] : [picks, why];
    for (const w of targets)
      relate(a, e.id, RelType.LOCATED_IN, w.id, spanning(w, w), `the event at "${surface(a, w)}": ${reason}`, { inferred: `The event's place is not stated; ${reason}.` });
  }

  // (projects5) an event named after the project it launches, reviews or closes ("Project to … launched", "Khởi động dự án …")
  for (const inst of a.events)
    for (const p of [...a.entities.values()].filter((x) => x.kind === Label.Project))
      if (eventNamesProject(inst.draft.name, p.name, foldKey))
        relate(a, inst.draft.id, RelType.PART_OF, p.id, inst.draft.quote, `the event's name "${inst.draft.name}" holds the project's name and a step of it`);

  draftRuns(a, runs);

  // organizations and models inside broader known ones
  for (const m of mentions) {
    const id = idOf.get(m);
    const d = id ? a.entities.get(id) : undefined;
    if (!d || d.known || m.ref) continue;
    const broader = broaderOf(m, index);
    if (broader) {
      declareKnown(a, broader.entity, d.quote, `${broader.reason}; named inside "${m.name}"`);
      relate(a, d.id, RelType.PART_OF, broader.entity.id, d.quote, broader.reason);
    }
  }

  // the byline
  const byline = mentions.find((m) => m.kind === Label.Person && m.props.byline);
  const bylineId = byline && idOf.get(byline);
  const mainEvent = mainEventOf(a);
  if (byline && bylineId && mainEvent)
    relate(a, bylineId, RelType.INVOLVED_IN, mainEvent.id, byline, "reporter: the article's byline", {
      role: Role.REPORTER,
      inferred: "The article is signed by this person; that they attended is not stated.",
    });
  a.located = located;
  return a;
}

/** (lead, round 9) A visit or a study tour between a project and a model: the model was seen elsewhere, not run by the project. */
const VISITED_BEFORE = /(?<!\p{L})(?:tham quan|học tập kinh nghiệm|học tập mô hình|học hỏi|study tour|visit(?:ed|ing|s)?|learn(?:ed|t|ing)? from|saw)(?!\p{L})/iu;

/**
 * What an event or project ran (a handover's cows, a project's savings groups) or trained on, the
 * way the model records it (only an intervention APPLIES a model or TRAINS_ON it): one intervention
 * per owner and kind of activity, PART_OF its owner, APPLIES (MODEL_RUN) or TRAINS_ON (TRAINING)
 * each model, in the owner's places (its LOCATED_IN and COVERS), with the owner's actors in the same
 * roles, so that "who did what where" reaches the model. Nothing new is stated: each line says it
 * follows from its owner's.
 */
function draftRuns(a: ArticleDraft, runs: readonly { owner: Located; model: Located; activity: ActivityKind }[]): void {
  const ivOf = new Map<string, string>();
  const rels = [...a.rels.values()];
  for (const { owner, model, activity } of runs) {
    const o = a.entities.get(owner.id);
    const m = a.entities.get(model.id);
    if (!o || !m) continue;
    const key = `${owner.id}|${activity}`;
    const quote = spanning(owner, model);
    let iv = ivOf.get(key);
    if (!iv) {
      const what = activity === ActivityKind.TRAINING ? "training" : "run";
      const d = declareNew(a, Label.Intervention, `${o.name}: ${m.name}`, { activity }, quote, `new: the ${what} of "${m.name}" by "${o.name}", named in one sentence`);
      iv = d.id;
      ivOf.set(key, iv);
      relate(a, iv, RelType.PART_OF, owner.id, quote, `the ${what} is part of "${o.name}"`);
      for (const r of rels) {
        if (r.from === owner.id && (r.type === RelType.LOCATED_IN || r.type === RelType.COVERS))
          relate(a, iv, RelType.LOCATED_IN, r.to, quote, `where "${o.name}" is`, r.inferred ? { inferred: r.inferred } : {});
        if (r.to === owner.id && r.type === RelType.INVOLVED_IN && r.role && r.role !== Role.REPORTER)
          relate(a, r.from, RelType.INVOLVED_IN, iv, quote, `${r.role.toLowerCase().replace("_", " ")} of "${o.name}"`, {
            role: r.role,
            ...(r.inferred ? { inferred: r.inferred } : {}),
          });
      }
    }
    relate(
      a,
      iv,
      activity === ActivityKind.TRAINING ? RelType.TRAINS_ON : RelType.APPLIES,
      model.id,
      quote,
      activity === ActivityKind.TRAINING ? `what the training taught: "${m.name}" in its sentence` : `what it gave or ran: "${m.name}" in its sentence`,
    );
  }
}
