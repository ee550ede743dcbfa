// `npm run css:code`: writes app/code-theme.css, the colours of the code blocks' two Shiki themes as classes
// (lib/content/pipeline/code-theme.ts says why). Run it after changing the themes or upgrading Shiki; a
// unit test fails while the file is not what this writes.
import fs from 'node:fs';
import { CODE_THEME_CSS } from '../lib/content/pipeline/code-theme';
import { codeThemeStylesheet } from '../lib/content/pipeline/highlighter';

fs.writeFileSync(CODE_THEME_CSS, await codeThemeStylesheet());
console.log(`Wrote ${CODE_THEME_CSS}.`);
