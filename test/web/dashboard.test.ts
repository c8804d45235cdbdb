// The dashboard in headless Chromium on the seed: the Almaty events on the map, the article view
// with the casualty count highlighted, filtering by type, the incident with its contradiction,
// hostile markup that must not run, keyboard use and a phone screen. Screenshots go to docs/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { projectFile } from '../../src/core/paths.js';
import { fixtureApp } from '../api/fixture.js';
import { buildDashboard, HAS_CHROMIUM, launch, listen, removeDir } from './browser.js';

const SHOTS = projectFile('docs', 'screenshots');
const ALMATY = { lon: 76.95, lat: 43.25 };

describe('dashboard in Chromium', { skip: HAS_CHROMIUM ? false : 'no /usr/bin/chromium: apt-get install -y chromium' }, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let webDir: string;
  let page: Page;
  const errors: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    webDir = await buildDashboard();
    const { app } = await fixtureApp({ webRoot: webDir });
    server = await listen(app);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (webDir) removeDir(webDir);
  });

  const ready = async (p: Page = page) => {
    await p.waitForSelector('body[data-ready=true]', { timeout: 15_000 });
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  const goto = async (hash: string, p: Page = page) => {
    await p.evaluate(() => { delete document.body.dataset.ready; }).catch(() => {});
    await p.goto(`${server.url}/${hash}`);
    await ready(p);
  };
  const clickMapAt = async (lon: number, lat: number) => {
    const xy = await page.evaluate(([x, y]) => (window as unknown as { eventwire: { screenOf(a: number, b: number): [number, number] } }).eventwire.screenOf(x!, y!), [lon, lat]);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + xy[0], box.y + xy[1]);
  };

  test('the overview loads on the seed: map, timeline, incidents', async () => {
    const t0 = Date.now();
    await goto('');
    assert.ok(Date.now() - t0 < 5000);
    assert.match(await page.locator('#status').innerText(), /\d+ events, \d+ on the map/);
    assert.match(await page.locator('#table caption').innerText(), /\d+ incidents/);
    assert.ok(await page.locator('#table tbody tr').count() > 5);
    await page.screenshot({ path: `${SHOTS}/overview.png` });
  });

  test('the Almaty events are on the map', async () => {
    await goto('');
    await page.waitForTimeout(400);
    await clickMapAt(ALMATY.lon, ALMATY.lat);
    const sel = page.locator('#selection');
    await sel.waitFor({ state: 'visible' });
    assert.match(await sel.locator('h2').innerText(), /Almaty/);
    const items = await sel.locator('.selection-list li').allInnerTexts();
    assert.ok(items.length >= 6, `${items.length} events at Almaty`);
    assert.ok(items.some((t) => /Riots · Almaty .* killed/.test(t)));
    await page.screenshot({ path: `${SHOTS}/map-almaty.png` });
  });

  test('the article view highlights the casualty count; hovering a field lights its span', async () => {
    await goto('');
    await page.waitForTimeout(400);
    await clickMapAt(ALMATY.lon, ALMATY.lat);
    await page.locator('#selection a', { hasText: /Riots · Almaty · [\d-]+ · 20 killed/ }).click();
    await page.waitForSelector('#article-text');
    const counts = await page.locator('#article-text mark.k-count').allInnerTexts();
    const joined = counts.join('|');
    assert.match(joined, /Des dizaines d/);
    assert.match(joined, /317 blessés/);
    const field = page.locator('.event-card.focused .field[data-field="killed"]');
    assert.match(await field.innerText(), /20–99/);
    await field.hover();
    const hot = await page.locator('#article-text mark.hot').allInnerTexts();
    assert.match(hot.join(''), /Des dizaines d.assaillants ont été éliminés/);
    assert.match(page.url(), /#\/article\/[0-9a-f]+\?ev=ev2/);
    await page.screenshot({ path: `${SHOTS}/article.png` });
  });

  test('filtering by type keeps the state in the URL and filters map and table', async () => {
    await goto('');
    await page.locator('.type-toggle[data-type="Riots"]').click();
    await page.waitForFunction(() => location.hash.includes('type=Riots'));
    await ready();
    await page.waitForFunction(() => document.querySelector('#table caption')?.textContent?.match(/^\d+ incidents/));
    const types = await page.locator('#table tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(types.length > 0 && types.every((t) => t.trim() === 'Riots'), types.join(','));
    assert.equal(await page.locator('.type-toggle[data-type="Riots"]').getAttribute('aria-pressed'), 'true');
    // a reload restores the filter from the URL
    await page.reload();
    await ready();
    assert.equal(await page.locator('.type-toggle[data-type="Riots"]').getAttribute('aria-pressed'), 'true');
    const onlyRiots = await page.evaluate(() => {
      const p = (window as unknown as { eventwire: { map: { points: { t: Uint8Array; types: string[] } } } }).eventwire.map.points;
      return p.t.length > 0 && Array.from(p.t).every((t) => p.types[t] === 'Riots');
    });
    assert.ok(onlyRiots);
    await page.screenshot({ path: `${SHOTS}/filter-riots.png` });
  });

  test('a country filter zooms the map to it; the timeline brush sets the date range', async () => {
    await goto('#/?country=KZ');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/kazakhstan.png` });
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/.test(location.hash));
    assert.match(page.url(), /country=KZ/);
  });

  test('the incident view puts the sources side by side and flags the contradiction', async () => {
    await goto('#/?place=Almaty&type=Riots');
    const row = page.locator('#table tbody tr', { hasText: 'contradiction' }).first();
    await row.click();
    await page.waitForSelector('.sources-grid');
    assert.equal(await page.locator('.source-col').count(), 2);
    assert.match(await page.locator('.contradictions').innerText(), /sources disagree on killed/);
    assert.ok(await page.locator('.figures li.clash').count() >= 2);
    await page.screenshot({ path: `${SHOTS}/incident.png`, fullPage: true });
  });

  test('hostile markup in an article is shown as text and never runs', async () => {
    await goto('#/?text=tbilisi&table=events');
    const events = await page.locator('#table tbody tr').count();
    assert.ok(events > 0);
    const id = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=onerror');
      return ((await r.json()) as { items: { articleId: string }[] }).items[0]!.articleId;
    });
    await goto(`#/article/${id}`);
    const text = await page.locator('#article-text').innerText();
    assert.match(text, /<script>window.__pwned = 1<\/script>/);
    assert.match(text, /<img src=x onerror="window.__pwned = 2">/);
    assert.equal(await page.locator('#article-text script, #article-text img, #detail img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: `${SHOTS}/hostile-article.png` });
  });

  test('usable by keyboard: a table row opens with Enter, the map pans and lists with keys', async () => {
    await goto('');
    await page.locator('#table tbody tr').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.sources-grid');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-title');
    await page.keyboard.press('Shift+Tab');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Back to overview/);
    await page.keyboard.press('Enter');
    await ready();
    assert.equal(await page.locator('#overview').isVisible(), true);
    await page.locator('#map').focus();
    for (const k of ['+', '+', '0']) await page.keyboard.press(k);
    await page.keyboard.press('Enter');
    await page.locator('#selection').waitFor({ state: 'visible' });
  });

  test('readable on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await goto('', phone);
    await phone.waitForTimeout(400);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - 390);
    assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);
    await phone.screenshot({ path: `${SHOTS}/phone.png` });
    await phone.close();
  });

  test('no script errors on any page', () => {
    assert.deepEqual(errors, []);
  });
});
