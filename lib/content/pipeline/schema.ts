// The front-matter schema: raw, lenient Hugo front matter in, a typed `FrontMatter` out, or errors that
// name the file, the line and what to do. Unknown keys are allowed (Hugo sites carry many).
import { z } from 'zod';
import type { Reviewer, Source } from '../article';
import { addMonths, parseCalendarDate, type CalendarDate } from './dates';
import { ContentError, type ContentProblem } from './errors';
import type { ResourceRule } from './local-media';
import type { SplitFile } from './front-matter';
import { fieldsOf, nameOf, textField } from './front-matter-fields';

const EMPTY_VALUES = new Set([null, undefined, '']);

const text = z.unknown().optional().transform((value, ctx): string => {
  if (EMPTY_VALUES.has(value as null)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  ctx.addIssue({ code: 'custom', message: 'must be text. Put it in quotes.' });
  return z.NEVER;
});

/** Hugo accepts a list or a single string; empty values mean none. `example` shows the editor a good list. */
const listOf = (what: string, example: string) =>
  z.unknown().optional().transform((value, ctx): string[] => {
    if (EMPTY_VALUES.has(value as null)) return [];
    const items = Array.isArray(value) ? value : [value];
    if (items.some((item) => typeof item === 'object' && item !== null)) {
      ctx.addIssue({ code: 'custom', message: `must be a list of ${what}, like ${example}.` });
      return z.NEVER;
    }
    return items.filter((item) => !EMPTY_VALUES.has(item)).map((item) => String(item).trim()).filter(Boolean);
  });

const stringList = listOf('words', '[health, sleep]');

/** `author`: a name or a list of names; themes also write `{ name, link }` maps (each map's name is taken,
 * one without a name is left out and front-matter-lint warns). */
const authors = z.unknown().optional().transform((value, ctx): string[] => {
  if (EMPTY_VALUES.has(value as null)) return [];
  const names: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const fields = fieldsOf(item);
    if (fields) {
      const name = nameOf(fields);
      if (name) names.push(name);
    } else if (typeof item === 'object' && item !== null && !(item instanceof Date)) {
      ctx.addIssue({ code: 'custom', message: 'must be a name or a list of names, like ["Dr Amina Shah"].' });
      return z.NEVER;
    } else if (!EMPTY_VALUES.has(item as null)) {
      names.push(String(item).trim());
    }
  }
  return names.filter(Boolean);
});

/** `synonyms`: the other names a condition goes by ("also called"), each once whatever its case. */
const synonyms = listOf('names', '["Heart attack", "MI"]').transform((names) =>
  names.filter((name, i) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i),
);

/** true or false as Hugo reads them (Go's ParseBool: also 1/0 and t/f, and "yes"/"no", quoted or not), or
 * null when it is neither. */
function booleanOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (word === 'true' || word === 'yes' || word === 't' || word === '1') return true;
  if (word === 'false' || word === 'no' || word === 'f' || word === '0') return false;
  return null;
}

const flag = (fallback: boolean) =>
  z.unknown().optional().transform((value, ctx): boolean => {
    if (EMPTY_VALUES.has(value as null)) return fallback;
    const read = booleanOf(value);
    if (read !== null) return read;
    ctx.addIssue({ code: 'custom', message: `must be true or false, not "${String(value)}".` });
    return z.NEVER;
  });

/** Hugo's weight: a whole number (0, the default, means none). */
const weight = z.unknown().optional().transform((value, ctx): number => {
  if (EMPTY_VALUES.has(value as null)) return 0;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isInteger(number)) return number;
  ctx.addIssue({ code: 'custom', message: `must be a whole number, like 10 (not "${String(value)}").` });
  return z.NEVER;
});

/** `seriesOrder`: where the article stands in its guide (its series), a whole number from 1; null when not given. */
const seriesOrder = z.unknown().optional().transform((value, ctx): number | null => {
  if (EMPTY_VALUES.has(value as null)) return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isInteger(number) && number >= 1) return number;
  ctx.addIssue({ code: 'custom', message: `must be a whole number from 1, like 2 for the guide's second page (not "${String(value)}").` });
  return z.NEVER;
});

/** `math`/`katex`: true or false, or a theme's settings map (LoveIt's `math: { enable: false }`), whose
 * `enable` decides; a map without it turns math on, as LoveIt's default configuration does. */
const mathFlag = z.unknown().optional().transform((value, ctx): boolean => {
  if (EMPTY_VALUES.has(value as null)) return false;
  const fields = fieldsOf(value);
  const written = fields ? fields.get('enable') : value;
  if (fields && EMPTY_VALUES.has(written as null)) return true;
  const read = booleanOf(written);
  if (read !== null) return read;
  ctx.addIssue({ code: 'custom', message: `must be true or false, or a map like { enable: true }, not "${fields ? `enable: ${String(written)}` : String(value)}".` });
  return z.NEVER;
});

/** Hugo's `slug` is text; anything else (`slug: []`, a map) Hugo reads as no slug, and so do we (front-matter-lint warns). */
const slugText = z.unknown().optional().transform((value): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''));

export interface SeriesEntries {
  names: string[];
  /** The order a `- name: …, index: 2` entry gives (the first such), for seriesOrder when that is not set. */
  order: number | null;
}

/** `series`: a name or a list of names, or themes' list of `{ name, index }` maps (each map's name is
 * taken, its index as the order); an entry with nothing usable is skipped (front-matter-lint warns). */
const seriesEntries = z.unknown().optional().transform((value): SeriesEntries => {
  if (EMPTY_VALUES.has(value as null)) return { names: [], order: null };
  const names: string[] = [];
  let order: number | null = null;
  for (const item of Array.isArray(value) ? value : [value]) {
    const fields = fieldsOf(item);
    if (!fields) {
      if (!EMPTY_VALUES.has(item as null) && typeof item !== 'object') names.push(String(item).trim());
      continue;
    }
    const name = nameOf(fields);
    if (name) names.push(name);
    const index = Number(fields.get('index') ?? fields.get('order') ?? fields.get('weight'));
    if (name && order === null && Number.isInteger(index) && index >= 1) order = index;
  }
  return { names: names.filter((name, i) => name && names.indexOf(name) === i), order };
});

const calendarDate = z.unknown().optional().transform((value, ctx): CalendarDate | null => {
  if (EMPTY_VALUES.has(value as null)) return null;
  const parsed = parseCalendarDate(value);
  if (parsed) return parsed;
  ctx.addIssue({ code: 'custom', message: `is not a date ("${String(value)}"). Use YYYY-MM-DD, like 2022-12-05.` });
  return z.NEVER;
});

export interface CoverImage {
  image: string;
  alt: string;
  caption: string;
  /** PaperMod's `relative`: the image path is relative to the article's page, not to the site. */
  relative: boolean;
  hidden: boolean;
  hiddenInList: boolean;
  hiddenInSingle: boolean;
}

const COVER_FLAGS = ['relative', 'hidden', 'hiddeninlist', 'hiddeninsingle'] as const;
const SHOWN_COVER_FLAGS: Record<(typeof COVER_FLAGS)[number], string> = { relative: 'relative', hidden: 'hidden', hiddeninlist: 'hiddenInList', hiddeninsingle: 'hiddenInSingle' };

/** PaperMod's `cover: { image, alt, caption, relative, hidden, hiddenInList, hiddenInSingle }`; keys in any case, as Hugo reads them. */
const cover = z.unknown().optional().transform((value, ctx): CoverImage | null => {
  if (EMPTY_VALUES.has(value as null)) return null;
  // Themes other than PaperMod (and Hugo itself, which passes any value on) take `cover: x.jpg` as the image.
  if (typeof value === 'string') return { image: value.trim(), alt: '', caption: '', relative: false, hidden: false, hiddenInList: false, hiddenInSingle: false };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a map, like cover: { image: "/images/knee.jpg", alt: "A knee brace" }.' });
    return z.NEVER;
  }
  const fields = new Map(Object.entries(value).map(([key, field]) => [key.toLowerCase(), field]));
  const textOf = (key: string) => {
    const field = fields.get(key);
    return typeof field === 'string' ? field.trim() : '';
  };
  const flags = new Map<string, boolean>();
  for (const key of COVER_FLAGS) {
    const field = fields.get(key);
    const read = EMPTY_VALUES.has(field as null) ? false : booleanOf(field);
    if (read === null) ctx.addIssue({ code: 'custom', message: `has ${SHOWN_COVER_FLAGS[key]}: "${String(field)}", which must be true or false.` });
    flags.set(key, read ?? false);
  }
  const image = textOf('image');
  if (!image) return null;
  const caption = textOf('caption');
  return {
    image,
    alt: textOf('alt') || caption,
    caption,
    relative: flags.get('relative') ?? false,
    hidden: flags.get('hidden') ?? false,
    hiddenInList: flags.get('hiddeninlist') ?? false,
    hiddenInSingle: flags.get('hiddeninsingle') ?? false,
  };
});

/** Hugo's `resources`: rules naming a page bundle's files (`src` a path or glob, with `name`, `title`, `params`).
 * A rule without a `src` matches nothing, as in Hugo. */
const resources = z.unknown().optional().transform((value): ResourceRule[] => {
  const items = Array.isArray(value) ? value : [];
  return items.flatMap((item) => {
    const fields = fieldsOf(item);
    const src = fields ? textField(fields, 'src') : '';
    if (!fields || !src) return [];
    const params = fields.get('params');
    return [{ src, name: textField(fields, 'name'), title: textField(fields, 'title'), ...(params && typeof params === 'object' && !Array.isArray(params) ? { params: params as Record<string, unknown> } : {}) }];
  });
});

/** A whole number of months, at least 1 (`reviewInterval`), or null. */
const months = z.unknown().optional().transform((value, ctx): number | null => {
  if (EMPTY_VALUES.has(value as null)) return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isInteger(number) && number >= 1 && number <= 120) return number;
  ctx.addIssue({ code: 'custom', message: `must be a whole number of months between 1 and 120, like 12 (not "${String(value)}").` });
  return z.NEVER;
});

/** A link a reader may follow: http(s), or a path on this site. */
const LINK = /^(https?:\/\/[^\s/]+|\/(?!\/))\S*$/i;

/** `reviewedBy`: one reviewer or a list; each `{ name, credentials, url }` (only name required) or just a name. */
const reviewers = z.unknown().optional().transform((value, ctx): Reviewer[] => {
  if (EMPTY_VALUES.has(value as null)) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: Reviewer[] = [];
  for (const [i, item] of items.entries()) {
    const where = items.length > 1 ? ` (reviewer ${i + 1})` : '';
    if (typeof item === 'string' && item.trim()) {
      out.push({ name: item.trim(), credentials: '', url: '' });
      continue;
    }
    const fields = fieldsOf(item);
    const name = fields ? textField(fields, 'name') : '';
    if (!fields || !name) {
      ctx.addIssue({ code: 'custom', message: `needs a name${where}, like reviewedBy: { name: "Dr Amina Shah", credentials: "MB ChB, MRCGP", url: "https://example.org/amina-shah" }.` });
      continue;
    }
    const url = textField(fields, 'url');
    if (url && !LINK.test(url)) {
      ctx.addIssue({ code: 'custom', message: `has a url that is not a web address${where} ("${url}"). Use https://… or a path on this site.` });
      continue;
    }
    out.push({ name, credentials: textField(fields, 'credentials'), url });
  }
  return out;
});

/** `sources`: a list of `{ title, url, publisher, date }`, title required. */
const sources = z.unknown().optional().transform((value, ctx): Source[] => {
  if (EMPTY_VALUES.has(value as null)) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: Source[] = [];
  for (const [i, item] of items.entries()) {
    const fields = fieldsOf(item);
    const title = fields ? textField(fields, 'title') : '';
    if (!fields || !title) {
      ctx.addIssue({ code: 'custom', message: `item ${i + 1} needs a title, like - { title: "High blood pressure", publisher: "NHS", url: "https://www.nhs.uk/conditions/high-blood-pressure/", date: 2023-05-01 }.` });
      continue;
    }
    const url = textField(fields, 'url');
    if (url && !LINK.test(url)) {
      ctx.addIssue({ code: 'custom', message: `item ${i + 1} has a url that is not a web address ("${url}"). Use https://… or a path on this site.` });
      continue;
    }
    const written = fields.get('date');
    const date = parseCalendarDate(written)?.date ?? (written instanceof Date ? '' : textField(fields, 'date'));
    out.push({ title, url, publisher: textField(fields, 'publisher'), date });
  }
  return out;
});

const frontMatterKeys = z.object({
  /** May be empty: load-article takes the first body h1, else the file name, as Hugo's .Title fallback (with a warning). */
  title: text,
  description: text,
  summary: text,
  date: calendarDate,
  lastmod: calendarDate,
  publishdate: calendarDate,
  expirydate: calendarDate,
  weight,
  keywords: stringList,
  series: seriesEntries,
  seriesorder: seriesOrder,
  /** Blowfish's name for seriesOrder. */
  series_order: seriesOrder,
  math: mathFlag,
  /** Themes' other name for `math` (hugo-coder, Stack, Blowfish's older posts). */
  katex: mathFlag,
  disablehljs: flag(false),
  author: authors,
  tags: stringList,
  categories: stringList,
  slug: slugText,
  /** Hugo's `url`: the article's own path on the site, instead of /posts/<slug>/. */
  url: text,
  cover,
  thumbnail: text,
  aliases: stringList,
  draft: flag(false),
  showtoc: flag(false),
  tocopen: flag(false),
  hidemeta: flag(false),
  showreadingtime: flag(true),
  showwordcount: flag(true),
  showbreadcrumbs: flag(true),
  showpostnavlinks: flag(true),
  hidesummary: flag(false),
  searchhidden: flag(false),
  lastreviewed: calendarDate,
  nextreview: calendarDate,
  reviewinterval: months,
  reviewedby: reviewers,
  sources,
  resources,
  disclaimer: flag(true),
  /** PaperMod's disableShare: no share links under this article. */
  disableshare: flag(false),
  synonyms,
  /** The condition the article is about, as the health A–Z lists it (lib/content/condition.ts). */
  condition: text,
});

/**
 * The review dates resolved: `nextReview` as written, or `lastReviewed` plus `reviewInterval` months.
 * Giving both nextReview and reviewInterval is an error (which one the editor meant cannot be known), as
 * is an interval without lastReviewed to count from, or a next review before the last. So is a seriesOrder
 * without a series to order the article in (with several series, it orders the article in each).
 */
const frontMatterSchema = frontMatterKeys.transform((written, ctx) => {
  const { series_order: blowfishOrder, ...keys } = written;
  const data = { ...keys, series: written.series.names, seriesorder: written.seriesorder ?? blowfishOrder ?? written.series.order };
  const { lastreviewed, nextreview, reviewinterval } = data;
  const refuse = (key: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [key], message });
    return z.NEVER;
  };
  // Not returned early: the review dates below are checked too, so the editor sees every problem at once.
  if (data.seriesorder !== null && data.series.length === 0) refuse('seriesorder', 'places the article in a guide, but "series" is missing. Add a line like series: "Type 2 diabetes", or remove seriesOrder.');
  if (nextreview && reviewinterval !== null) return refuse('reviewinterval', 'and "nextReview" are both given: keep one (nextReview is a date, reviewInterval counts months from lastReviewed).');
  if (reviewinterval !== null && !lastreviewed) return refuse('reviewinterval', 'counts months from "lastReviewed", which is missing. Add a line like lastReviewed: 2024-05-01.');
  const next = nextreview ?? (lastreviewed && reviewinterval !== null ? addMonths(lastreviewed.date, reviewinterval) : null);
  if (next && lastreviewed && next.date < lastreviewed.date) return refuse('nextreview', `(${next.date}) is before "lastReviewed" (${lastreviewed.date}).`);
  return { ...data, nextreview: next };
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Every front-matter key the site reads (lower case, as keys are read). */
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterKeys.shape);

/** Keys read case-insensitively, named in errors as the README writes them. */
const SHOWN_KEYS: Readonly<Record<string, string>> = { lastreviewed: 'lastReviewed', nextreview: 'nextReview', reviewinterval: 'reviewInterval', reviewedby: 'reviewedBy', seriesorder: 'seriesOrder', disableshare: 'disableShare' };

/** Validates parsed front matter; throws a ContentError listing every bad key with its line. */
export function validateFrontMatter(file: string, split: Pick<SplitFile, 'data' | 'keyLines' | 'frontMatterLine'>): FrontMatter {
  const result = frontMatterSchema.safeParse(split.data);
  if (result.success) return result.data;
  const problems: ContentProblem[] = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const line = split.keyLines.get(key) ?? split.frontMatterLine;
    const message = issue.code === 'custom' || key === 'title' ? issue.message : `${issue.message}.`;
    return { file, line, column: 1, message: `"${SHOWN_KEYS[key] ?? key}" ${message}` };
  });
  throw new ContentError(problems);
}
