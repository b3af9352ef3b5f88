import { existsSync, readdirSync, readFileSync } from 'fs';

interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime, clock ticks */
  own: number;
  /** cutime + cstime: the children it waited for (what its exited children used) */
  children: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' '); // from the state field (3rd in proc(5))
    return { pid, comm, ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return undefined; // gone meanwhile
  }
}

/**
 * User + system CPU seconds used so far by the local PostgreSQL cluster(s), from /proc (Linux only; undefined
 * elsewhere): every running process named `postgres` (postmaster, backends, checkpointer, background writer, WAL
 * writer, autovacuum, parallel workers), plus what the postmaster's exited children used (its cutime/cstime), so a
 * backend that ends between two readings is not lost. A difference of two readings is the whole cluster's CPU over
 * that interval, whoever caused it: meaningful on a machine where nothing else uses the database.
 */
export function postgresCpuSeconds(): number | undefined {
  const processes = processesNamed('postgres');
  if (processes === undefined) return undefined;
  const pids = new Set(processes.map((stat) => stat.pid));
  const ticks = processes.reduce((sum, stat) => sum + stat.own + (pids.has(stat.ppid) ? 0 : stat.children), 0);
  return ticks / 100; // USER_HZ = 100, as cpu-time.ts
}

/**
 * User + system CPU seconds used so far by the local processes with this name (`nats-server`, `redis-server`), from
 * /proc; undefined when none runs on this machine (or not on Linux). A difference of two readings is their CPU over
 * that interval, whoever caused it.
 */
export function serverCpuSeconds(name: string): number | undefined {
  const processes = processesNamed(name);
  return processes === undefined ? undefined : processes.reduce((sum, stat) => sum + stat.own, 0) / 100;
}

function processesNamed(name: string): ProcStat[] | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const processes = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => procStat(Number(entry)))
    .filter((stat): stat is ProcStat => stat?.comm === name);
  return processes.length === 0 ? undefined : processes;
}
