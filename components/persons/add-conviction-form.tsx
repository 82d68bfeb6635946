'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZAddConviction } from '@/lib/persons/schemas';
import { addConviction } from '@/lib/persons/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import type { TOption } from '@/lib/reference/options';
import { ConvictionFields, EMPTY_CONVICTION_FACTS } from './conviction-fields';

type TIn = z.input<typeof ZAddConviction>;

export function AddConvictionForm({ personId, articles, courts }: { personId: string; articles: TOption[]; courts: TOption[] }) {
  const t = useTranslations('convictionForm');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<TIn, unknown, z.output<typeof ZAddConviction>>({
    resolver: zodResolver(ZAddConviction),
    defaultValues: {
      personId,
      conviction: { articleId: '', courtId: '', caseNumber: '', verdictDate: '', sentenceEnd: '', minorVictim: true, ...EMPTY_CONVICTION_FACTS },
    },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  if (!open) {
    return (
      <button type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
        {t('add')}
      </button>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-3 border-t border-slate-100 pt-3"
      onSubmit={form.handleSubmit(async () => {
        const done = await submit(() => addConviction(form.getValues()));
        if (done) {
          form.reset();
          setOpen(false);
          router.refresh();
        }
      })}
    >
      <h3 className="font-semibold">{t('add')}</h3>
      <ConvictionFields register={form.register} errors={form.formState.errors.conviction} articles={articles} courts={courts} />
      <FormError error={formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={pending}>
          {t('save')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
