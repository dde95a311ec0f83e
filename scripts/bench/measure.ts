/**
 * Measuring a step of the build as a child process: wall time, CPU time and peak memory. CPU time
 * hardly moves with what else the machine runs, where wall time doubles when another job takes a
 * core; but the kernel counts for a parent only the processes that were waited for, and a step
 * does not wait for Pagefind's or esbuild's service (they are killed, unreaped, as it exits), so
 * a step's CPU time here is a floor (scripts/bench/growth.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measured {
  wallMs: number;
  /** User and system CPU time of the step and of the processes it waited for (not Pagefind's or esbuild's service). */
  cpuMs: number;
  /** Largest resident set of any one process of the step (KB), when /usr/bin/time is there. */
  maxRssKB?: number;
}

/** Clock ticks a second of /proc's times (USER_HZ, 100 on Linux whatever the kernel's HZ). */
const TICKS = 100;

/** CPU time (ms) of the children this process has waited for, from /proc/self/stat (cutime, cstime). */
export function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields after the command's name start at field 3 (state): cutime is field 16, cstime 17.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

const GNU_TIME = "/usr/bin/time";

/** Runs `cmd args` in `cwd` to its end, measured; its output is returned as the error's text if it fails. */
export function runMeasured(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Measured {
  const withTime = existsSync(GNU_TIME);
  const dir = withTime ? mkdtempSync(join(tmpdir(), "bc-measure-")) : "";
  const out = join(dir, "time.txt");
  const cpu = childrenCpuMs();
  const t = performance.now();
  try {
    if (withTime) execFileSync(GNU_TIME, ["-f", "%M", "-o", out, cmd, ...args], { cwd, env, stdio: "pipe", maxBuffer: 64 * 2 ** 20 });
    else execFileSync(cmd, args, { cwd, env, stdio: "pipe", maxBuffer: 64 * 2 ** 20 });
    const measured: Measured = { wallMs: Math.round(performance.now() - t), cpuMs: Math.round(childrenCpuMs() - cpu) };
    if (withTime) measured.maxRssKB = Number(readFileSync(out, "utf8").trim().split("\n").at(-1));
    return measured;
  } finally {
    if (withTime) rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of a list of numbers (the upper one of an even list). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
