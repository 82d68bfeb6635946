import { useTranslations } from 'next-intl';
import type { TComplianceStatus } from '@/lib/compliance/compliance';

const STYLES: Record<TComplianceStatus, string> = {
  COMPLIANT: 'bg-green-100 text-green-900',
  AT_RISK: 'bg-amber-100 text-amber-900',
  IN_BREACH: 'bg-red-100 text-red-900',
};

export function ComplianceBadge({ status }: { status: TComplianceStatus }) {
  const t = useTranslations('compliance');
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{t(`status.${status}`)}</span>;
}
