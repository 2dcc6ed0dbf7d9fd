/**
 * Stage 10, ties (round 9, ties9): an article-level pass, after the relationships and beneficiaries stages. An article says once what
 * its project or program is (the title, the lede, "trong khuôn khổ …", "thuộc Chương trình …", "under the … project",
 * "as part of …") and tells its activities in other sentences without naming it again. Contract, every line `inferred`
 * with the sentence it rests on as its quote:
 * 1. the project PART_OF the one program a sentence (not one of background: "đã giúp cả nước …") names as its frame
 *    ("thuộc", "nằm trong", "từ nguồn vốn", "under", "as part of") in a sentence that names the project or says "dự án";
 * 2. an event with no PART_OF of its own PART_OF the article's one project when the title or lede names the project,
 *    or a sentence names it with the event's kind or "hoạt động/activities", or the event's own sentence names it; with
 *    no project, PART_OF the one program a sentence frames the activity with; an event under that program is also
 *    under the project the program holds;
 * 3. the project APPLIES what its events trained on, showed or handed over (through an intervention of it, the model's
 *    way).
 * Never with two projects (or two framing programs), for an event whose sentence names another project or learns from
 * someone else's, nor from a sentence that negates, plans or recalls (background.rules.ts's readers).
 */
import { ActivityKind, EventType, Role } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, declareNew, type DraftEntity, type Located, relate, sentenceOf } from "../ingest.draft";
import type { Span } from "../ingest.text";
import { clauseBefore, unstatedCue } from "./background.rules";
import { OTHER_PROJECTS } from "./projects.rules";
import { activityWord, BARE_PROJECT_WORD, backgroundCue, frameBefore, kindWord, laterFrame, learningCue, PROJECT_BODY, purposeBefore } from "./ties.rules";

interface Tie {
  quote: Span;
  why: string;
}

/** The draft with the ties above added. */
export function tieToFrames(a: ArticleDraft): ArticleDraft {
  const { text } = a;
  const entities = [...a.entities.values()];
  const projects = entities.filter((e) => e.kind === Label.Project);
  const programs = entities.filter((e) => e.kind === Label.Program);
  if (projects.length > 1 || (!projects.length && !programs.length)) return a;
  const project = projects[0] as DraftEntity | undefined;
  const title = a.doc.title;
  const sentences = [title, ...a.doc.sentences.filter((s) => s.start >= title.end)].filter((s) => s.end > s.start);
  const sText = (s: Span): string => text.slice(s.start, s.end);
  const mentionsOf = (id: string): Located[] => a.located.filter((l) => l.id === id);
  const names = (s: Span, id: string): Located | undefined => mentionsOf(id).find((l) => l.start >= s.start && l.end <= s.end);
  const stated = (s: Span): boolean => !unstatedCue(sText(s)) && !laterFrame(sText(s));
  const lede = sentences.slice(1).find((s) => sText(s).trim().split(/\s+/u).length >= 6 && sText(s).trim() !== sText(title).trim());
  const rels = (): ReturnType<typeof a.rels.values> => a.rels.values();
  const partOf = (from: string): string[] => [...rels()].filter((r) => r.type === RelType.PART_OF && r.from === from).map((r) => r.to);

  // 1. the project under the one program the article names as its frame
  if (project && !partOf(project.id).some((to) => a.entities.get(to)?.kind === Label.Program)) {
    const frames = new Map<string, Tie>();
    for (const g of programs)
      for (const m of mentionsOf(g.id)) {
        const s = sentenceOf(a, m.start);
        const said = sText(s);
        const cue = frameBefore(text.slice(s.start, m.start));
        if (!cue || backgroundCue(said) || !stated(s) || OTHER_PROJECTS.test(said)) continue;
        const saysProject = !!names(s, project.id) || BARE_PROJECT_WORD.test(said);
        if (saysProject && !frames.has(g.id)) frames.set(g.id, { quote: s, why: `"${cue} ${g.name}" in a sentence that names the project` });
      }
    if (frames.size === 1) {
      const [[to, tie]] = [...frames];
      relate(a, project.id, RelType.PART_OF, to, tie.quote, `the article's one project under the program it names as its frame: ${tie.why}`, {
        inferred: "The sentence names the program as the frame of the article's work and its one project; that the project is the program's is read from it.",
      });
    }
  }

  // 2. events under the article's one project, else its one program
  const frame = project ?? (programs.length === 1 ? programs[0] : undefined);
  if (frame) {
    const isProject = frame.kind === Label.Project;
    const namesFrame = (s: Span): boolean => !!names(s, frame.id) || (isProject && BARE_PROJECT_WORD.test(sText(s)));
    const framed = (s: Span): string | undefined => {
      const m = names(s, frame.id);
      return m ? frameBefore(text.slice(s.start, m.start)) : undefined;
    };
    /** A sentence (not the event's own) that ties the article's activities, or those of one kind, to the frame. */
    const tieFor = (type: string, othersWork: boolean, own: readonly { s: Span }[]): Tie | undefined => {
      for (const s of sentences) {
        const said = sText(s);
        // the event's own sentence is the rules of one sentence's to read (relationships.stage.ts)
        if (own.some((o) => o.s.start === s.start)) continue;
        if (!stated(s) || backgroundCue(said) || learningCue(said) || OTHER_PROJECTS.test(said) || !namesFrame(s)) continue;
        const cue = framed(s);
        const word = activityWord(said) ?? kindWord(type, said);
        if (word && (cue || (isProject && !othersWork))) return { quote: s, why: `"${word}"${cue ? ` and "${cue}"` : ""} with ${frame.name}` };
        if (othersWork) continue;
        if (isProject && (s === title || s === lede)) return { quote: s, why: `the ${s === title ? "title" : "lede"} names ${frame.name}` };
        if (!isProject && cue && (s === title || s === lede)) return { quote: s, why: `the ${s === title ? "title" : "lede"} puts the work "${cue}" ${frame.name}` };
      }
      return undefined;
    };
    // the bodies of the frame: involved in it, named in the title or lede, and their offices or parents
    const bodies = new Set([...rels()].filter((r) => r.type === RelType.INVOLVED_IN && r.to === frame.id).map((r) => r.from));
    if (isProject) for (const x of entities) if (x.kind === Label.Organization && PROJECT_BODY.test(String(x.name))) bodies.add(x.id);
    for (const s of [title, lede]) if (s) for (const l of a.located) if (l.kind === Label.Organization && l.start >= s.start && l.end <= s.end) bodies.add(l.id);
    for (const r of rels())
      if (r.type === RelType.PART_OF && a.entities.get(r.from)?.kind === Label.Organization && a.entities.get(r.to)?.kind === Label.Organization) {
        if (bodies.has(r.to)) bodies.add(r.from);
        else if (bodies.has(r.from)) bodies.add(r.to);
      }
    /** An event its sentences say another body organized: not the frame's by the title or lede alone. */
    const anotherBodys = (id: string): boolean => {
      const organizers = [...rels()].filter((r) => r.type === RelType.INVOLVED_IN && r.to === id && (r.role === Role.ORGANIZER || r.role === Role.CO_ORGANIZER)).map((r) => r.from);
      return organizers.length > 0 && bodies.size > 0 && !organizers.some((o) => bodies.has(o));
    };
    const seen = new Set<string>();
    for (const inst of a.events) {
      const e = inst.draft;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const ups = partOf(e.id);
      // an event under the program the project is under is the project's
      const viaProgram = isProject && ups.length > 0 && ups.every((to) => a.entities.get(to)?.kind === Label.Program && partOf(frame.id).includes(to));
      if (ups.length && !viaProgram) continue;
      const own = mentionsOf(e.id)
        .map((l) => ({ l, s: l.start >= title.start && l.end <= title.end ? title : sentenceOf(a, l.start) }))
        .filter(({ s }) => s.end > s.start);
      if (!own.length) continue;
      // the event's own sentences: another project, someone else's lesson, or an act not stated (negated, planned, recalled)
      if (own.some(({ s }) => OTHER_PROJECTS.test(sText(s)) || learningCue(sText(s)))) continue;
      if (own.every(({ l, s }) => unstatedCue(clauseBefore(text, s.start, l.start, l.end)))) continue;
      if (!isProject && own.some(({ s }) => backgroundCue(sText(s)))) continue;
      // its own sentence names the project after it, as what the activity carries out ("giải ngân … để thực hiện dự án X")
      const inOwn = own.find(({ l, s }) => {
        const m = isProject ? names(s, frame.id) : undefined;
        return !!m && m.start >= l.end && stated(s) && !/;/u.test(text.slice(l.end, m.start)) && !!purposeBefore(text.slice(s.start, m.start));
      });
      const tie: Tie | undefined = viaProgram
        ? { quote: own[0].s, why: `the event is under a program that holds the article's one project` }
        : inOwn
          ? { quote: inOwn.s, why: `its own sentence names ${frame.name}` }
          : tieFor(inst.type, anotherBodys(e.id), own);
      if (!tie) continue;
      relate(a, e.id, RelType.PART_OF, frame.id, tie.quote, `an activity of the article's one ${isProject ? "project" : "program"}: ${tie.why}`, {
        inferred: `The article ties its activities to its one ${isProject ? "project" : "program"} in the quoted sentence; that this event is one of them is read from it.`,
      });
    }
  }

  // 3. the project applies what its events trained on, showed or handed over
  if (project) {
    const all = [...rels()];
    const eventsOf = new Set(all.filter((r) => r.type === RelType.PART_OF && r.to === project.id && a.entities.get(r.from)?.kind === Label.Event).map((r) => r.from));
    const runsOf = new Map(all.filter((r) => r.type === RelType.PART_OF && a.entities.get(r.from)?.kind === Label.Intervention).map((r) => [r.from, r.to]));
    const models = new Map<string, { quote: string; via: string }>();
    for (const r of all) {
      const owner = r.type === RelType.SHOWCASED ? r.from : runsOf.get(r.from);
      if (!owner || !eventsOf.has(owner) || a.entities.get(r.to)?.kind !== Label.Model) continue;
      if (r.type !== RelType.SHOWCASED && r.type !== RelType.APPLIES && r.type !== RelType.TRAINS_ON) continue;
      // a study tour sees the hosts' models, not the project's
      if (r.type === RelType.SHOWCASED && (a.entities.get(owner)?.props.eventType === EventType.STUDY_TOUR || learningCue(r.quote))) continue;
      if (!models.has(r.to)) models.set(r.to, { quote: r.quote, via: String(a.entities.get(owner)?.name ?? owner) });
    }
    if (models.size) {
      const existing = all.find(
        (r) =>
          r.type === RelType.PART_OF &&
          r.to === project.id &&
          a.entities.get(r.from)?.kind === Label.Intervention &&
          a.entities.get(r.from)?.props.activity === ActivityKind.MODEL_RUN,
      );
      const applied = new Set(existing ? all.filter((r) => r.from === existing.from && r.type === RelType.APPLIES).map((r) => r.to) : []);
      let iv = existing?.from;
      for (const [model, { quote, via }] of models) {
        if (applied.has(model)) continue;
        const at = text.indexOf(quote);
        const span = at >= 0 ? { start: at, end: at + quote.length } : project.quote;
        const m = a.entities.get(model)!;
        if (!iv) {
          iv = declareNew(
            a,
            Label.Intervention,
            `${project.name}: ${m.name}`,
            { activity: ActivityKind.MODEL_RUN },
            span,
            `new: the run of "${m.name}" by "${project.name}", through its activity "${via}"`,
          ).id;
          a.entities.get(iv)!.inferred = `The project's activity "${via}" taught, showed or handed over "${m.name}"; that the project runs it is read from it.`;
          relate(a, iv, RelType.PART_OF, project.id, span, `the run is part of "${project.name}"`);
        }
        relate(a, iv, RelType.APPLIES, model, span, `what the project's activity "${via}" taught, showed or handed over: "${m.name}"`, {
          inferred: `The article's one project holds the activity "${via}"; that the project applies what it taught, showed or gave is read from it.`,
        });
      }
    }
  }
  return a;
}
