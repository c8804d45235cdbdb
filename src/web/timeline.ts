/**
 * Events per day, stacked by type, on a canvas. Drag across it to brush a date range (it filters
 * the map and the table through the URL); a click without dragging clears it; the date inputs of
 * the filters are the keyboard way to the same range.
 */
import type { Facets } from './types.js';
import { EVENT_TYPES, TYPE_COLOURS } from './types.js';

const DAY = 86_400_000;
const dayNum = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY);
const dayStr = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export class Timeline {
  readonly canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  #w = 0;
  #h = 0;
  #dpr = 1;
  #days: { n: number; counts: number[] }[] = [];
  #lo = 0;
  #hi = 1;
  #max = 1;
  #range: [number, number] | null = null;
  #drag: { from: number; to: number } | null = null;
  #hover: number | null = null;
  onBrush: (from: string, to: string) => void = () => {};
  onHover: (text: string | null, x: number) => void = () => {};

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    this.#ctx = canvas.getContext('2d')!;
    new ResizeObserver(() => this.#resize()).observe(canvas);
    this.#resize();
    this.#listen();
  }

  set(f: Facets, from: string, to: string): void {
    this.#days = f.byDay.map((d) => ({ n: dayNum(d.day), counts: EVENT_TYPES.map((t) => d.counts[t] ?? 0) }));
    if (this.#days.length > 0) {
      this.#lo = this.#days[0]!.n;
      this.#hi = this.#days.at(-1)!.n + 1;
      if (this.#hi - this.#lo < 14) {
        // a short span is shown in a fortnight so that single days stay readable
        const pad = Math.ceil((14 - (this.#hi - this.#lo)) / 2);
        this.#lo -= pad;
        this.#hi += pad;
      }
    }
    this.#max = Math.max(1, ...this.#days.map((d) => d.counts.reduce((a, b) => a + b, 0)));
    this.#range = from || to ? [from ? dayNum(from) : this.#lo, to ? dayNum(to) : this.#hi - 1] : null;
    this.draw();
  }

  #resize(): void {
    const r = this.canvas.getBoundingClientRect();
    if (r.width === 0) return;
    this.#w = r.width;
    this.#h = r.height;
    this.#dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(r.width * this.#dpr);
    this.canvas.height = Math.round(r.height * this.#dpr);
    this.draw();
  }

  #x(n: number): number {
    return 36 + ((n - this.#lo) / (this.#hi - this.#lo)) * (this.#w - 44);
  }

  #dayAt(x: number): number {
    const n = Math.floor(this.#lo + ((x - 36) / (this.#w - 44)) * (this.#hi - this.#lo));
    return Math.max(this.#lo, Math.min(this.#hi - 1, n));
  }

  draw(): void {
    const ctx = this.#ctx;
    const w = this.#w;
    const h = this.#h;
    if (w === 0) return;
    ctx.setTransform(this.#dpr, 0, 0, this.#dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const top = 8;
    const bottom = h - 18;
    const bh = bottom - top;
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#555';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(this.#max), 30, top + 4);
    ctx.fillText('0', 30, bottom);
    ctx.strokeStyle = '#ddd';
    ctx.beginPath();
    ctx.moveTo(36, bottom + 0.5);
    ctx.lineTo(w - 8, bottom + 0.5);
    ctx.stroke();
    const bw = Math.max(1, (w - 44) / (this.#hi - this.#lo) - (this.#hi - this.#lo < 200 ? 1 : 0));
    for (const d of this.#days) {
      let y = bottom;
      const x = this.#x(d.n);
      for (let t = 0; t < d.counts.length; t++) {
        const c = d.counts[t]!;
        if (c === 0) continue;
        const hh = (c / this.#max) * bh;
        ctx.fillStyle = TYPE_COLOURS[EVENT_TYPES[t]!]!;
        ctx.fillRect(x, y - hh, bw, hh);
        y -= hh;
      }
    }
    // axis labels: months, or years when the span is long
    ctx.fillStyle = '#555';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    const span = this.#hi - this.#lo;
    let last = -Infinity;
    for (let n = this.#lo; n < this.#hi; n++) {
      const s = dayStr(n);
      const tick = span > 800 ? s.endsWith('-01-01') : span > 60 ? s.endsWith('-01') : s.endsWith('-01') || s.endsWith('-15') || n === this.#lo;
      if (!tick) continue;
      const x = this.#x(n);
      if (x - last < 56) continue;
      last = x;
      ctx.fillRect(x, bottom, 1, 4);
      ctx.fillText(span > 800 ? s.slice(0, 4) : span > 60 ? s.slice(0, 7) : s, x + 2, h - 4);
    }
    const r = this.#drag ? ([Math.min(this.#drag.from, this.#drag.to), Math.max(this.#drag.from, this.#drag.to)] as const) : this.#range;
    if (r) {
      const x0 = this.#x(r[0]);
      const x1 = this.#x(r[1] + 1);
      ctx.fillStyle = 'rgba(255,255,255,0.65)';
      ctx.fillRect(36, top, x0 - 36, bh);
      ctx.fillRect(x1, top, w - 8 - x1, bh);
      ctx.strokeStyle = '#333';
      ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, top + 0.5, x1 - x0 - 1, bh - 1);
    }
    if (this.#hover !== null && !this.#drag) {
      ctx.fillStyle = 'rgba(0,0,0,0.25)';
      ctx.fillRect(this.#x(this.#hover), top, Math.max(1, bw), bh);
    }
  }

  #listen(): void {
    const c = this.canvas;
    const xOf = (e: MouseEvent) => e.clientX - c.getBoundingClientRect().left;
    c.addEventListener('pointerdown', (e) => {
      const n = this.#dayAt(xOf(e));
      this.#drag = { from: n, to: n };
      c.setPointerCapture(e.pointerId);
      this.draw();
    });
    c.addEventListener('pointermove', (e) => {
      const n = this.#dayAt(xOf(e));
      if (this.#drag) {
        this.#drag.to = n;
      } else {
        this.#hover = n;
        const d = this.#days.find((x) => x.n === n);
        const total = d ? d.counts.reduce((a, b) => a + b, 0) : 0;
        const parts = d ? EVENT_TYPES.map((t, i) => (d.counts[i] ? `${t} ${d.counts[i]}` : '')).filter(Boolean).join(', ') : '';
        this.onHover(`${dayStr(n)}: ${total} event${total === 1 ? '' : 's'}${parts ? ` (${parts})` : ''}`, xOf(e));
      }
      this.draw();
    });
    c.addEventListener('pointerleave', () => {
      this.#hover = null;
      this.onHover(null, 0);
      this.draw();
    });
    c.addEventListener('pointerup', () => {
      const d = this.#drag;
      this.#drag = null;
      if (!d) return;
      if (d.from === d.to && this.#range) {
        this.#range = null;
        this.onBrush('', '');
      } else {
        const lo = Math.min(d.from, d.to);
        const hi = Math.max(d.from, d.to);
        this.#range = [lo, hi];
        this.onBrush(dayStr(lo), dayStr(hi));
      }
      this.draw();
    });
    c.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#range) {
        this.#range = null;
        this.onBrush('', '');
        this.draw();
      }
    });
  }
}
