/**
 * CPU time per thread of this process, from Linux's /proc (null elsewhere). It shows where a
 * pool's CPU goes: the workers' own threads, and the rest (V8's helper threads, which compile and
 * collect garbage for every worker, and the main thread). One worker's helpers run on an idle
 * core; with a worker per core they take time from the workers, which is what limits scaling.
 */
import fs from 'node:fs';

// Clock ticks per second of utime/stime: USER_HZ, 100 on Linux for every common architecture.
const TICKS_PER_SECOND = 100;

export type ThreadCpu = Map<number, number>;

export function threadCpu(): ThreadCpu | null {
  try {
    const out: ThreadCpu = new Map();
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised command name, which may itself hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
    return out;
  } catch {
    return null;
  }
}

export interface CpuSplit {
  /** CPU of the `workers` busiest threads other than the main one, per page. */
  workersMsPerPage: number;
  /** CPU of every other thread but the main one (V8's helpers, libuv), per page. */
  helpersMsPerPage: number;
  mainMsPerPage: number;
}

export function splitCpu(
  before: ThreadCpu | null,
  after: ThreadCpu | null,
  workers: number,
  pages: number,
): CpuSplit | null {
  if (!before || !after || pages === 0) return null;
  const used = [...after].map(([tid, s]) => ({ tid, s: s - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === process.pid)?.s ?? 0;
  const others = used.filter((t) => t.tid !== process.pid).sort((a, b) => b.s - a.s);
  const sum = (list: { s: number }[]): number => list.reduce((a, t) => a + t.s, 0);
  const perPage = (s: number): number => (s * 1000) / pages;
  return {
    workersMsPerPage: perPage(sum(others.slice(0, workers))),
    helpersMsPerPage: perPage(sum(others.slice(workers))),
    mainMsPerPage: perPage(main),
  };
}
