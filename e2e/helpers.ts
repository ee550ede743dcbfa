import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type ConsoleMessage, type Page, type Route } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

export { expect };
export { PREVIEW_SECRET } from './secrets';

/** Host (and port) of the app under test; every other host is foreign. */
export const APP_HOST = `127.0.0.1:${process.env.PULSE_E2E_PORT ?? 3100}`;

export const SEED = {
  slug: 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee',
  path: '/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee/',
  title: 'What Are the Symptoms of a Blood Clot Behind the Knee?',
  datetime: '2022-12-05',
  dateText: '5 December 2022',
  author: 'Osgood',
  youtubeId: 'lJ0hgwSQgi4',
} as const;

export const DRAFT = {
  slug: 'vitamin-d-what-you-need-to-know',
  file: 'content/posts/vitamin-d-what-you-need-to-know.md',
  /** Text only the draft holds. */
  marker: 'zebra-quasar-lighthouse',
  path: '/posts/vitamin-d-what-you-need-to-know/',
  title: 'Vitamin D: What You Need to Know',
} as const;

/** 1×1 transparent PNG, served in place of remote thumbnails. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const YOUTUBE_STUB_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Video (test stub)</title></head>' +
  '<body style="margin:0;background:#000;color:#fff">Video player (test stub)</body></html>';

export interface Guard {
  /** Every http(s) request that left the app's origin, in order (fulfilled or blocked). */
  readonly foreignRequests: string[];
  /** Foreign requests that were neither a stubbed image nor the stubbed video host. */
  readonly unexpectedRequests: string[];
  /** Console errors and uncaught page errors seen so far. */
  readonly consoleErrors: string[];
  /** Ignore console errors matching this pattern (e.g. the browser's "404" log on a not-found page). */
  allowConsoleError(pattern: RegExp): void;
}

type Fixtures = { guard: Guard };

/**
 * `test` with an automatic `guard` fixture: routes all foreign traffic
 * (thumbnails → tiny PNG, youtube-nocookie → stub page, anything else → blocked
 * and reported) and fails the test on unexpected foreign requests or on console
 * errors.
 */
export const test = base.extend<Fixtures>({
  guard: [
    async ({ context, page }, provide) => {
      const foreignRequests: string[] = [];
      const unexpectedRequests: string[] = [];
      const consoleErrors: string[] = [];
      const allowed: RegExp[] = [];

      await context.route(
        () => true,
        async (route: Route) => {
          const url = new URL(route.request().url());
          if (url.host === APP_HOST || !url.protocol.startsWith('http')) {
            await route.fallback();
            return;
          }
          if (url.hostname === 'tse1.mm.bing.net') {
            await route.fulfill({ status: 200, contentType: 'image/png', body: TINY_PNG });
            return;
          }
          if (url.hostname === 'www.youtube-nocookie.com') {
            await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: YOUTUBE_STUB_HTML });
            return;
          }
          unexpectedRequests.push(url.href);
          await route.abort('blockedbyclient');
        },
      );

      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.host !== APP_HOST) foreignRequests.push(url.href);
      });

      const watch = (p: Page) => {
        p.on('console', (msg: ConsoleMessage) => {
          if (msg.type() !== 'error') return;
          const loc = msg.location();
          consoleErrors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        });
        p.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
      };
      watch(page);
      context.on('page', (p) => {
        if (p !== page) watch(p);
      });

      await provide({
        foreignRequests,
        unexpectedRequests,
        consoleErrors,
        allowConsoleError: (pattern) => allowed.push(pattern),
      });

      expect.soft(unexpectedRequests, 'requests to unexpected foreign hosts').toEqual([]);
      const errors = consoleErrors.filter((e) => !allowed.some((re) => re.test(e)));
      expect(errors, 'console errors / uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** The browser logs this for any response with an error status, including a 404 page itself. */
export const HTTP_404_LOG = /Failed to load resource: the server responded with a status of 404/;

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(innerWidth);
}

export interface PostMeta {
  slug: string;
  title: string;
  date: string;
  draft: boolean;
}

/** Front matter of every post in content/posts (the source the site is built from). */
export function readPosts(): PostMeta[] {
  const dir = path.join(process.cwd(), 'content', 'posts');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
      const data = (match ? parseYaml(match[1], { uniqueKeys: false }) : {}) as Record<string, unknown>;
      const rawDate = data.date;
      const date = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : String(rawDate ?? '').slice(0, 10);
      return {
        slug: file.replace(/\.mdx?$/, ''),
        title: String(data.title ?? ''),
        date,
        draft: data.draft === true,
      };
    });
}
