/**
 * Reads with writes going on (issue #20: "Reads stay as fast as today (benchmark them with writes
 * going on)"). `readers` clients ask the 3W page, its facets and the whole-country summary (Q1,
 * Q13, Q7 in turn) alone for `seconds`; then the same clients again for `seconds` while one
 * curator, signed in with a bearer token, creates a draft from a short article (written for the
 * benchmark, in our own words), publishes it accepting every proposal, and removes the source
 * again, over and over. Each write goes through the API's one write path (validation, merging,
 * the kept aggregates, the audit log), exactly as the workbench's. The readers' p95 with writes ÷
 * alone is the number to read; the writer's cycles say how much was written meanwhile.
 *
 * The API must run with SEED_ARTICLES_DIR pointing at a throw-away directory (the harness does):
 * publishing keeps each source as a seed file there.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { clients } from "./bench.export";
import type { GraphQLAsk } from "./bench.questions";
import type { WriterResult, WritesResult } from "./bench.run";
import { median, p95 } from "./bench.stats";

/** The benchmark curator's article: our own words, about the place the benchmark asks about. */
export function benchArticle(placeName: string, n: number): string {
  return [
    `Tập huấn nuôi gà thả vườn cho hội viên phụ nữ ở ${placeName} (lượt ${n})`,
    "",
    `Ngày 14/3/2024, Hội Liên hiệp Phụ nữ tỉnh ${placeName} phối hợp với Tổ chức Plan International mở một lớp tập huấn về mô hình nuôi gà thả vườn cho 35 hội viên là phụ nữ dân tộc thiểu số.`,
    "Lớp học kéo dài hai ngày, hướng dẫn cách làm chuồng, phòng bệnh và ghi chép chi phí. Sau lớp học, mỗi hộ tham gia được hỗ trợ 20 con gà giống.",
  ].join("\n");
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(120_000),
  });
  const body = (await res.json()) as Answer;
  if (!res.ok || body.errors?.length) {
    const e = body.errors?.[0];
    throw new Error(`${res.status} ${e?.extensions?.code ?? ""} ${e?.message ?? ""}`.trim().slice(0, 200));
  }
  return body;
}

/**
 * Signs in through `login` with the account's one-time password and, as the account must before
 * it writes, sets a password of its own (changePassword); returns the bearer token.
 */
export async function signIn(url: string, name: string, oneTimePassword: string): Promise<string> {
  const body = await post(url, "", `mutation($n: String!, $p: String!) { login(name: $n, password: $p) { token user { mustChangePassword } } }`, { n: name, p: oneTimePassword });
  const login = body.data?.login;
  if (!login || typeof login !== "object" || !("token" in login) || typeof login.token !== "string") throw new Error("login answered without a token");
  const token = login.token;
  await post(url, token, `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`, {
    o: oneTimePassword,
    n: randomBytes(24).toString("base64url"),
  });
  return token;
}

const CREATE = `mutation($input: DraftInput!) { createDraft(input: $input) { id sourceId } }`;
const PUBLISH = `mutation($id: ID!) { publishDraft(id: $id, acceptAll: true) { id } }`;
const REMOVE = `mutation($id: ID!) { removeSource(id: $id) }`;

async function writer(url: string, token: string, placeName: string, until: () => boolean): Promise<WriterResult> {
  const create: number[] = [];
  const publish: number[] = [];
  const remove: number[] = [];
  const errors: string[] = [];
  let n = 0;
  const timed = async <T>(into: number[], fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    into.push(performance.now() - t);
    return out;
  };
  while (!until()) {
    n++;
    try {
      const made = await timed(create, () =>
        post(url, token, CREATE, {
          input: {
            text: benchArticle(placeName, n),
            url: `https://bench.invalid/writes/${Date.now()}-${n}`,
            outlet: "Benchmark",
            language: "vi",
            publishedOn: "2024-03-15",
          },
        }),
      );
      const draft = made.data?.createDraft;
      if (!draft || typeof draft !== "object" || !("id" in draft) || !("sourceId" in draft)) throw new Error("createDraft answered without a draft");
      await timed(publish, () => post(url, token, PUBLISH, { id: draft.id }));
      await timed(remove, () => post(url, token, REMOVE, { id: draft.sourceId }));
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
      // an error is not a reason to hammer the server: wait a little before the next cycle
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return {
    cycles: remove.length,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 3),
    createP50Ms: median(create),
    publishP50Ms: median(publish),
    publishP95Ms: p95(publish),
    removeP50Ms: median(remove),
  };
}

export async function runWrites(options: { graphqlUrl: string; token: string; placeName: string; reads: GraphQLAsk[]; readers: number; seconds: number }): Promise<WritesResult> {
  const soloStarted = performance.now();
  const soloUntil = soloStarted + options.seconds * 1000;
  const solo = await clients(options.graphqlUrl, options.reads, options.readers, () => performance.now() >= soloUntil);
  const soloSeconds = (performance.now() - soloStarted) / 1000;

  const started = performance.now();
  const until = started + options.seconds * 1000;
  let writing = true;
  const written = writer(options.graphqlUrl, options.token, options.placeName, () => performance.now() >= until).finally(() => (writing = false));
  // the readers run as long as the writer does (its last cycle may end after `seconds`)
  const [withWrites, w] = await Promise.all([clients(options.graphqlUrl, options.reads, options.readers, () => !writing), written]);
  return {
    readers: options.readers,
    solo: { ...solo, seconds: soloSeconds },
    withWrites: { ...withWrites, seconds: (performance.now() - started) / 1000 },
    writer: w,
    p95Ratio: solo.p95Ms && withWrites.p95Ms ? withWrites.p95Ms / solo.p95Ms : null,
  };
}
