import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages, type TNamespaces } from '@/lib/i18n/client-messages';
import { ROOT_CLIENT_MESSAGES } from './messages';

/**
 * The messages the client components below it may read, and no others (a server component).
 * A nested provider replaces its parent's messages rather than adding to them, so the root
 * layout's namespaces (the language switcher's) are always included.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: TNamespaces; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...ROOT_CLIENT_MESSAGES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
