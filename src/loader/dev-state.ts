// What `astro dev` needs between the loader and the pages. The loader runs in the dev
// server's process and pages render in Vite's module runner in the same process, but
// from separate module instances: state shared through a module variable would not
// arrive, so it lives on globalThis under a registered symbol.

/** Content errors as Astro shows them: the message is the check's full report. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    // The messages name file, line and field; a stack trace would only bury them.
    this.stack = '';
  }

  // Astro guesses hints from the error's text (a file named windows.md earns advice about
  // browser APIs); the message itself is the full report.
  override toString(): string {
    return `${this.name}: content check failed`;
  }
}

const ERRORS = Symbol.for('briefing.dev-content-errors');

type Shared = typeof globalThis & { [ERRORS]?: string };

/** The check's errors while content is broken in dev, or undefined once it is fixed. */
export function setDevContentErrors(report: string | undefined): void {
  (globalThis as Shared)[ERRORS] = report;
}

export function devContentErrors(): string | undefined {
  return (globalThis as Shared)[ERRORS];
}

/**
 * Runs `work` once per burst of changes, never two at a time: a change that arrives while
 * it runs schedules one more run afterwards, so the last run always sees the last save
 * (an editor's save can fire twice, and an older run finishing late must not win).
 */
export function serialRefresh(work: () => Promise<void>): () => Promise<void> {
  let dirty = false;
  let running: Promise<void> | undefined;
  return () => {
    dirty = true;
    running ??= (async () => {
      try {
        while (dirty) {
          dirty = false;
          await work();
        }
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
