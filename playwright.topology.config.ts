import { defineConfig, devices } from '@playwright/test';

// The topology drill's journey (e2e/topology/). Started by `npm run test:topology`
// (e2e/topology/drill.ts), which runs the two app instances, the workers and the proxy first.
const PORT = Number(process.env.TOPOLOGY_PROXY_PORT);
if (!PORT) throw new Error('Run the topology drill with `npm run test:topology` (it starts the instances and the proxy).');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e/topology',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
