// The front-matter schema: raw, lenient Hugo front matter in, a typed `FrontMatter` out, or errors that
// name the file, the line and what to do. Unknown keys are allowed (Hugo sites carry many).
import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from './dates';
import { ContentError, type ContentProblem } from './errors';
import type { SplitFile } from './front-matter';

const EMPTY_VALUES = new Set([null, undefined, '']);

const text = z.unknown().optional().transform((value, ctx): string => {
  if (EMPTY_VALUES.has(value as null)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  ctx.addIssue({ code: 'custom', message: 'must be text. Put it in quotes.' });
  return z.NEVER;
});

/** Hugo accepts a list or a single string; empty values mean none. */
const stringList = z.unknown().optional().transform((value, ctx): string[] => {
  if (EMPTY_VALUES.has(value as null)) return [];
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => typeof item === 'object' && item !== null)) {
    ctx.addIssue({ code: 'custom', message: 'must be a list of words, like [health, sleep].' });
    return z.NEVER;
  }
  return items.filter((item) => !EMPTY_VALUES.has(item)).map((item) => String(item).trim()).filter(Boolean);
});

const flag = (fallback: boolean) =>
  z.unknown().optional().transform((value, ctx): boolean => {
    if (EMPTY_VALUES.has(value as null)) return fallback;
    if (typeof value === 'boolean') return value;
    const word = String(value).trim().toLowerCase();
    if (word === 'true' || word === 'yes') return true;
    if (word === 'false' || word === 'no') return false;
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
}

/** PaperMod's `cover: { image, alt, caption }`; keys in any case, as Hugo reads them. */
const cover = z.unknown().optional().transform((value, ctx): CoverImage | null => {
  if (EMPTY_VALUES.has(value as null)) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a map, like cover: { image: "/images/knee.jpg", alt: "A knee brace" }.' });
    return z.NEVER;
  }
  const fields = new Map(Object.entries(value).map(([key, field]) => [key.toLowerCase(), typeof field === 'string' ? field.trim() : '']));
  const image = fields.get('image') ?? '';
  return image ? { image, alt: fields.get('alt') || fields.get('caption') || '' } : null;
});

const frontMatterSchema = z.object({
  title: text.pipe(z.string().min(1, { message: 'is missing. Add a line like title: "What causes migraines?"' })),
  description: text,
  summary: text,
  date: calendarDate,
  lastmod: calendarDate,
  publishdate: calendarDate,
  expirydate: calendarDate,
  weight,
  keywords: stringList,
  series: stringList,
  math: flag(false),
  disablehljs: flag(false),
  author: stringList,
  tags: stringList,
  categories: stringList,
  slug: text,
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
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Every front-matter key the site reads (lower case, as keys are read). */
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);

/** Validates parsed front matter; throws a ContentError listing every bad key with its line. */
export function validateFrontMatter(file: string, split: Pick<SplitFile, 'data' | 'keyLines' | 'frontMatterLine'>): FrontMatter {
  const result = frontMatterSchema.safeParse(split.data);
  if (result.success) return result.data;
  const problems: ContentProblem[] = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const line = split.keyLines.get(key) ?? split.frontMatterLine;
    const message = issue.code === 'custom' || key === 'title' ? issue.message : `${issue.message}.`;
    return { file, line, column: 1, message: `"${key}" ${message}` };
  });
  throw new ContentError(problems);
}
