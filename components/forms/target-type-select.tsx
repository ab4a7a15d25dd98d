import { Field } from "@/components/forms/field";

const TARGET_TYPES = ["min", "max", "approx"] as const;

/** The target type (达到 / 控制在…以内 / 左右) as a labelled select, named "type". */
export function TargetTypeSelect({ label, typeNames, defaultValue }: { label: string; typeNames: Record<string, string>; defaultValue: string }) {
  return (
    <Field label={label}>
      <select name="type" defaultValue={defaultValue}>
        {TARGET_TYPES.map((k) => (
          <option key={k} value={k}>
            {typeNames[k] ?? k}
          </option>
        ))}
      </select>
    </Field>
  );
}
