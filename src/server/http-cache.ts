import type { ApolloServerPlugin } from "@apollo/server";
import type { BaseContext } from "../context.type";

/** Cache-Control of a successful GET read: shared caches may keep it for `maxAgeSeconds`. */
export const cacheableFor = (maxAgeSeconds: number): string => `public, max-age=${maxAgeSeconds}`;

/**
 * Cache-Control of GraphQL responses: a query sent by GET whose response has no error is
 * `public, max-age=CACHE_MAX_AGE_SECONDS`; everything else (POST, any error) is `no-store`.
 * The data is public and the same for every client, so shared caches may keep it. The strong
 * ETag and 304 on If-None-Match come from express (`etag: strong`, http.app.ts); Apollo's own
 * cache-control plugin, which would say no-store to everything without @cacheControl hints, is
 * disabled in server.ts.
 */
export function httpCachePlugin(maxAgeSeconds: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          const ok = response.body.kind === "single" && !response.body.singleResult.errors?.length;
          response.http.headers.set("cache-control", ok && request.http?.method === "GET" ? cacheableFor(maxAgeSeconds) : "no-store");
        },
      };
    },
  };
}
