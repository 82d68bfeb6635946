import { defineConfig } from '@playwright/test';
import { browserConfig } from './e2e/browser';

// The topology drill's journey (e2e/topology/). Started by `npm run test:topology`
// (e2e/topology/drill.ts), which runs the two app instances, the workers and the proxy first.
const PORT = Number(process.env.TOPOLOGY_PROXY_PORT);
if (!PORT) throw new Error('Run the topology drill with `npm run test:topology` (it starts the instances and the proxy).');

export default defineConfig({
  testDir: 'e2e/topology',
  ...browserConfig(`http://127.0.0.1:${PORT}`),
  timeout: 120_000,
});
