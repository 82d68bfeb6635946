// Tailwind 4 reads its configuration from CSS (app/globals.css); this file is kept for
// editors and for the theme tokens we share with charts later.
import type { Config } from 'tailwindcss';

const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: { extend: {} },
};

export default config;
