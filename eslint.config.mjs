import next from 'eslint-config-next';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', '.next-staging/**', '.next-previous/**', '.next-build-*/**', '.content/**', '.content-cache/**', 'node_modules/**', 'release/**', 'bench/.work/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...next,
  ...nextTypescript,
  {
    // `const { code, ...summary } = article` is how we drop fields; that is not an unused variable.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] },
  },
  {
    // Links prefetch on intent only: every page links through components/ui/site-link.tsx.
    files: ['app/**', 'components/**'],
    ignores: ['components/ui/site-link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use SiteLink from @/components/ui/site-link: it prefetches on hover or focus, not on sight.' }] }] },
  },
];

export default config;
