import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
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
