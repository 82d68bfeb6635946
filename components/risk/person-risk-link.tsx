import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';

/** On the person page: the officer's way into the person's assessment (start or continue). */
export async function PersonRiskLink({ actor, personId }: { actor: TActor; personId: string }) {
  if (!hasPermission(actor.role, 'risk.assess')) return null;
  const t = await getTranslations('riskWorkflow');
  return (
    <Link href={`/persons/${personId}/risk/new`} className="btn-secondary self-start" data-testid="person-risk-link">
      {t('personLink')}
    </Link>
  );
}
