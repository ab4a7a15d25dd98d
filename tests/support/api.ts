// Calls route handlers in-process with real Request objects: the same code path as
// HTTP minus the socket, against the real database.
type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: BodyInit;
  contentType?: string;
  params?: P;
  headers?: Record<string, string>;
}

export async function call<P = Record<string, never>>(handler: Handler<P>, path: string, opts: CallOptions<P> = {}): Promise<Response> {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  let body: BodyInit | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers.set("content-type", "application/json");
  }
  if (opts.contentType) headers.set("content-type", opts.contentType);
  const req = new Request(`http://localhost${path}`, { method: opts.method ?? (body ? "POST" : "GET"), headers, body });
  return handler(req, { params: Promise.resolve((opts.params ?? {}) as P) });
}

export async function callJson<T = any, P = Record<string, never>>(
  handler: Handler<P>,
  path: string,
  opts: CallOptions<P> = {},
): Promise<{ status: number; body: T }> {
  const res = await call(handler, path, opts);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}
