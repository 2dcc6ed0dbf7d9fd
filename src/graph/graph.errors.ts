import { Neo4jError } from "neo4j-driver";
import { AppError, ErrorCode, ServiceUnavailableError } from "../common/errors";
import { BudgetExceededError, currentBudget } from "./graph.budget";

/** The server ended the transaction at its timeout: within a request, that is the time budget. */
const TIMED_OUT_CODES = new Set(["Neo.ClientError.Transaction.TransactionTimedOut", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"]);

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/**
 * The driver raises a full connection pool as a code-less Neo4jError ("N/A"); its message is the
 * only mark it has. Busy is a temporary condition, not a fault of the server or the client.
 */
function isPoolExhausted(err: Neo4jError): boolean {
  return err.code === "N/A" && err.message.startsWith("Connection acquisition timed out");
}

/**
 * Maps a driver error to what the client should see, at the graph boundary. Errors that are the
 * client's fault never reach here (inputs are validated first), so anything unrecognised is a
 * server fault and is rethrown unchanged, to be logged and masked by the error formatter.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError) {
    const budget = currentBudget();
    // The server may end the statement a moment before the API's own deadline fires: same cause.
    if (budget && TIMED_OUT_CODES.has(err.code)) return new BudgetExceededError(budget.timeoutMs);
    // A statement the server ended (terminated, or a transient error) once the deadline has passed: the budget ended it, not an unavailable database.
    if (budget && budget.remainingMs() === 0 && (err.code.endsWith(".Terminated") || err.code.startsWith("Neo.TransientError."))) return new BudgetExceededError(budget.timeoutMs);
    // Outside a request's budget (a download's own statements, a script): still a timeout, said so, never "unavailable".
    if (TIMED_OUT_CODES.has(err.code))
      return new ServiceUnavailableError("The database ended the statement at its transaction timeout; ask for less or try again", { timedOut: true });
    if (UNAVAILABLE_CODES.has(err.code) || err.code.startsWith("Neo.TransientError.") || isPoolExhausted(err)) {
      return new ServiceUnavailableError();
    }
    if (err.code === "Neo.ClientError.Security.Unauthorized" || err.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
      // The API's own credentials were refused: a configuration fault, not the caller's.
      return new AppError(ErrorCode.SERVICE_UNAVAILABLE, "The graph database refused the API's credentials");
    }
    // issue #20: a Neo4j-Bookmark header the database did not issue (graph.bookmarks.ts) is the client's fault.
    if (err.code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
      return new AppError(ErrorCode.BAD_REQUEST, "The Neo4j-Bookmark header holds a bookmark this database did not issue");
    }
  }
  return err;
}
