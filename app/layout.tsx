import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ROOT_CLIENT_MESSAGES } from '@/components/layout/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  // The files in public/ (drawn by prisma/tools/make-icons.mjs).
  const icons = {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  };
  return { title: t('title'), description: t('description'), icons };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so its scripts carry this request's CSP nonce (proxy.ts);
  // a page prerendered at build time would carry none and be blocked.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* Only what every page's client components read; pages add their own (docs/conventions.md). */}
        <ClientMessages namespaces={ROOT_CLIENT_MESSAGES}>{children}</ClientMessages>
      </body>
    </html>
  );
}
