// Giving the page its turn during long work (the first read and every re-read, a conversion).

/** Lets the page run: scheduler.yield() where there is one (the work resumes before other tasks), else a timer. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * A `pause` for readReportInSteps: lets the page run between the reading's stages
 * once `everyMs` have gone by since it last did (no long task on the main thread);
 * a report of a few thousand characters is read in one go.
 */
export function createPause(everyMs = 20, now: () => number = () => performance.now()): () => Promise<void> {
  let lastYield = now();
  return () => {
    if (now() - lastYield < everyMs) return Promise.resolve();
    return yieldToPage().then(() => {
      lastYield = now();
    });
  };
}
