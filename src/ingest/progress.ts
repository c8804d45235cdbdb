/**
 * Ingest progress: a bar on a terminal (count, rate, ETA, errors), redrawn at most 10 times a second;
 * plain log lines (every 5 s and at the end) when standard error is not a terminal.
 */
export interface Progress {
  start(total: number): void;
  tick(done: number, errors: number): void;
  log(line: string): void;
  finish(): void;
}

const clock = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}` : '?:??');

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const tty = Boolean(stream.isTTY) && !quiet;
  let total = 0;
  let t0 = 0;
  let last = 0;
  let shown = { done: 0, errors: 0 };
  let drawn = false;
  const line = (done: number, errors: number) => {
    const secs = (performance.now() - t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    return { rate, eta, pct, secs };
  };
  const draw = () => {
    const { rate, eta, pct } = line(shown.done, shown.errors);
    const width = 24;
    const filled = total ? Math.round((shown.done / total) * width) : width;
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${shown.done}/${total} ${pct}%  ${rate < 10 ? rate.toFixed(1) : rate.toFixed(0)} art/s  ETA ${clock(eta)}  errors ${shown.errors}`);
    drawn = true;
  };
  return {
    start(n) { total = n; t0 = performance.now(); last = 0; if (tty) draw(); else if (!quiet) stream.write(`eventwire ingest: ${n} articles to extract\n`); },
    tick(done, errors) {
      shown = { done, errors };
      const now = performance.now();
      if (tty) { if (now - last > 100) { last = now; draw(); } return; }
      if (!quiet && now - last > 5000) {
        last = now;
        const { rate, eta, pct } = line(done, errors);
        stream.write(`eventwire ingest: ${done}/${total} (${pct}%), ${rate.toFixed(1)} articles/s, ETA ${clock(eta)}, ${errors} errors\n`);
      }
    },
    log(text) {
      if (quiet) return;
      if (tty && drawn) stream.write('\r\x1b[2K');
      stream.write(`${text}\n`);
      if (tty && drawn) draw();
    },
    finish() {
      if (tty) { draw(); stream.write('\n'); return; }
      if (!quiet && total > 0) {
        const { rate, secs } = line(shown.done, shown.errors);
        stream.write(`eventwire ingest: ${shown.done}/${total} done in ${secs.toFixed(1)} s, ${rate.toFixed(1)} articles/s, ${shown.errors} errors\n`);
      }
    },
  };
}

export const silentProgress: Progress = { start() {}, tick() {}, log() {}, finish() {} };
