// A post on another site shown as a plain link: no third-party script, image or request until the reader
// follows it. Tweet, Instagram and Gist use it.
export function LinkCard({ href, label, site }: { href: string; label: string; site: string }) {
  return (
    <p className="not-prose my-6">
      <a
        href={href}
        rel="noopener noreferrer"
        className="flex min-h-12 flex-col justify-center rounded-lg border border-line bg-surface px-5 py-3 text-fg no-underline hover:border-accent focus-visible:border-accent"
      >
        <span className="font-semibold text-accent underline underline-offset-2">{label}</span>
        <span className="text-sm text-muted">Opens {site}</span>
      </a>
    </p>
  );
}
