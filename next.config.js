/** @type {import('next').NextConfig} */
const nextConfig = {
  // Hugo's URLs end with a slash; keeping them means old links keep working.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
