import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/guard-page';
import { SIGNED_IN } from '@/lib/auth/page-guards';
import { homeFor } from '@/lib/auth/navigation';

export default async function HomePage() {
  const { actor } = await requirePageActor(SIGNED_IN);
  redirect(homeFor(actor.role));
}
