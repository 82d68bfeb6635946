import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto flex max-w-md flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p>{t('body')}</p>
      <Link className="link" href="/">
        {t('home')}
      </Link>
    </main>
  );
}
