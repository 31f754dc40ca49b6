import { SingleBar } from 'cli-progress';
import type { RebuildProgress } from '@repaero/projections';
import { formatSeconds } from './table';

export interface ProgressDisplay<Progress> {
  update(progress: Progress): void;
  stop(): void;
}

/** Progress goes to stderr: a live bar on a terminal, a line every few seconds in CI logs. */
const PLAIN_EVERY_MS = 2000;

function throttled(everyMs: number): () => boolean {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < everyMs) return false;
    last = now;
    return true;
  };
}

export function rebuildProgressDisplay(projection: string, stream: NodeJS.WriteStream = process.stderr): ProgressDisplay<RebuildProgress> {
  if (!stream.isTTY) {
    const due = throttled(PLAIN_EVERY_MS);
    return {
      update(progress) {
        // the last report is the summary's job
        if (progress.processed >= progress.total || !due()) return;
        const percent = progress.total > 0 ? Math.floor((100 * progress.processed) / progress.total) : 100;
        stream.write(
          `rebuild ${projection}: ${progress.processed}/${progress.total} events (${percent}%), ` +
            `${Math.round(progress.eventsPerSec)} events/s, ETA ${formatSeconds(progress.etaSeconds)}\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new SingleBar({
    format: `${projection} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {etaText}`,
    stream,
    hideCursor: true,
    barsize: 30,
    barCompleteChar: '=',
    barIncompleteChar: '-',
  });
  let started = false;
  return {
    update(progress) {
      const payload = { rate: Math.round(progress.eventsPerSec), etaText: formatSeconds(progress.etaSeconds) };
      if (!started) {
        started = true;
        bar.start(Math.max(progress.total, 1), progress.processed, payload);
      }
      bar.setTotal(Math.max(progress.total, 1));
      bar.update(progress.processed, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function verifyProgressDisplay(stream: NodeJS.WriteStream = process.stderr): ProgressDisplay<{ streams: number; events: number }> {
  const tty = stream.isTTY === true;
  const due = throttled(tty ? 100 : PLAIN_EVERY_MS);
  let shown = false;
  return {
    update({ streams, events }) {
      if (!due()) return;
      const text = `verifying: ${streams} streams, ${events} events`;
      if (tty) {
        stream.write(`\r${text}`);
        shown = true;
      } else stream.write(`${text}\n`);
    },
    stop() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
