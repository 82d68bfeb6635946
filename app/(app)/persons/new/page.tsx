import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { loadFormOptions } from '@/lib/reference/options';
import { RegisterPersonForm } from '@/components/persons/register-person-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { REGISTER_PERSON_FORM_MESSAGES } from '@/components/persons/messages';

export default async function RegisterPersonPage() {
  const { actor } = await requirePageActor('person.register');
  const t = await getTranslations('registerForm');
  const options = await loadFormOptions({ actor, locale: await getLocale() });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <ClientMessages namespaces={REGISTER_PERSON_FORM_MESSAGES}>
        <RegisterPersonForm options={options} />
      </ClientMessages>
    </section>
  );
}
