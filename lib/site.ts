// Site-wide settings, in one typed place.
export const site = {
  name: 'Pulse',
  tagline: 'Clear, trustworthy health information',
  description:
    'Pulse explains symptoms, conditions and treatments in plain language, so you know what to look out for and when to get help.',
  language: 'en',
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  homeArticleCount: 5,
  /** Articles per list page (Hugo's paginate). */
  pageSize: 10,
} as const;
