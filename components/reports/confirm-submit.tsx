"use client";

/** A submit button that asks first (deleting a report kills its share links at once). */
export function ConfirmSubmit({ label, question, className, testId }: { label: string; question: string; className?: string; testId?: string }) {
  return (
    <button
      type="submit"
      className={className}
      data-testid={testId}
      onClick={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
    >
      {label}
    </button>
  );
}
