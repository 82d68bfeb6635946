import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { CHANGE_PASSWORD_FORM_MESSAGES } from '@/components/account/messages';

export default async function AccountPage() {
  const { actor } = await requirePageActor('account.manage');
  const t = await getTranslations('account');
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-sm text-slate-600">
        {actor.fullName} · {actor.email}
      </p>
      <ClientMessages namespaces={CHANGE_PASSWORD_FORM_MESSAGES}>
        <ChangePasswordForm email={actor.email} />
      </ClientMessages>
    </section>
  );
}
