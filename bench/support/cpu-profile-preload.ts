/**
 * Preloaded into a server under test (`node -r dist/bench/support/cpu-profile-preload.js ...`):
 * the first SIGWINCH (not SIGUSR2: Nest shutdown hooks listen to it) starts the V8 CPU profiler, the second writes `$BENCH_PROFILE_DIR/server-<pid>.cpuprofile`
 * (open it in Chrome DevTools or speedscope). Only the measured window is profiled, not the start-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const session = new Session();
session.connect();
let profiling = false;

process.on('SIGWINCH', () => {
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) {
      process.stderr.write(`cpu profile failed: ${String(error)}\n`);
      return;
    }
    const dir = process.env.BENCH_PROFILE_DIR ?? process.cwd();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `server-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
    process.stderr.write(`cpu profile written to ${file}\n`);
  });
});
