// Runs once when a Next server starts (Next's instrumentation hook). On Node: our own graceful shutdown,
// when Next has been told to leave the signals to us (NEXT_MANUAL_SIG_HANDLE=true: `npm start`, the
// release's server.js, the container image). See lib/deploy/graceful-shutdown.ts. And once: a SITE_URL
// other than the build's is named, since the build's is the one every page uses (lib/site-url.mjs).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrl, siteUrlMismatch } = await import('./lib/site-url.mjs');
  const mismatch = siteUrlMismatch(siteUrl(), process.env.SITE_URL);
  if (mismatch) console.warn(mismatch);
  if (process.env.NEXT_MANUAL_SIG_HANDLE !== 'true') {
    // `next dev` handles its own signals; only a production server should have been told to leave them to us.
    if (process.env.NODE_ENV === 'production') console.warn('NEXT_MANUAL_SIG_HANDLE is not "true": on SIGTERM Next closes the server itself, without failing /api/health first, and exits 143.');
    return;
  }
  const { installGracefulShutdown, shutdownSettings } = await import('./lib/deploy/graceful-shutdown');
  installGracefulShutdown(shutdownSettings());
}
