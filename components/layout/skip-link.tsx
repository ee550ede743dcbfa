export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only z-50 rounded bg-accent px-4 py-3 font-semibold text-accent-fg focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
    >
      Skip to content
    </a>
  );
}
