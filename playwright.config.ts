import { defineConfig } from '@playwright/test';
import { browserConfig } from './e2e/browser';

// Browser tests run the real app (`npm start`) on its own port and on a throwaway embedded
// database (or a fresh server database when DATABASE_URL is set, see e2e/server.ts).
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  // The topology drill runs behind its own proxy and instances (`npm run test:topology`).
  testIgnore: 'topology/**',
  ...browserConfig(`http://127.0.0.1:${PORT}`),
  timeout: 60_000,
  webServer: {
    command: 'tsx e2e/server.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT) },
  },
});
