import { readFileSync } from 'node:fs';

/** Resident set size of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Samples the resident memory of some processes every `everyMs` until stopped, keeping each
 * one's peak. The caller's event loop must stay free meanwhile (run the load asynchronously).
 */
export function samplePeakRss(pids: number[], everyMs = 200): { stop(): number[] } {
  const peaks = pids.map(rssMb);
  const timer = setInterval(
    () => pids.forEach((pid, index) => (peaks[index] = Math.max(peaks[index]!, rssMb(pid)))),
    everyMs,
  );
  return {
    stop() {
      clearInterval(timer);
      return pids.map((pid, index) => Math.max(peaks[index]!, rssMb(pid)));
    },
  };
}
