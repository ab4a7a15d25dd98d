/**
 * One choice of a GET filter form: "all" (the empty value, which the page reads as not
 * given) or one of `options`. `label` names it when no <label> around it does.
 */
export function FilterSelect({
  name,
  value,
  all,
  options,
  label,
}: {
  name: string;
  value: string | undefined;
  all: string;
  options: readonly { value: string | number; label: string }[];
  label?: string;
}) {
  return (
    <select name={name} defaultValue={value ?? ""} aria-label={label}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
