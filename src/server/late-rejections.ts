import { GraphQLError } from "graphql";
import { AppError } from "../common/errors";
import type { Logger } from "../module.type";

/**
 * Whether a promise rejection nobody handled is a request's own error arriving after its
 * response was decided: a GraphQLError located at a field, caused by one of the API's errors
 * (the request's time budget running out while fields resolve, say). graphql-js 16 leaves such
 * promises behind: when one item of a non-null list fails synchronously, `completeListValue`
 * stops building the list's items (Array.from) and drops the promises of the items before it,
 * whose later failure then has no handler. The request has already answered with its error.
 */
export function isLateRequestError(reason: unknown): boolean {
  return reason instanceof GraphQLError && (reason instanceof AppError || reason.originalError instanceof AppError);
}

/**
 * The handler for `unhandledRejection`: a late request error (isLateRequestError) is logged and
 * the server keeps serving everyone else; any other rejection is a defect of unknown reach,
 * logged as fatal before `exit(1)`, as Node does by default.
 */
export function lateRejectionHandler(logger: Pick<Logger, "warn" | "error">, exit: (code: number) => void): (reason: unknown) => void {
  return (reason) => {
    if (isLateRequestError(reason)) {
      logger.warn({ err: reason }, "a request's error arrived after its response; ignored");
      return;
    }
    logger.error({ err: reason }, "unhandled promise rejection; exiting");
    exit(1);
  };
}
