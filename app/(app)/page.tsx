import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/guard-page';
import { homeFor } from '@/lib/auth/navigation';

export default async function HomePage() {
  const { actor } = await requirePageActor();
  redirect(homeFor(actor.role));
}
