/** The messages of one field from a server action's fieldErrors, announced to screen readers. */
export function FieldError({ errors, name }: { errors?: Record<string, string[]>; name: string }) {
  const list = errors?.[name];
  if (!list || list.length === 0) return null;
  return (
    <span className="field-error" role="alert" data-testid={`error-${name}`}>
      {list.join("；")}
    </span>
  );
}

/** A form-level error (the action refused the whole submission), announced to screen readers. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** A success message of a form, announced to screen readers. */
export function FormOk({ children }: { children: React.ReactNode }) {
  return (
    <p className="form-ok" role="status">
      {children}
    </p>
  );
}
