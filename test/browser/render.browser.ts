import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Application } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/outputs/svg/svgMarkup.js';

/*
 * The demo picture and the documentation site drawn by a real Chromium (through playwright-core,
 * with the system's browser: CHROMIUM_PATH, or chromium, chromium-browser or google-chrome on
 * PATH). Checks what a string test cannot: that the browser draws them without a console
 * error, that no text's real box overlaps another's, that the layout's width estimate is never
 * smaller than the real width, and that the site's pages show the pictures. Without a
 * Chromium those tests are skipped, and say so; the site is built and checked either way.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') return given;
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
      try {
        accessSync(join(folder, name), constants.X_OK);
        return join(folder, name);
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

const executablePath = findChromium();
if (executablePath === undefined) {
  console.warn('test:browser skipped: no Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static server of a folder, on a free port of the loopback interface. */
async function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    // Browsers ask for a site icon by themselves; the site has none.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      if (!file.startsWith(folder) || !statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` };
}

/** Opens a page and collects its console errors and uncaught exceptions. */
async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed to load ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

const SITE = 'https://child-protection-pathway.github.io/child-protection-pathway/';
let site: string;

beforeAll(async () => {
  // The site as `npm run docs` builds it, into a folder of its own.
  site = mkdtempSync(join(tmpdir(), 'cpp-site-'));
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), out: site });
  const project = await app.convert();
  if (project === undefined) throw new Error('TypeDoc could not convert the project');
  await app.generateDocs(project, site);
});

afterAll(() => {
  if (site !== undefined) rmSync(site, { recursive: true, force: true });
});

describe('the documentation site', () => {
  it("has every page the README links to (its published address is the site's)", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const pages = [...readme.matchAll(/\]\((https:\/\/child-protection-pathway\.github\.io\/child-protection-pathway\/[^)#]*)/g)].map((match) => match[1] as string);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      const path = page.slice(SITE.length) || 'index.html';
      expect(statSync(join(site, path)).isFile(), page).toBe(true);
    }
  });
});

describe.skipIf(executablePath === undefined)('in Chromium', () => {
  let browser: Browser;
  let server: { server: Server; url: string };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    server = await serve(root);
  });

  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  it('draws the demo picture with no console error and no text over another', async () => {
    const { page, errors } = await open(browser, `${server.url}/docs/images/timeline-demo.svg`);
    // Page scripts as text: the project's types have no DOM (the library must not use one).
    const texts = (await page.evaluate(`[...document.querySelectorAll('text')].map((text) => {
      const box = text.getBBox();
      return { text: text.textContent ?? '', size: Number(text.getAttribute('font-size')), bold: text.getAttribute('font-weight') === 'bold', x: box.x, y: box.y, width: box.width, height: box.height };
    })`)) as { text: string; size: number; bold: boolean; x: number; y: number; width: number; height: number }[];
    const size = (await page.evaluate(`(() => {
      const svg = document.documentElement;
      return { tag: svg.tagName, width: svg.width.baseVal.value, height: svg.height.baseVal.value };
    })()`)) as { tag: string; width: number; height: number };
    expect(errors).toEqual([]);
    expect(size.tag).toBe('svg');
    expect(texts.length).toBeGreaterThan(20);
    const overlapping: string[] = [];
    for (const [i, a] of texts.entries()) {
      // The layout's estimate is at least the real width, so boxes placed by it cannot touch.
      expect(a.width, a.text).toBeLessThanOrEqual(textWidth(a.text, a.size, a.bold));
      expect(a.x + a.width, a.text).toBeLessThanOrEqual(size.width);
      expect(a.y + a.height, a.text).toBeLessThanOrEqual(size.height);
      for (const b of texts.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        if (!apart) overlapping.push(`"${a.text}" and "${b.text}"`);
      }
    }
    expect(overlapping).toEqual([]);
    await page.close();
  });

  it.each(['index.html', 'documents/Replay_a_case_and_list_what_is_due.html', 'documents/Guide.html'])(
    'shows the site page %s with its pictures and no console error',
    async (path) => {
      const siteServer = await serve(site);
      try {
        const { page, errors } = await open(browser, `${siteServer.url}/${path}`);
        const images = (await page.evaluate(
          `[...document.querySelectorAll('img')].map((image) => ({ src: image.getAttribute('src'), width: image.naturalWidth, alt: image.alt }))`,
        )) as { src: string | null; width: number; alt: string }[];
        expect(errors).toEqual([]);
        const pictures = images.filter((image) => image.src?.endsWith('.svg') === true && image.src.includes('timeline'));
        expect(pictures.length).toBeGreaterThan(0);
        for (const picture of pictures) {
          expect(picture.width, picture.src ?? '').toBeGreaterThan(400);
          expect(picture.alt.length).toBeGreaterThan(20);
        }
        await page.close();
      } finally {
        siteServer.server.close();
      }
    },
  );
});
