// `npm run preview-link -- <slug> [--hours 72]`: prints a link that shows one article's preview (drafts and
// scheduled articles too) to whoever holds it, until it expires; the site-wide PREVIEW_SECRET is not in it.
// `--revoke <link-id>` revokes one link, `--revoke-all <slug>` every link made so far for an article: both
// are written to .content/preview-links.json, which the server reads on each preview request.
// Run it where the server runs (or with the same PREVIEW_LINK_KEY or PREVIEW_SECRET, and the same store).
import { absoluteUrl, previewLinkUrl } from '../lib/content/urls';
import { contentDir, storeDir } from '../lib/content/paths';
import { articleSlugs } from '../lib/content/pipeline/find-article';
import { closestSlugs } from '../lib/content/closest-slugs';
import { formatInstant } from '../lib/content/instants';
import { previewLinkKey } from '../lib/preview-links/key';
import { signPreviewLink } from '../lib/preview-links/links';
import { revocationsFile, writeRevocations } from '../lib/preview-links/revocations';
import { readPreviewLinkArguments, USAGE } from './preview-link-arguments';
import { site } from '../lib/site';

const command = readPreviewLinkArguments(process.argv.slice(2));
if (command.kind === 'error') stop(`${command.message}\n\n${USAGE}`, 2);
const file = revocationsFile(storeDir);
if (command.kind === 'revoke') {
  writeRevocations(file, (current) => ({ ...current, links: [...new Set([...current.links, command.id])] }));
  console.log(`Revoked preview link ${command.id} (recorded in ${file}). It answers 401 from now on.`);
} else if (command.kind === 'revoke-all') {
  const now = new Date();
  writeRevocations(file, (current) => ({ ...current, articles: { ...current.articles, [command.slug]: now.toISOString() } }));
  console.log(`Revoked every preview link made so far for "${command.slug}" (recorded in ${file}). Links made from now on work.`);
} else {
  const key = previewLinkKey();
  if (!key) stop('Set PREVIEW_LINK_KEY (or PREVIEW_SECRET) to the value the server has: links are signed with it.', 2);
  const slugs = await articleSlugs(contentDir);
  if (!slugs.includes(command.slug)) {
    const suggestions = closestSlugs(command.slug, slugs);
    stop(`There is no article with the slug "${command.slug}" in ${contentDir}.${suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`, 1);
  }
  const expiresAt = new Date(Date.now() + command.hours * 3600 * 1000);
  const { token, link } = await signPreviewLink(command.slug, expiresAt, key);
  console.log(absoluteUrl(previewLinkUrl(token)));
  console.error(`Preview link ${link.id} for "${link.slug}", valid until ${formatInstant(link.expiresAt, site.timeZone)}. Revoke it: npm run preview-link -- --revoke ${link.id}`);
}

function stop(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}
