import { getTranslations } from 'next-intl/server';

/** The sign-in page's link to the public registry. */
export async function RegistryLink() {
  const t = await getTranslations('registry');
  return (
    <a href="/registry" className="link text-sm">
      {t('loginLink')}
    </a>
  );
}
