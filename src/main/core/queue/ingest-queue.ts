import { randomUUID } from 'node:crypto';
import type { QueueJob, QueueStatus } from '../../../shared/domain';
import { QuireError, toApiError } from '../../../shared/result';
import type { EventHub } from '../events/emitter';
import { parseMeta } from './job-meta';
import { DEFAULT_RETRY, verdict, type RetryPolicy } from './retry-policy';
import type { JobRow, JobsRepo } from './jobs-repo';

export interface QueueOptions {
  /** Saves running at once (default 6). */
  concurrency?: number;
  /** Saves running at once against one host (default 2): politeness towards small sites. */
  perHost?: number;
  retry?: RetryPolicy;
}

/** Does the work of one job and returns the article it saved or updated. */
export type JobHandler = (job: JobRow, signal: AbortSignal) => Promise<number>;

const FINAL = new Set(['done', 'failed', 'cancelled']);

// Queues of this process that have not been stopped.
const LIVE_RUNNERS = new Set<string>();

/** A runner id names the process, so another process can tell a killed runner from a live one. */
function runnerAlive(runner: string): boolean {
  const pid = Number(runner.split(':')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return LIVE_RUNNERS.has(runner);
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs the persistent ingest queue: every save goes through it, so a killed app resumes where it
 * stopped. At most `concurrency` saves at once and `perHost` per host; transient failures are
 * retried with backoff (honouring Retry-After), permanent ones fail at once.
 */
export class IngestQueue {
  readonly runner = `${process.pid}:${randomUUID()}`;
  private readonly running = new Map<number, { host: string; controller: AbortController }>();
  private readonly waiters = new Map<number, ((job: QueueJob) => void)[]>();
  private readonly concurrency: number;
  private readonly perHost: number;
  private readonly retry: RetryPolicy;
  private timer: NodeJS.Timeout | null = null;
  private progressTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private settled: Promise<unknown>[] = [];

  constructor(
    private readonly repo: JobsRepo,
    private readonly handler: JobHandler,
    private readonly events: EventHub,
    options: QueueOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 6;
    this.perHost = options.perHost ?? 2;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  /** Picks up what a killed or crashed runner left half done, then starts working. */
  start(): void {
    LIVE_RUNNERS.add(this.runner);
    this.repo.requeueOrphans(runnerAlive);
    this.pump();
  }

  /** Starts as many due jobs as the limits allow; called whenever something changes. */
  pump(): void {
    if (this.stopped) return;
    while (this.running.size < this.concurrency) {
      const perHost = new Map<string, number>();
      for (const { host } of this.running.values()) perHost.set(host, (perHost.get(host) ?? 0) + 1);
      const busy = [...perHost].filter(([, n]) => n >= this.perHost).map(([h]) => h);
      const job = this.repo.nextRunnable(Date.now(), busy);
      if (!job) break;
      if (this.repo.claim(job.id, this.runner)) this.run(job);
    }
    this.scheduleWake();
    this.progress();
  }

  private scheduleWake(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = this.repo.nextDue();
    if (due === null) return;
    const delay = Math.max(50, due - Date.now());
    // Only needed for jobs waiting out a backoff; everything else is woken by a job finishing.
    if (delay > 50 || this.running.size === 0) {
      this.timer = setTimeout(() => this.pump(), Math.min(delay, 2 ** 31 - 1));
      this.timer.unref?.();
    }
  }

  private run(job: JobRow): void {
    const controller = new AbortController();
    this.running.set(job.id, { host: job.host, controller });
    const attempt = job.attempts + 1;
    const done = this.handler(job, controller.signal).then(
      (articleId) => {
        if (!controller.signal.aborted) this.repo.finish(job.id, articleId);
      },
      (err: unknown) => {
        if (controller.signal.aborted || this.stopped) return;
        const { code, message } = toApiError(err);
        const max = parseMeta(job.meta).maxAttempts;
        const v = verdict(err, attempt, max ? { ...this.retry, maxAttempts: max } : this.retry);
        if (v.retry) this.repo.retryLater(job.id, Date.now() + v.afterMs, code, message);
        else this.repo.fail(job.id, code, message);
      },
    );
    const tracked = done
      .catch((err: unknown) => {
        // Recording the outcome itself failed (disk full, database closed): leave the job to be resumed.
        console.error('[quire] queue bookkeeping failed:', err);
      })
      .finally(() => {
        this.running.delete(job.id);
        this.settled = this.settled.filter((p) => p !== tracked);
        this.notify(job.id);
        this.pump();
      });
    this.settled.push(tracked);
  }

  private notify(id: number): void {
    const list = this.waiters.get(id);
    if (!list) return;
    const job = this.repo.job(id);
    if (!job || !FINAL.has(job.status)) return;
    this.waiters.delete(id);
    for (const resolve of list) resolve(job);
  }

  /** Resolves when the job is done, failed or cancelled. */
  wait(id: number): Promise<QueueJob> {
    const job = this.repo.job(id);
    if (!job) return Promise.reject(new QuireError('NOT_FOUND', `No queued save with id ${id}.`));
    if (FINAL.has(job.status)) return Promise.resolve(job);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** Resolves when none of the given jobs is pending or running any more. */
  async waitAll(ids: readonly number[]): Promise<QueueJob[]> {
    return Promise.all(ids.map((id) => this.wait(id)));
  }

  cancel(ids: readonly number[] | 'all'): number[] {
    const cancelled = this.repo.cancel(ids);
    for (const id of cancelled) {
      this.running.get(id)?.controller.abort();
      this.notify(id);
    }
    this.pump();
    return cancelled;
  }

  retryFailed(ids?: readonly number[]): number {
    const n = this.repo.retryFailed(ids);
    this.pump();
    return n;
  }

  dismissFailed(): number {
    const n = this.repo.dismissFailed();
    this.progress();
    return n;
  }

  status(): QueueStatus {
    return this.repo.status();
  }

  /** Progress events, at most ten a second, the last one always sent. */
  private progress(): void {
    if (this.progressTimer || this.stopped) return;
    this.progressTimer = setTimeout(() => {
      this.progressTimer = null;
      if (!this.stopped) this.events.emit('queueProgress', this.repo.status());
    }, 100);
    this.progressTimer.unref?.();
  }

  /** Stops taking jobs and waits for running ones; their jobs go back to pending for next time. */
  async stop(): Promise<void> {
    this.stopped = true;
    LIVE_RUNNERS.delete(this.runner);
    if (this.timer) clearTimeout(this.timer);
    if (this.progressTimer) clearTimeout(this.progressTimer);
    for (const { controller } of this.running.values()) controller.abort();
    await Promise.allSettled(this.settled);
    this.repo.requeueOrphans((r) => r !== this.runner);
  }
}
