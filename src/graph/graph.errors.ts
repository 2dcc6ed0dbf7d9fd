import { Neo4jError } from "neo4j-driver";
import { AppError, ErrorCode, ServiceUnavailableError } from "../common/errors";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/**
 * Maps a driver error to what the client should see, at the graph boundary. Errors that are the
 * client's fault never reach here (inputs are validated first), so anything unrecognised is a
 * server fault and is rethrown unchanged, to be logged and masked by the error formatter.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code) || err.code.startsWith("Neo.TransientError.")) {
      return new ServiceUnavailableError();
    }
    if (err.code === "Neo.ClientError.Security.Unauthorized" || err.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
      // The API's own credentials were refused: a configuration fault, not the caller's.
      return new AppError(ErrorCode.SERVICE_UNAVAILABLE, "The graph database refused the API's credentials");
    }
  }
  return err;
}
