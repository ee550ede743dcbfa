import next from 'eslint-config-next';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', '.next-staging/**', '.next-previous/**', '.next-builds/**', '.content/**', '.content-cache/**', 'node_modules/**', 'release/**', 'bench/.work/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...next,
  ...nextTypescript,
  {
    // `const { code, ...summary } = article` is how we drop fields; that is not an unused variable.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] },
  },
];

export default config;
