/** How long a health check waits for the database before it calls it down. */
export const HEALTH_TIMEOUT_MS = 1_000;

/**
 * True when `ping` resolves within `timeoutMs`. Never rejects and never waits longer: a load
 * balancer asking while Neo4j is unreachable gets its answer in a second, not after the
 * driver's connection timeout.
 */
export async function databaseAnswers(ping: () => Promise<void>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      ping().then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
