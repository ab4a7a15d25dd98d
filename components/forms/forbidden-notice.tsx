/** Shown instead of a page the signed-in role may not use (the data layer refuses anyway). */
export function ForbiddenNotice({ title, body }: { title: string; body: string }) {
  return (
    <div className="card" role="alert" data-testid="forbidden">
      <p className="eyebrow">403</p>
      <h1>{title}</h1>
      <p className="muted">{body}</p>
    </div>
  );
}
