// The site's medical disclaimer (lib/site.ts), under every article whose front matter does not turn it off.
import { site } from '@/lib/site';

export function Disclaimer({ text = site.disclaimer }: { text?: string }) {
  return <p className="mt-10 rounded-lg border border-line bg-surface px-4 py-3 text-sm text-muted">{text}</p>;
}
