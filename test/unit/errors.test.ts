import { ErrorCode, httpStatusOf } from "../../src/common/errors";

describe("httpStatusOf", () => {
  it("gives every ErrorCode an HTTP error status", () => {
    for (const code of Object.values(ErrorCode)) {
      const status = httpStatusOf(code);
      expect([code, Number.isInteger(status) && status >= 400 && status < 600]).toEqual([code, true]);
    }
  });

  it("keeps the statuses the server, the exports and the health checks answered before the table", () => {
    expect(Object.fromEntries(Object.values(ErrorCode).map((code) => [code, httpStatusOf(code)]))).toEqual({
      BAD_USER_INPUT: 400,
      NOT_FOUND: 404,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      SERVICE_UNAVAILABLE: 503,
      BAD_REQUEST: 400,
      QUERY_TOO_DEEP: 400,
      QUERY_TOO_COMPLEX: 400,
      TOO_MANY_ALIASES: 400,
      TOO_MANY_ROOT_FIELDS: 400,
      TOO_MANY_DIRECTIVES: 400,
      TOO_MANY_TOKENS: 400,
      PAYLOAD_TOO_LARGE: 413,
      RATE_LIMITED: 429,
      CONFLICT: 409,
      PERSISTED_DOCUMENT_NOT_FOUND: 400,
      PERSISTED_DOCUMENTS_ONLY: 400,
      INTERNAL_SERVER_ERROR: 500,
    });
  });
});
