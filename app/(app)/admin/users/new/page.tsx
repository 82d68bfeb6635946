import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { loadUnitOptions } from '@/lib/users/find-users';
import { CreateUserForm } from '@/components/admin/user-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { USER_FORM_MESSAGES } from '@/components/admin/messages';

export default async function NewUserPage() {
  await requirePageActor('user.manage');
  const t = await getTranslations('users');
  const units = await loadUnitOptions({ locale: await getLocale() });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
      <ClientMessages namespaces={USER_FORM_MESSAGES}>
        <CreateUserForm units={units} />
      </ClientMessages>
    </section>
  );
}
