import AxeBuilder from '@axe-core/playwright';
import { DRAFT, HTTP_404_LOG, PREVIEW_SECRET, SEED, expect, test } from './helpers';

const PAGES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'posts index', path: '/posts/', status: 200 },
  { name: 'seed article', path: SEED.path, status: 200 },
  { name: 'MDX article with a callout and a video', path: '/posts/dvt-and-long-haul-flights/', status: 200 },
  { name: 'tag page', path: '/tags/blood-clots/', status: 200 },
  { name: 'tags index', path: '/tags/', status: 200 },
  { name: 'categories index', path: '/categories/', status: 200 },
  { name: 'category page', path: '/categories/heart-and-circulation/', status: 200 },
  { name: 'archives', path: '/archives/', status: 200 },
  { name: 'health A–Z letter', path: '/health-a-z/d/', status: 200 },
  { name: 'urgent help', path: '/urgent-help/', status: 200 },
  { name: '404 page', path: '/no-such-page/', status: 404 },
  { name: 'draft preview with its banner', path: `/api/preview/?secret=${PREVIEW_SECRET}&slug=${DRAFT.slug}`, status: 200 },
] as const;

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const THEMES = ['light', 'dark'] as const;

function summarize(violations: Result[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .map((n) => {
        const html = n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html;
        return `    - ${n.target.join(' ')}: ${html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`;
      })
      .join('\n');
    return `${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})\n${nodes}`;
  });
}

for (const theme of THEMES) {
  for (const { name, path, status } of PAGES) {
    test(`axe: ${name} in ${theme} theme has no WCAG 2.2 AA violations`, async ({ page, guard }) => {
      if (status === 404) guard.allowConsoleError(HTTP_404_LOG);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(summarize(results.violations), 'axe violations').toEqual([]);
    });
  }
}
