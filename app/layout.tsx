import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ROOT_CLIENT_MESSAGES } from '@/components/layout/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: t('title'), description: t('description') };
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
