// Loaded by Tailwind 4 through `@config` in app/globals.css (e2e/public-surface.spec.ts checks a
// class that only this file defines). Tailwind 4 also finds sources by itself; these name the
// folders whose class names it must see. The theme adds the brand colour, the icons' blue
// (prisma/tools/make-icons.mjs), used by the registry's name in its header.
import type { Config } from 'tailwindcss';

const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: { extend: { colors: { brand: '#1e3a8a' } } },
};

export default config;
