import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/layout/language-switcher';

// The public registry's frame: no sign-in, no navigation into the signed-in area.
export default async function RegistryLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations('registry');
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <a href="/registry" className="text-lg font-semibold text-brand">
            {t('brand')}
          </a>
          <div className="flex items-center gap-4">
            <LanguageSwitcher />
            <Link href="/login" prefetch={false} className="link text-sm">
              {t('signIn')}
            </Link>
          </div>
        </div>
      </header>
      <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6">{children}</main>
    </div>
  );
}
