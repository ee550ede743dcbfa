// Article URLs as Hugo makes them: /posts/<file name or slug>/, lower case, spaces as hyphens.

export const POSTS_PATH = '/posts/';

export function urlize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[?#%/\\:"'<>|*^`{}[\]!$&()+,;=@~]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export function articleUrl(slug: string): string {
  return `${POSTS_PATH}${encodeURIComponent(slug)}/`;
}
