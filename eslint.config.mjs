import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Playwright fixtures call their parameter `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    rules: {
      // Raw SQL must go through tagged templates (security baseline).
      'no-restricted-properties': [
        'error',
        { property: '$queryRawUnsafe', message: 'Use tagged $queryRaw.' },
        { property: '$executeRawUnsafe', message: 'Use tagged $executeRaw.' },
      ],
    },
  },
];

export default config;
