// The reader's own changes to the page's structure (a chrome line wrapped in a
// hidden span, and unwrapped on undo) are made inside `readerChange`, so a page
// watcher can tell them from the page's own changes. They are synchronous: no
// page script runs in between, so every mutation recorded during one is ours.

interface ChangeListener {
  /** Just before: the page's changes recorded so far are handled as the page's. */
  before(): void;
  /** Just after: what was recorded since `before` is the reader's and is dropped. */
  after(): void;
}

const listeners = new Set<ChangeListener>();

/** Registers a watcher; returns the function that unregisters it. */
export function onReaderChanges(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `change` (which moves the page's nodes) as the reader's own change. */
export function readerChange<T>(change: () => T): T {
  for (const l of listeners) l.before();
  try {
    return change();
  } finally {
    for (const l of listeners) l.after();
  }
}
