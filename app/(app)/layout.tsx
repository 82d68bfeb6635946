import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { SIGNED_IN } from '@/lib/auth/page-guards';
import { NAVIGATION } from '@/lib/auth/navigation';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Suspense } from 'react';
import { hasPermission } from '@/lib/auth/permissions';
import { NavCount } from '@/components/layout/nav-count';
import { ClientMessages } from '@/components/layout/client-messages';
import { SIGN_OUT_BUTTON_MESSAGES } from '@/components/auth/messages';
import { FlashProvider } from '@/components/ui/flash';
import { NotificationBell } from '@/components/notifications/notification-bell';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await requirePageActor(SIGNED_IN);
  const t = await getTranslations('nav');
  const tRole = await getTranslations('roles');
  const tAll = await getTranslations();
  const tFlash = await getTranslations('flash');
  const counts = {
    '/inbox': actor.role === 'OFFICER' ? ('inbox' as const) : null,
    '/expiring': hasPermission(actor.role, 'worklist.expiry') ? ('expiring' as const) : null,
    '/warnings': hasPermission(actor.role, 'worklist.warnings') ? ('notice' as const) : null,
    '/persons/review': hasPermission(actor.role, 'person.review') ? ('review' as const) : null,
  } as Record<string, 'inbox' | 'expiring' | 'notice' | 'review' | null>;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-blue-900">
            {t('brand')}
          </Link>
          <nav aria-label={t('main')} className="flex flex-1 flex-wrap gap-3">
            {NAVIGATION[actor.role].map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {item.labelKey.includes('.') ? tAll(item.labelKey) : t(item.labelKey)}
                {counts[item.href] && (
                  <Suspense fallback={null}>
                    <NavCount kind={counts[item.href]!} actor={actor} />
                  </Suspense>
                )}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <NotificationBell actor={actor} />
            <span data-testid="current-user">
              <Link href="/account" className="hover:underline" title={tAll('account.nav')}>
                {actor.fullName}
              </Link>{' '}
              · <span className="text-slate-500">{tRole(actor.role)}</span>
            </span>
            <LanguageSwitcher />
            <ClientMessages namespaces={SIGN_OUT_BUTTON_MESSAGES}>
              <SignOutButton />
            </ClientMessages>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <FlashProvider dismissLabel={tFlash('dismiss')}>{children}</FlashProvider>
      </main>
    </div>
  );
}
