import type { JobStatus, QueueJob, QueueStatus } from '../../../shared/domain';
import type { Db } from '../library/db';
import type { JobMeta } from './job-meta';

export type JobKind = 'save' | 'images' | 'refresh';

export interface JobRow {
  id: number;
  kind: JobKind;
  url: string;
  host: string;
  status: JobStatus;
  attempts: number;
  not_before: number;
  error_code: string | null;
  error: string | null;
  article_id: number | null;
  batch_id: number | null;
  meta: string | null;
}

export interface NewJob {
  kind: JobKind;
  url: string;
  host: string;
  meta?: JobMeta;
  articleId?: number | null;
}

const toJob = (r: JobRow): QueueJob => ({
  id: r.id,
  url: r.url,
  status: r.status,
  attempts: r.attempts,
  errorCode: r.error_code,
  error: r.error,
  articleId: r.article_id,
});

const ACTIVE_SINCE = 'queue.activeSince';

/** The only place that speaks SQL about the ingest queue. */
export class JobsRepo {
  constructor(private readonly db: Db) {}

  private now = () => new Date().toISOString();

  newBatch(source: string, format: string | null, fileName: string | null): number {
    return Number(
      this.db
        .prepare('INSERT INTO ingest_batches(source, format, file_name, created_at) VALUES (?, ?, ?, ?)')
        .run(source, format, fileName, this.now()).lastInsertRowid,
    );
  }

  /** Work arriving at an idle queue starts a new burst: the progress bar counts from here. */
  private startBurst(now: string): void {
    if (this.hasUnfinished()) return;
    this.db
      .prepare(
        'INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(ACTIVE_SINCE, now);
  }

  /** Adds jobs (call inside the caller's transaction to make an import all-or-nothing). */
  add(jobs: readonly NewJob[], batchId: number | null): number[] {
    const now = this.now();
    this.startBurst(now);
    const insert = this.db.prepare(
      `INSERT INTO ingest_jobs(kind, url, host, status, article_id, batch_id, meta, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
    );
    return jobs.map((j) =>
      Number(
        insert.run(
          j.kind,
          j.url,
          j.host,
          j.articleId ?? null,
          batchId,
          j.meta ? JSON.stringify(j.meta) : null,
          now,
          now,
        ).lastInsertRowid,
      ),
    );
  }

  hasUnfinished(): boolean {
    return !!this.db
      .prepare("SELECT 1 FROM ingest_jobs WHERE status IN ('pending', 'running') LIMIT 1")
      .get();
  }

  /** An unfinished job for this URL, so the same page is never queued twice. */
  findUnfinished(kind: JobKind, url: string): number | null {
    const row = this.db
      .prepare(
        "SELECT id FROM ingest_jobs WHERE kind = ? AND url = ? AND status IN ('pending', 'running') LIMIT 1",
      )
      .get(kind, url) as { id: number } | undefined;
    return row?.id ?? null;
  }

  get(id: number): JobRow | null {
    return (this.db.prepare('SELECT * FROM ingest_jobs WHERE id = ?').get(id) as JobRow | undefined) ?? null;
  }

  /** The next job that may start now: oldest first, skipping hosts that are busy enough. */
  nextRunnable(now: number, busyHosts: readonly string[]): JobRow | null {
    const placeholders = busyHosts.map(() => '?').join(', ');
    return (
      (this.db
        .prepare(
          `SELECT * FROM ingest_jobs WHERE status = 'pending' AND not_before <= ?
           ${busyHosts.length ? `AND host NOT IN (${placeholders})` : ''} ORDER BY not_before, id LIMIT 1`,
        )
        .get(now, ...busyHosts) as JobRow | undefined) ?? null
    );
  }

  /** When the earliest waiting job becomes due, to sleep until then. */
  nextDue(): number | null {
    const row = this.db
      .prepare("SELECT min(not_before) AS t FROM ingest_jobs WHERE status = 'pending'")
      .get() as {
      t: number | null;
    };
    return row.t;
  }

  /** Claims a pending job for this runner; false if someone else (another process) took it first. */
  claim(id: number, runner: string): boolean {
    return (
      this.db
        .prepare(
          "UPDATE ingest_jobs SET status = 'running', runner = ?, attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'pending'",
        )
        .run(runner, this.now(), id).changes === 1
    );
  }

  finish(id: number, articleId: number): void {
    this.db
      .prepare(
        "UPDATE ingest_jobs SET status = 'done', article_id = ?, error_code = NULL, error = NULL, updated_at = ? WHERE id = ? AND status = 'running'",
      )
      .run(articleId, this.now(), id);
  }

  fail(id: number, code: string, message: string): void {
    this.db
      .prepare(
        "UPDATE ingest_jobs SET status = 'failed', error_code = ?, error = ?, updated_at = ? WHERE id = ? AND status = 'running'",
      )
      .run(code, message, this.now(), id);
  }

  retryLater(id: number, notBefore: number, code: string, message: string): void {
    this.db
      .prepare(
        "UPDATE ingest_jobs SET status = 'pending', not_before = ?, error_code = ?, error = ?, updated_at = ? WHERE id = ? AND status = 'running'",
      )
      .run(notBefore, code, message, this.now(), id);
  }

  /** Jobs left running by a runner that is gone (killed, crashed) go back to the queue. */
  requeueOrphans(isAlive: (runner: string) => boolean): number {
    const rows = this.db.prepare("SELECT id, runner FROM ingest_jobs WHERE status = 'running'").all() as {
      id: number;
      runner: string | null;
    }[];
    const orphans = rows.filter((r) => !r.runner || !isAlive(r.runner));
    const update = this.db.prepare(
      "UPDATE ingest_jobs SET status = 'pending', not_before = 0, updated_at = ? WHERE id = ? AND status = 'running'",
    );
    this.db.transaction(() => orphans.forEach((r) => update.run(this.now(), r.id)))();
    return orphans.length;
  }

  cancel(ids: readonly number[] | 'all'): number[] {
    const now = this.now();
    return this.db.transaction(() => {
      const rows = (
        ids === 'all'
          ? this.db.prepare("SELECT id FROM ingest_jobs WHERE status IN ('pending', 'running')").all()
          : ids.map((id) =>
              this.db
                .prepare("SELECT id FROM ingest_jobs WHERE id = ? AND status IN ('pending', 'running')")
                .get(id),
            )
      ).filter(Boolean) as { id: number }[];
      const update = this.db.prepare(
        "UPDATE ingest_jobs SET status = 'cancelled', updated_at = ? WHERE id = ?",
      );
      for (const r of rows) update.run(now, r.id);
      return rows.map((r) => r.id);
    })();
  }

  /** Failed jobs go back to the queue with a fresh set of attempts. */
  retryFailed(ids?: readonly number[]): number {
    const now = this.now();
    return this.db.transaction(() => {
      this.startBurst(now);
      const sql = `UPDATE ingest_jobs SET status = 'pending', attempts = 0, not_before = 0, updated_at = ?
                   WHERE status = 'failed'`;
      if (!ids) return this.db.prepare(sql).run(now).changes;
      const one = this.db.prepare(`${sql} AND id = ?`);
      return ids.reduce((n, id) => n + one.run(now, id).changes, 0);
    })();
  }

  /** One failed job the person has already been told about. */
  dismiss(id: number): void {
    this.db
      .prepare(
        "UPDATE ingest_jobs SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = 'failed'",
      )
      .run(this.now(), id);
  }

  /** Failed jobs the person has seen and does not want retried. */
  dismissFailed(): number {
    return this.db
      .prepare("UPDATE ingest_jobs SET status = 'cancelled', updated_at = ? WHERE status = 'failed'")
      .run(this.now()).changes;
  }

  status(): QueueStatus {
    const since =
      (
        this.db.prepare('SELECT value FROM settings WHERE key = ?').get(ACTIVE_SINCE) as
          { value: string } | undefined
      )?.value ?? '';
    const counts = { pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    const rows = this.db
      .prepare(
        `SELECT status, count(*) AS n FROM ingest_jobs WHERE created_at >= ? OR status IN ('pending', 'running')
         GROUP BY status`,
      )
      .all(since) as { status: JobStatus; n: number }[];
    for (const r of rows) counts[r.status] = r.n;
    const current = this.db
      .prepare("SELECT id, url FROM ingest_jobs WHERE status = 'running' ORDER BY updated_at")
      .all() as { id: number; url: string }[];
    const failures = (
      this.db
        .prepare(
          "SELECT * FROM ingest_jobs WHERE status = 'failed' ORDER BY updated_at DESC, id DESC LIMIT 100",
        )
        .all() as JobRow[]
    ).map(toJob);
    return { ...counts, current, failures };
  }

  /** Counts of a batch's jobs by status. */
  batchCounts(batchId: number): Record<JobStatus, number> {
    const counts = { pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    const rows = this.db
      .prepare('SELECT status, count(*) AS n FROM ingest_jobs WHERE batch_id = ? GROUP BY status')
      .all(batchId) as { status: JobStatus; n: number }[];
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  batchFailures(batchId: number): QueueJob[] {
    return (
      this.db
        .prepare("SELECT * FROM ingest_jobs WHERE batch_id = ? AND status = 'failed' ORDER BY id")
        .all(batchId) as JobRow[]
    ).map(toJob);
  }

  job(id: number): QueueJob | null {
    const r = this.get(id);
    return r ? toJob(r) : null;
  }
}
