import { test, expect } from './fixtures';
import { BACK_OFFICE_ROBOTS, PERSON_DATA_ROBOTS } from '../lib/registry/indexing';

// The files any site serves, without a session, and what search engines are told
// (docs/registry.md, "Search engines").

test('robots.txt and the icons are served without a session, with their types', async ({ request }) => {
  const robots = await request.get('/robots.txt', { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Allow: \/registry$/m);
  expect(text).toMatch(/^Disallow: \/$/m);

  const favicon = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header

  const apple = await request.get('/apple-touch-icon.png', { maxRedirects: 0 });
  expect(apple.status()).toBe(200);
  expect(apple.headers()['content-type']).toBe('image/png');
  const svg = await request.get('/icon.svg', { maxRedirects: 0 });
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});

test('the registry tells search engines not to index or keep its persons; its rules may be indexed', async ({ page, request }) => {
  const response = await page.goto('/registry');
  expect(response!.headers()['x-robots-tag']).toBe(PERSON_DATA_ROBOTS);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex, nofollow, noarchive, nosnippet, noimageindex/);
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /\/apple-touch-icon\.png/);
  // The brand colour exists only in tailwind.config.ts: the CSS was built with it.
  await expect(page.getByRole('link', { name: 'Nadzor' })).toHaveCSS('color', 'rgb(30, 58, 138)');

  expect((await request.get('/registry/export')).headers()['x-robots-tag']).toBe(PERSON_DATA_ROBOTS);
  const rules = await request.get('/registry/rules');
  expect(rules.status()).toBe(200);
  expect(rules.headers()['x-robots-tag']).toBeUndefined();
  const login = await request.get('/login');
  expect(login.headers()['x-robots-tag']).toBe(BACK_OFFICE_ROBOTS);
});
