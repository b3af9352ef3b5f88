import { existsSync, readFileSync } from 'fs';

/** User + system CPU seconds the process `pid` has used so far (from /proc, Linux only); undefined elsewhere. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  const path = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(path)) return undefined;
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** Runs `work` and the CPU time the process `pid` spent meanwhile. */
export async function withCpuTime<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ measurement: T; cpuSeconds?: number }> {
  const before = cpuSecondsOf(pid);
  const measurement = await work();
  const after = cpuSecondsOf(pid);
  return { measurement, cpuSeconds: before === undefined || after === undefined ? undefined : after - before };
}
