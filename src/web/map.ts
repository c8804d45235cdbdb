/**
 * The world map: countries from world-atlas drawn with d3-geo on a canvas, events as points sized
 * by fatalities and coloured by type, gathered into clusters where they crowd (a ring shows the
 * mix of types). Wheel or +/- to zoom, drag or arrows to pan, click a country to zoom to it, click
 * a point or cluster (or Enter on the one under the cross-hair) to list its events.
 */
import { geoContains, geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { PointColumns as Points } from '../api/points-binary.js';
import { TYPE_COLOURS } from './types.js';

type Country = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;

export interface Cluster {
  x: number;
  y: number;
  r: number;
  members: number[];
  killed: number;
  byType: number[];
}

interface View { k: number; x: number; y: number }

const CELL = 26;
const MAX_K = 400;

async function loadCountries(file: string): Promise<Country[]> {
  const topo = (await (await fetch(file)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>).features;
}

export class WorldMap {
  readonly canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  #w = 0;
  #h = 0;
  #dpr = 1;
  readonly #projection: GeoProjection = geoNaturalEarth1();
  #view: View = { k: 1, x: 0, y: 0 };
  #countries: Country[] = [];
  #fine: Country[] | null = null;
  #fineLoading = false;
  #points: Points | null = null;
  #bx = new Float32Array(0);
  #by = new Float32Array(0);
  #clusters: Cluster[] = [];
  #hover: Cluster | null = null;
  #selected: Cluster | null = null;
  #focusCountry: string | null = null;
  #frame = 0;
  #drag: { x: number; y: number; moved: boolean; view: View } | null = null;
  onSelect: (c: Cluster | null) => void = () => {};
  onHover: (c: Cluster | null, x: number, y: number) => void = () => {};

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    this.#ctx = canvas.getContext('2d')!;
    new ResizeObserver(() => this.#resize()).observe(canvas);
    this.#resize();
    this.#listen();
  }

  async loadWorld(): Promise<void> {
    this.#countries = await loadCountries('/countries-110m.json');
    this.draw();
  }

  setPoints(p: Points): void {
    this.#points = p;
    this.#selected = null;
    this.#project();
    this.draw();
  }

  get points(): Points | null {
    return this.#points;
  }

  get clusters(): readonly Cluster[] {
    return this.#clusters;
  }

  /** Where a place is on the canvas now, in CSS pixels (for tests and keyboard focus). */
  screenOf(lon: number, lat: number): [number, number] | null {
    const p = this.#projection([lon, lat]);
    if (!p) return null;
    return [p[0] * this.#view.k + this.#view.x, p[1] * this.#view.k + this.#view.y];
  }

  #resize(): void {
    const r = this.canvas.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const old = { w: this.#w, h: this.#h };
    this.#w = r.width;
    this.#h = r.height;
    this.#dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(r.width * this.#dpr);
    this.canvas.height = Math.round(r.height * this.#dpr);
    this.#projection.fitExtent([[6, 6], [r.width - 6, r.height - 6]], { type: 'Sphere' });
    if (old.w === 0) this.#view = { k: 1, x: 0, y: 0 };
    this.#project();
    this.draw();
  }

  #project(): void {
    const p = this.#points;
    if (!p) return;
    this.#bx = new Float32Array(p.total);
    this.#by = new Float32Array(p.total);
    for (let i = 0; i < p.total; i++) {
      const xy = this.#projection([p.lon[i]!, p.lat[i]!]);
      this.#bx[i] = xy ? xy[0] : NaN;
      this.#by[i] = xy ? xy[1] : NaN;
    }
  }

  draw(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  #render(): void {
    const ctx = this.#ctx;
    const { k, x, y } = this.#view;
    const dpr = this.#dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.#w, this.#h);
    ctx.save();
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    const path = geoPath(this.#projection, ctx);
    ctx.beginPath();
    path({ type: 'Sphere' });
    ctx.fillStyle = '#e8eef3';
    ctx.fill();
    ctx.beginPath();
    path(geoGraticule10());
    ctx.strokeStyle = 'rgba(120,140,160,0.18)';
    ctx.lineWidth = 0.5 / k;
    ctx.stroke();
    if (k > 3 && !this.#fine && !this.#fineLoading) {
      this.#fineLoading = true;
      loadCountries('/countries-50m.json').then((c) => {
        this.#fine = c;
        this.draw();
      }).catch(() => {});
    }
    const countries = k > 3 && this.#fine ? this.#fine : this.#countries;
    ctx.beginPath();
    for (const c of countries) path(c as GeoPermissibleObjects);
    ctx.fillStyle = '#fbfaf6';
    ctx.fill();
    ctx.strokeStyle = '#a9a9a0';
    ctx.lineWidth = 0.6 / k;
    ctx.stroke();
    if (this.#focusCountry) {
      const focus = countries.find((c) => c.properties.name === this.#focusCountry);
      if (focus) {
        ctx.beginPath();
        path(focus as GeoPermissibleObjects);
        ctx.strokeStyle = '#44505c';
        ctx.lineWidth = 1.4 / k;
        ctx.stroke();
      }
    }
    ctx.restore();
    this.#cluster();
    this.#drawPoints();
    // the cross-hair is the keyboard's pointer: shown when focus came from the keyboard
    if (this.canvas.matches(':focus-visible')) {
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 1;
      const cx = this.#w / 2;
      const cy = this.#h / 2;
      ctx.beginPath();
      ctx.moveTo(cx - 8, cy);
      ctx.lineTo(cx + 8, cy);
      ctx.moveTo(cx, cy - 8);
      ctx.lineTo(cx, cy + 8);
      ctx.stroke();
    }
  }

  /** Points that fall in one grid cell of the screen become one cluster. */
  #cluster(): void {
    const p = this.#points;
    this.#clusters = [];
    if (!p) return;
    const { k, x, y } = this.#view;
    const cells = new Map<number, Cluster>();
    const nt = p.types.length;
    for (let i = 0; i < p.total; i++) {
      const sx = this.#bx[i]! * k + x;
      const sy = this.#by[i]! * k + y;
      if (!(sx > -30 && sy > -30 && sx < this.#w + 30 && sy < this.#h + 30)) continue;
      const key = Math.floor(sx / CELL) * 65536 + Math.floor(sy / CELL);
      let c = cells.get(key);
      if (!c) cells.set(key, (c = { x: 0, y: 0, r: 0, members: [], killed: 0, byType: new Array<number>(nt).fill(0) }));
      c.x += sx;
      c.y += sy;
      c.members.push(i);
      c.killed += p.k[i]!;
      c.byType[p.t[i]!]!++;
    }
    for (const c of cells.values()) {
      const n = c.members.length;
      c.x /= n;
      c.y /= n;
      c.r = n === 1 ? 3.5 + Math.min(16, Math.sqrt(c.killed) * 1.6) : Math.min(24, 8 + Math.log2(n) * 2.2 + Math.min(6, Math.sqrt(c.killed) * 0.4));
      this.#clusters.push(c);
    }
    this.#clusters.sort((a, b) => b.r - a.r);
  }

  #drawPoints(): void {
    const ctx = this.#ctx;
    const p = this.#points;
    if (!p) return;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const c of this.#clusters) {
      const n = c.members.length;
      let dominant = 0;
      for (let t = 1; t < c.byType.length; t++) if (c.byType[t]! > c.byType[dominant]!) dominant = t;
      const colour = TYPE_COLOURS[p.types[dominant]!] ?? '#555';
      ctx.beginPath();
      ctx.arc(c.x, c.y, c.r, 0, Math.PI * 2);
      ctx.fillStyle = n === 1 ? colour : `${colour}cc`;
      ctx.globalAlpha = n === 1 ? 0.85 : 1;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = c === this.#selected || c === this.#hover ? 2.5 : 1;
      ctx.strokeStyle = c === this.#selected ? '#111' : '#fff';
      ctx.stroke();
      if (n > 1) {
        // the mix of types as a ring around the cluster
        let a = -Math.PI / 2;
        for (let t = 0; t < c.byType.length; t++) {
          const share = c.byType[t]! / n;
          if (share === 0) continue;
          ctx.beginPath();
          ctx.arc(c.x, c.y, c.r + 2.5, a, a + share * Math.PI * 2);
          ctx.strokeStyle = TYPE_COLOURS[p.types[t]!] ?? '#555';
          ctx.lineWidth = 3;
          ctx.stroke();
          a += share * Math.PI * 2;
        }
        ctx.fillStyle = '#fff';
        ctx.font = `600 ${n > 999 ? 10 : 11}px system-ui, sans-serif`;
        ctx.fillText(n > 9999 ? `${Math.round(n / 1000)}k` : String(n), c.x, c.y + 0.5);
      }
    }
  }

  #hit(sx: number, sy: number): Cluster | null {
    let best: Cluster | null = null;
    let bestD = Infinity;
    for (const c of this.#clusters) {
      const d = Math.hypot(c.x - sx, c.y - sy);
      if (d <= c.r + 4 && d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  }

  select(c: Cluster | null): void {
    this.#selected = c;
    this.onSelect(c);
    this.draw();
  }

  #countryAt(sx: number, sy: number): Country | null {
    const { k, x, y } = this.#view;
    const ll = this.#projection.invert?.([(sx - x) / k, (sy - y) / k]);
    if (!ll) return null;
    return this.#countries.find((c) => geoContains(c as GeoPermissibleObjects, ll)) ?? null;
  }

  #animateTo(target: View): void {
    const from = { ...this.#view };
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / 350);
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const k = from.k * (target.k / from.k) ** e;
      // interpolate the centre so the zoom does not swing
      const c0 = [(this.#w / 2 - from.x) / from.k, (this.#h / 2 - from.y) / from.k];
      const c1 = [(this.#w / 2 - target.x) / target.k, (this.#h / 2 - target.y) / target.k];
      const cx = c0[0]! + (c1[0]! - c0[0]!) * e;
      const cy = c0[1]! + (c1[1]! - c0[1]!) * e;
      this.#view = { k, x: this.#w / 2 - cx * k, y: this.#h / 2 - cy * k };
      this.#render();
      if (t < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  /** Fits base-projection bounds [[x0,y0],[x1,y1]] into the canvas. */
  #fit(b: [[number, number], [number, number]], animate = true, maxK = 60): void {
    const pad = 40;
    const bw = Math.max(b[1][0] - b[0][0], 1);
    const bh = Math.max(b[1][1] - b[0][1], 1);
    const k = Math.max(1, Math.min(maxK, (this.#w - pad * 2) / bw, (this.#h - pad * 2) / bh));
    const cx = (b[0][0] + b[1][0]) / 2;
    const cy = (b[0][1] + b[1][1]) / 2;
    const target = { k, x: this.#w / 2 - cx * k, y: this.#h / 2 - cy * k };
    if (animate) this.#animateTo(target);
    else {
      this.#view = target;
      this.draw();
    }
  }

  zoomToCountry(c: Country): void {
    this.#focusCountry = c.properties.name;
    const b = geoPath(this.#projection).bounds(c as GeoPermissibleObjects);
    this.#fit(b);
  }

  /** Zooms to where the loaded points are (after a country filter). */
  zoomToPoints(animate = true): void {
    const n = this.#bx.length;
    if (n === 0) return;
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const px = this.#bx[i]!;
      const py = this.#by[i]!;
      if (Number.isNaN(px)) continue;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
    if (!Number.isFinite(x0)) return;
    const grow = 6;
    this.#fit([[x0 - grow, y0 - grow], [x1 + grow, y1 + grow]], animate, 40);
  }

  reset(): void {
    this.#focusCountry = null;
    this.#animateTo({ k: 1, x: 0, y: 0 });
  }

  zoomBy(f: number, sx = this.#w / 2, sy = this.#h / 2): void {
    const { k, x, y } = this.#view;
    const k2 = Math.max(1, Math.min(MAX_K, k * f));
    this.#view = { k: k2, x: sx - (sx - x) * (k2 / k), y: sy - (sy - y) * (k2 / k) };
    this.#clamp();
    this.draw();
  }

  panBy(dx: number, dy: number): void {
    this.#view = { ...this.#view, x: this.#view.x + dx, y: this.#view.y + dy };
    this.#clamp();
    this.draw();
  }

  #clamp(): void {
    const { k } = this.#view;
    const minX = this.#w - this.#w * k - this.#w * 0.3;
    const minY = this.#h - this.#h * k - this.#h * 0.3;
    this.#view.x = Math.min(this.#w * 0.3, Math.max(minX, this.#view.x));
    this.#view.y = Math.min(this.#h * 0.3, Math.max(minY, this.#view.y));
  }

  #listen(): void {
    const c = this.canvas;
    const local = (e: MouseEvent) => {
      const r = c.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top] as const;
    };
    c.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [sx, sy] = local(e);
      this.zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0018)), sx, sy);
    }, { passive: false });
    c.addEventListener('pointerdown', (e) => {
      const [sx, sy] = local(e);
      this.#drag = { x: sx, y: sy, moved: false, view: { ...this.#view } };
      c.setPointerCapture(e.pointerId);
    });
    c.addEventListener('pointermove', (e) => {
      const [sx, sy] = local(e);
      if (this.#drag) {
        const dx = sx - this.#drag.x;
        const dy = sy - this.#drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 4) this.#drag.moved = true;
        if (this.#drag.moved) {
          this.#view = { ...this.#drag.view, x: this.#drag.view.x + dx, y: this.#drag.view.y + dy };
          this.#clamp();
          this.draw();
        }
        return;
      }
      const hit = this.#hit(sx, sy);
      if (this.#selected && hit === this.#selected) {
        this.onHover(null, 0, 0);
        return;
      }
      if (hit !== this.#hover) {
        this.#hover = hit;
        this.draw();
      }
      c.style.cursor = hit ? 'pointer' : 'grab';
      this.onHover(hit, sx, sy);
    });
    c.addEventListener('pointerleave', () => {
      this.#hover = null;
      this.onHover(null, 0, 0);
      this.draw();
    });
    c.addEventListener('pointerup', (e) => {
      const drag = this.#drag;
      this.#drag = null;
      if (!drag || drag.moved) return;
      const [sx, sy] = local(e);
      const hit = this.#hit(sx, sy);
      if (hit) {
        this.select(hit);
        return;
      }
      const country = this.#countryAt(sx, sy);
      if (country) this.zoomToCountry(country);
    });
    c.addEventListener('dblclick', (e) => {
      const [sx, sy] = local(e);
      this.zoomBy(2, sx, sy);
    });
    c.addEventListener('keydown', (e) => {
      const step = 60;
      const keys: Record<string, () => void> = {
        ArrowLeft: () => this.panBy(step, 0),
        ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step),
        ArrowDown: () => this.panBy(0, -step),
        '+': () => this.zoomBy(1.5),
        '=': () => this.zoomBy(1.5),
        '-': () => this.zoomBy(1 / 1.5),
        '0': () => this.reset(),
        Enter: () => {
          let best: Cluster | null = null;
          let d = Infinity;
          for (const cl of this.#clusters) {
            const dd = Math.hypot(cl.x - this.#w / 2, cl.y - this.#h / 2);
            if (dd < d) {
              d = dd;
              best = cl;
            }
          }
          if (best) this.select(best);
        },
        Escape: () => this.select(null),
      };
      const f = keys[e.key];
      if (f) {
        e.preventDefault();
        f();
      }
    });
    c.addEventListener('focus', () => this.draw());
    c.addEventListener('blur', () => this.draw());
  }
}
