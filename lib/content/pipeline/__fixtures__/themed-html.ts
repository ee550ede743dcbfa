// The check every test of highlighted HTML makes: no inline style, and each colour class has its rule in
// app/code-theme.css (so no highlighted page can show a colour the stylesheet lacks).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CODE_THEME_CSS } from '../code-theme';

export function assertThemed(html: string): void {
  assert.doesNotMatch(html, /<[a-z][^>]*\sstyle=/i, 'no inline style anywhere');
  const css = fs.readFileSync(CODE_THEME_CSS, 'utf8');
  const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1].split(' ')).filter((name) => /^s[ld]-/.test(name)));
  for (const name of classes) assert.ok(css.includes(`.${name}{`), `${name} has a rule in ${CODE_THEME_CSS}`);
}
