// Splits a content file into front matter and body, and parses the front matter leniently, as Hugo does:
// YAML (---), TOML (+++) or JSON ({…}); duplicate keys are not an error (the later one wins); keys are
// case-insensitive (Hugo lowercases them).
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ContentError } from './errors';
import { checkYamlNesting } from './limits';

export type RawFrontMatter = Record<string, unknown>;

export interface SplitFile {
  data: RawFrontMatter;
  /** Line (1-based, in the file) of each top-level key, by lowercased key; the later one for duplicates. */
  keyLines: Map<string, number>;
  /** The body with the front-matter lines blanked out, so that compile errors point at the right line. */
  body: string;
  /** Line where the front matter starts (1), for problems that concern the front matter as a whole. */
  frontMatterLine: number;
  /** What was read leniently, as Hugo reads it, with how to write it plainly (front-matter-lint warns). */
  notes?: FrontMatterNote[];
}

export interface FrontMatterNote {
  line: number;
  column: number;
  message: string;
}

const YAML_ALIAS_LIMIT = 100;

export function splitFrontMatter(file: string, source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const opener = lines[0]?.trimEnd() ?? '';

  if (opener === '---' || opener === '+++') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === opener || (opener === '---' && line.trimEnd() === '...')));
    if (close === -1) {
      throw ContentError.at(file, 1, `front matter opened with "${opener}" is never closed. Add a line with "${opener}" after the last front-matter key.`);
    }
    const raw = lines.slice(1, close).join('\n');
    const parsed = opener === '---' ? parseYaml(file, raw) : parseTomlFrontMatter(file, raw);
    return { ...parsed, body: blankLines(close + 1) + lines.slice(close + 1).join('\n'), frontMatterLine: 1 };
  }
  if (/^---\s*\S/.test(opener)) {
    throw ContentError.at(file, 1, `front matter in "${opener.slice(3).trim()}" is not supported (it could run code). Use YAML between "---" lines.`);
  }
  if (opener.startsWith('{')) {
    const close = findJsonEnd(lines);
    if (close === -1) throw ContentError.at(file, 1, 'JSON front matter is never closed. End it with a line holding only "}".');
    const parsed = parseJson(file, lines.slice(0, close + 1).join('\n'));
    return { ...parsed, body: blankLines(close + 1) + lines.slice(close + 1).join('\n'), frontMatterLine: 1 };
  }
  return { data: {}, keyLines: new Map(), body: text, frontMatterLine: 1 };
}

function blankLines(count: number): string {
  return '\n'.repeat(count);
}

function parseYaml(file: string, raw: string): Pick<SplitFile, 'data' | 'keyLines' | 'notes'> {
  checkYamlNesting(file, raw, 2);
  let lineCounter = new LineCounter();
  let doc = parseDocument(raw, { uniqueKeys: false, lineCounter });
  const notes: FrontMatterNote[] = [];
  const repair = doc.errors.length > 0 ? indentFlowContinuations(raw) : null;
  if (repair) {
    // go-yaml (Hugo's parser) takes a flow list or map continued at the start of a line; the yaml package
    // does not. Read again with those lines indented, and say how to write it.
    const repairedCounter = new LineCounter();
    const repaired = parseDocument(repair.text, { uniqueKeys: false, lineCounter: repairedCounter });
    if (repaired.errors.length === 0) {
      doc = repaired;
      lineCounter = repairedCounter;
      notes.push({ line: repair.firstLine + 2, column: 1, message: 'a [list] or {map} that goes on over several lines has lines starting at the left edge: Hugo reads it, but other YAML readers do not. Indent those lines, or keep the list on one line (tags: ["a", "b"])' });
    }
  }
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      file,
      line: (error.linePos?.[0].line ?? 0) + 1,
      column: error.linePos?.[0].col ?? 1,
      // The parser's own message ends with its position in the front matter alone; ours is the file's.
      message: `front matter is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}. Check the quoting and indentation of this line.`,
    }));
    throw new ContentError(problems);
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value).toLowerCase(), lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
  } else if (doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw ContentError.at(file, 2, 'front matter must be a list of "key: value" lines.');
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_ALIAS_LIMIT });
  } catch (error) {
    throw ContentError.at(file, 2, `front matter could not be read: ${(error as Error).message}. Remove YAML aliases (*name) that expand too far.`);
  }
  return { data: lowercaseKeys(value), keyLines, notes };
}

/** The front matter with each line that continues an open flow collection (`[`…`]`, `{`…`}`) at column 1
 * indented by two spaces; null when there is none. `firstLine` is the first such line (0-based, in raw). */
function indentFlowContinuations(raw: string): { text: string; firstLine: number } | null {
  let depth = 0;
  let firstLine = -1;
  const lines = raw.split('\n').map((line, i) => {
    const continued = depth > 0 && line !== '' && !/^\s/.test(line);
    if (continued && firstLine === -1) firstLine = i;
    depth = Math.max(0, depth + flowDepthChange(line));
    return continued ? `  ${line}` : line;
  });
  return firstLine === -1 ? null : { text: lines.join('\n'), firstLine };
}

/** How many flow brackets a line opens less those it closes, outside quotes and comments. */
function flowDepthChange(line: string): number {
  let change = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const character = line[i];
    if (quote) {
      if (character === '\\' && quote === '"') i++;
      else if (character === quote) quote = null;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    else if (character === '[' || character === '{') change++;
    else if (character === ']' || character === '}') change--;
  }
  return change;
}

function parseTomlFrontMatter(file: string, raw: string): Pick<SplitFile, 'data' | 'keyLines'> {
  let value: unknown;
  try {
    value = parseToml(raw);
  } catch (error) {
    const line = error instanceof TomlError ? error.line + 1 : 2;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw ContentError.at(file, line, `front matter is not valid TOML: ${message}.`);
  }
  return { data: lowercaseKeys(value), keyLines: keyLinesByPattern(raw, /^\s*["']?([A-Za-z0-9_-]+)["']?\s*=/) };
}

function parseJson(file: string, raw: string): Pick<SplitFile, 'data' | 'keyLines'> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw ContentError.at(file, 1, `front matter is not valid JSON: ${(error as Error).message}.`);
  }
  return { data: lowercaseKeys(value), keyLines: keyLinesByPattern(raw, /^\s*"([^"]+)"\s*:/, 0) };
}

function findJsonEnd(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimEnd() !== '}') continue;
    try {
      JSON.parse(lines.slice(0, i + 1).join('\n'));
      return i;
    } catch {
      // Not the closing brace of the front matter yet (a nested object): keep looking.
    }
  }
  return -1;
}

function keyLinesByPattern(raw: string, pattern: RegExp, offset = 1): Map<string, number> {
  const keyLines = new Map<string, number>();
  raw.split('\n').forEach((line, i) => {
    const match = pattern.exec(line);
    if (match) keyLines.set(match[1].toLowerCase(), i + 1 + offset);
  });
  return keyLines;
}

function lowercaseKeys(value: unknown): RawFrontMatter {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]));
}
