import * as accounts from "../../src/accounts/accounts.cypher";
import { UserRole } from "../../src/accounts/accounts.roles";
import * as curation from "../../src/curation/curation.cypher";
import { DraftStatus } from "../../src/curation/curation.types";
import { type CypherPart, RowShapeError } from "../../src/graph/graph.statement";

/**
 * Every statement of the accounts and the curation (issue #20), built without a database: a change
 * to the Cypher or its parameters shows up as a snapshot diff to review (`npx jest test/cypher -u`
 * to accept it). The decoders are checked on rows of both shapes.
 */
const DRAFT: curation.StoredDraft = {
  id: "draft:x",
  sourceId: "src:x",
  status: DraftStatus.OPEN,
  version: 1,
  text: "A cooperative in Lai Chau raises chickens.",
  title: null,
  url: null,
  outlet: null,
  language: "en",
  publishedOn: null,
  createdBy: "cora",
  createdAt: 1,
  updatedAt: 2,
  proposals: [],
  fileName: null,
  published: false,
};
const AUDIT: curation.AuditData = { id: "audit:x", at: 3, actor: "cora", action: "CREATE_DRAFT", sourceId: "src:x", draftId: "draft:x", version: 1, detail: null };

const STATEMENTS: Record<string, CypherPart> = {
  "accounts: account name": accounts.accountNameStatement("cora"),
  "accounts: merge account": accounts.mergeAccountStatement("cora", UserRole.CURATOR, "hash"),
  "accounts: set disabled": accounts.setDisabledStatement("cora", true),
  "accounts: delete sessions of": accounts.deleteSessionsOfStatement("cora"),
  "accounts: list": accounts.listAccountsStatement(),
  "accounts: find account": accounts.findAccountStatement("cora"),
  "accounts: set password hash": accounts.setPasswordHashStatement("cora", "hash"),
  "accounts: delete expired sessions": accounts.deleteExpiredSessionsStatement("cora", 1000),
  "accounts: create session": accounts.createSessionStatement("cora", "token-hash", "csrf", 2000),
  "accounts: find session": accounts.findSessionStatement("token-hash", 1000),
  "accounts: delete session": accounts.deleteSessionStatement("token-hash"),
  "accounts: recent failures": accounts.recentFailuresStatement("cora", 500),
  "accounts: record failure": accounts.recordFailureStatement("cora", 1000, 500),
  "accounts: clear failures": accounts.clearFailuresStatement("cora"),
  "curation: create draft": curation.createDraftStatement(DRAFT),
  "curation: save draft": curation.saveDraftStatement(DRAFT, 0),
  "curation: find draft": curation.findDraftStatement("draft:x"),
  "curation: draft of source": curation.draftOfSourceStatement("src:x"),
  "curation: list drafts": curation.listDraftsStatement(DraftStatus.PUBLISHED, "cora"),
  "curation: entity kinds": curation.entityKindsStatement(["org:x", "vn:lai-chau"]),
  "curation: preview rows": curation.previewRowsStatement("org:x"),
  "curation: add audit": curation.addAuditStatement({ ...AUDIT, seedText: "seed" }),
  "curation: audit page": curation.auditPageStatement(11, [3, "audit:x"]),
  "curation: first audit page": curation.auditPageStatement(11, null),
  "curation: audit count": curation.auditCountStatement(),
  "curation: published seeds": curation.publishedSeedsStatement(),
};

describe("accounts' and curation's statements", () => {
  for (const [name, { cypher, params }] of Object.entries(STATEMENTS)) {
    it(name, () => {
      expect(cypher).toMatchSnapshot("cypher");
      expect(params).toMatchSnapshot("params");
    });
  }

  it("schema statements", () => {
    expect([...accounts.ACCOUNTS_SCHEMA, ...curation.CURATION_SCHEMA]).toMatchSnapshot();
  });

  it("never writes a given value into a statement", () => {
    for (const { cypher } of Object.values(STATEMENTS)) {
      for (const value of ["cora", "token-hash", "draft:x", "src:x", "org:x", "audit:x"]) expect(cypher).not.toContain(value);
      for (const value of ["hash", "csrf", "CURATOR", "PUBLISHED"]) expect(cypher).not.toMatch(new RegExp(`['"]${value}['"]`));
    }
  });
});

describe("accounts' and curation's row decoders", () => {
  it("an account's role is null where the stored value is no role, its absent texts are empty and disabled and mustChangePassword default to false", () => {
    const decode = accounts.findAccountStatement("cora").decode;
    expect(decode({ name: "cora", role: "EDITOR", disabled: true, passwordHash: "h", mustChangePassword: true })).toEqual({
      name: "cora",
      role: UserRole.EDITOR,
      disabled: true,
      passwordHash: "h",
      mustChangePassword: true,
    });
    expect(decode({ name: "cora", role: "KING", disabled: null, passwordHash: null })).toEqual({
      name: "cora",
      role: null,
      disabled: false,
      passwordHash: "",
      mustChangePassword: false,
    });
    expect(() => decode({ name: "cora", role: "EDITOR", disabled: "yes", passwordHash: "h" })).toThrow(RowShapeError);
  });

  it("a session's expiry is a number", () => {
    const decode = accounts.findSessionStatement("t", 0).decode;
    expect(decode({ name: "cora", role: "ADMIN", disabled: false, csrfToken: "c", expiresAt: 5 })).toEqual({
      name: "cora",
      role: UserRole.ADMIN,
      disabled: false,
      csrfToken: "c",
      expiresAt: 5,
      mustChangePassword: false,
    });
    expect(decode({ name: "cora", role: "ADMIN", disabled: false, csrfToken: "c", expiresAt: 5, mustChangePassword: true })).toMatchObject({ mustChangePassword: true });
    expect(() => decode({ name: "cora", role: "ADMIN", disabled: false, csrfToken: "c", expiresAt: "5" })).toThrow(RowShapeError);
  });

  it("a draft's properties come back as the draft written, its proposals parsed from JSON and an unknown status read as OPEN", () => {
    const decode = curation.findDraftStatement("draft:x").decode;
    const { props } = curation.createDraftStatement({ ...DRAFT, proposals: [] }).params;
    expect(decode({ d: props })).toEqual({ d: DRAFT });
    expect(decode({ d: { ...DRAFT, proposals: "[1]", status: "LOST" } }).d).toMatchObject({ proposals: [1], status: DraftStatus.OPEN });
    expect(decode({ d: { id: "draft:y" } }).d).toMatchObject({ id: "draft:y", title: null, proposals: [], published: false, version: 0 });
    expect(() => decode({ d: null })).toThrow(RowShapeError);
  });

  it("an audit entry's absent fields are null", () => {
    const decode = curation.auditPageStatement(1, null).decode;
    expect(decode({ a: AUDIT })).toEqual({ a: AUDIT });
    expect(decode({ a: { id: "audit:y", at: 4, actor: "ed", action: "REMOVE" } })).toEqual({
      a: { id: "audit:y", at: 4, actor: "ed", action: "REMOVE", sourceId: null, draftId: null, version: null, detail: null },
    });
  });

  it("an entity without a kind of the model table has kind null; a preview row without a model has model null", () => {
    expect(curation.entityKindsStatement([]).decode({ id: "org:x", kind: null })).toEqual({ id: "org:x", kind: null });
    expect(curation.previewRowsStatement("org:x").decode({ id: "k", organization: "O", role: "FUNDER", activity: "A", model: null, place: "" })).toEqual({
      id: "k",
      organization: "O",
      role: "FUNDER",
      activity: "A",
      model: null,
      place: "",
    });
  });
});
