import os from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Hugo's URLs end with a slash; keeping them means old links keep working.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (part of `npm test`); checking them again in every build
  // would add seconds to each content rebuild.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prerender with every core: Next's default leaves one idle, which on 2 cores halves the speed.
    cpus: Math.max(1, os.availableParallelism()),
  },
};

export default nextConfig;
