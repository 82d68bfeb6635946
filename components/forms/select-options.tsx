import type { TOption } from '@/lib/reference/options';

export function SelectOptions({ options, placeholder }: { options: TOption[]; placeholder: string }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
