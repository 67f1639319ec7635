/**
 * Everything the benchmark starts registers how to undo it here; `cleanUp` undoes it in reverse
 * order, each step bounded in time, and `cleanUpNow` is the synchronous last resort on exit.
 */
type Task = { name: string; run: () => Promise<void>; runNow?: () => void };

const tasks: Task[] = [];

/** Registers an undo step; returns a function that runs it early (and forgets it). */
export function defer(name: string, run: () => Promise<void>, runNow?: () => void): () => Promise<void> {
  const task: Task = { name, run, runNow };
  tasks.push(task);
  return async () => {
    const i = tasks.indexOf(task);
    if (i < 0) return;
    tasks.splice(i, 1);
    await task.run();
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every pending undo step, newest first; a failing step is reported and the rest still run. */
export async function cleanUp(stepTimeoutMs = 15_000): Promise<void> {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      await withTimeout(task.run(), stepTimeoutMs, `clean-up "${task.name}"`);
    } catch (error) {
      console.error(`  clean-up "${task.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
      task.runNow?.();
    }
  }
}

/** Synchronous fallback for process exit: kill what is left, remove what can be removed. */
export function cleanUpNow(): void {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      task.runNow?.();
    } catch {
      // Exiting anyway; nothing more can be done here.
    }
  }
}
