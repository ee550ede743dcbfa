// An article's slug, as Hugo derives it: the front matter's `slug`, else the file's (or its bundle
// folder's) name, else the title; each as urlize writes URLs.
import { urlize } from '../urls';

export function articleSlug(baseName: string, slug: string, title: string): string {
  return urlize(slug || baseName) || urlize(title);
}
