// Wall time + peak RSS of a child command, via GNU time (Linux; /usr/bin/time must exist).
// Why GNU time: it reads the child's rusage from wait4(), so peak RSS is exact even for
// short-lived processes, where polling /proc would miss the peak.
// Caveat: %M is the max RSS of the largest single process in the tree, not a sum. Fine for
// Astro/Eleventy builds (one process doing the work); prefer `node <bin>` over `npx` to skip
// the extra npx process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';

/**
 * @param {string} command
 * @param {string[]} [args]
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, quiet?: boolean }} [opts]
 *   env is merged over process.env; quiet captures output (returned as `outputTail`) instead of inheriting it.
 *   cpuMs is user + system CPU time of the child and its waited-for descendants: on a shared,
 *   loaded machine it varies far less than wall time.
 * @returns {Promise<{ wallMs: number, cpuMs: number, peakRssBytes: number, exitCode: number, outputTail: string }>}
 */
export function measure(command, args = [], { env, cwd, quiet = true } = {}) {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} not found (install GNU time: apt-get install time)`);
  const dir = mkdtempSync(join(tmpdir(), 'measure-'));
  const out = join(dir, 'time.txt');
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    // -o keeps GNU time's report out of the child's stderr.
    const child = spawn(GNU_TIME, ['-f', '%e %M %U %S', '-o', out, command, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - t0;
      let peakKb = NaN;
      let cpuMs = NaN;
      try {
        // GNU time may prepend "Command exited with non-zero status N"; the numbers are on the last line.
        const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
        const [, rss, user, sys] = last.split(/\s+/).map(Number);
        peakKb = rss;
        cpuMs = (user + sys) * 1000;
      } catch {}
      rmSync(dir, { recursive: true, force: true });
      resolvePromise({ wallMs, cpuMs, peakRssBytes: peakKb * 1024, exitCode: code ?? (signal ? 128 : 1), outputTail: tail });
    });
  });
}

// CLI: node bench/measure.mjs <command> [args...]  -> prints JSON
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.length > 2) {
  const [cmd, ...rest] = process.argv.slice(2);
  measure(cmd, rest).then((r) => {
    console.log(JSON.stringify({ wallMs: Math.round(r.wallMs), cpuMs: Math.round(r.cpuMs), peakRssMB: +(r.peakRssBytes / 2 ** 20).toFixed(1), exitCode: r.exitCode }));
    if (r.exitCode !== 0) console.error(r.outputTail);
    process.exitCode = r.exitCode;
  });
}
