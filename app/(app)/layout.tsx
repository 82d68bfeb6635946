import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { SIGNED_IN } from '@/lib/auth/page-guards';
import { AppHeader } from '@/components/layout/app-header';
import { FlashProvider } from '@/components/ui/flash';
import { ClientMessages } from '@/components/layout/client-messages';
import { SIGN_OUT_BUTTON_MESSAGES } from '@/components/auth/messages';
import { NotificationBell } from '@/components/notifications/notification-bell';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await requirePageActor(SIGNED_IN);
  const tFlash = await getTranslations('flash');
  return (
    <div className="min-h-screen">
      <ClientMessages namespaces={SIGN_OUT_BUTTON_MESSAGES}>
        <AppHeader actor={actor} bell={<NotificationBell actor={actor} />} />
      </ClientMessages>
      {/* min-w-0: a wide table or chart scrolls inside its card instead of widening the page. */}
      <main className="mx-auto min-w-0 max-w-6xl px-4 py-6">
        <FlashProvider dismissLabel={tFlash('dismiss')}>{children}</FlashProvider>
      </main>
    </div>
  );
}
