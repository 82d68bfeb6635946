import { devices, type PlaywrightTestConfig } from '@playwright/test';

// What every Playwright run here shares (playwright.config.ts, playwright.topology.config.ts): one
// worker in file order against one app, no retries (a flaky test must fail), Debian's Chromium.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserConfig(baseURL: string): PlaywrightTestConfig {
  return {
    fullyParallel: false,
    workers: 1,
    retries: 0,
    expect: { timeout: 15_000 },
    reporter: [['list']],
    use: {
      baseURL,
      trace: 'off',
      launchOptions: {
        executablePath: chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    },
    projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  };
}
