import { getTranslations } from 'next-intl/server';

// The inclusion rule as published to the public (the same rule as docs/registry.md).
export default async function RegistryRulesPage() {
  const t = await getTranslations('registry.rules');
  const tr = await getTranslations('importReview');
  return (
    <article className="card flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p>{t('listed')}</p>
      <p>{tr('publicRule')}</p>
      <p>{t('dropOut')}</p>
      <p>{t('withheld')}</p>
      <p>{t('published')}</p>
      <a href="/registry" className="link">
        {t('back')}
      </a>
    </article>
  );
}
