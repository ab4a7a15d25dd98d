import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { clientIp } from "@/lib/auth/client-ip";
import { isThrottled } from "@/lib/auth/throttle";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler as `any`; this is the shape it has there
const nextAuth = NextAuth(authOptions) as (req: Request, ctx: Ctx) => Promise<Response>;

// A locked-out account gets a real 429 on the sign-in request, before next-auth runs;
// next-auth's client reads `url` and reports error=RATE_LIMITED to the login page.
async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await req.clone().formData();
    const email = String(form.get("email") ?? "");
    if (email && (await isThrottled(email, clientIp(req.headers)))) {
      return Response.json({ url: `${new URL(req.url).origin}/login?error=RATE_LIMITED` }, { status: 429 });
    }
  }
  return nextAuth(req, ctx);
}

export { nextAuth as GET, POST };
