// Giving the page its turn during a long reading (the first read and every re-read).

/**
 * A `pause` for readReportInSteps: lets the page run between the reading's stages
 * once `everyMs` have gone by since it last did (no long task on the main thread);
 * a report of a few thousand characters is read in one go.
 */
export function createPause(everyMs = 20, now: () => number = () => performance.now()): () => Promise<void> {
  let lastYield = now();
  return () => {
    if (now() - lastYield < everyMs) return Promise.resolve();
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    const yielded = scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
    return yielded.then(() => {
      lastYield = now();
    });
  };
}
