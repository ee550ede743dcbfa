// Which Hugo themes define a shortcode this site does not render, so that its warning can say where the
// author's shortcode came from (and so what it drew). Read from the themes' layouts/shortcodes folders,
// as listed in the shared corpus's SHORTCODES.md; "a site's own" are shortcodes sites add next to a theme.
const DEFINED_BY: Record<string, string> = {
  // Blowfish / Congo
  article: 'Blowfish', codeimporter: 'Blowfish', mdimporter: 'Blowfish', swatches: 'Blowfish', list: 'Blowfish', keywordlist: 'Blowfish',
  profile: 'Congo',
  // LoveIt / DoIt / FixIt
  mapbox: 'LoveIt', music: 'LoveIt', script: 'LoveIt', echarts: 'LoveIt',
  // hugo-book
  i18n: 'hugo-book', openapi: 'hugo-book', section: 'hugo-book', asciinema: 'hugo-book and Hextra',
  // Relearn / Learn
  children: 'Relearn', swagger: 'Relearn', 'swagger.print': 'Relearn', siteparam: 'Relearn',
  // Hextra
  jupyter: 'Hextra', term: 'Hextra', 'filetree/container': 'Hextra', 'filetree/file': 'Hextra', 'filetree/folder': 'Hextra',
  'hextra/feature-card': 'Hextra', 'hextra/feature-grid': 'Hextra', 'hextra/hero-badge': 'Hextra', 'hextra/hero-button': 'Hextra',
  'hextra/hero-container': 'Hextra', 'hextra/hero-headline': 'Hextra', 'hextra/hero-section': 'Hextra', 'hextra/hero-subtitle': 'Hextra',
  // Docsy
  _param: 'Docsy', 'blocks/cover': 'Docsy', 'blocks/feature': 'Docsy', 'blocks/lead': 'Docsy', 'blocks/link-down': 'Docsy', 'blocks/section': 'Docsy',
  cardpane: 'Docsy', 'conditional-text': 'Docsy', iframe: 'Docsy', redoc: 'Docsy', swaggerui: 'Docsy', 'td/site-build-info/netlify': 'Docsy',
  // Sites' own, next to a theme
  affiliate: "a site's own (Mainroad)", cfimg: "a site's own (Mainroad)", cldimg: "a site's own (Mainroad)", clock24: "a site's own (Mainroad)",
  soundcloud: "a site's own (PaperMod)", 'principle-box': "a site's own (PaperMod)", 'recipe-tip': "a site's own (PaperMod)",
  'blogdown/postref': "a site's own (Coder)", last: "a site's own (Coder)", page: "a site's own", table: "a site's own",
};

/** Who is known to define the shortcode ("the Hextra theme", "a site's own layouts, beside PaperMod"), or null. */
export function themeDefining(name: string): string | null {
  const owner = DEFINED_BY[name.toLowerCase()];
  if (!owner) return null;
  const site = /^a site's own(?: \((.+)\))?$/.exec(owner);
  if (site) return site[1] ? `a site's own layouts, beside ${site[1]}` : "a site's own layouts";
  return `the ${owner} theme${owner.includes(' and ') ? 's' : ''}`;
}
