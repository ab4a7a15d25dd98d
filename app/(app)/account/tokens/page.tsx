import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/forms/token-forms";
import { TokensTable } from "@/components/tables/tokens-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listApiTokens } from "@/lib/data/api-tokens";
import { getDictionary } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "API 令牌 API tokens" };

export default async function TokensPage() {
  const actor = await requirePageUser("/account/tokens");
  const { locale, t } = await getDictionary();
  const tokens = await listApiTokens(actor);
  const tt = t.admin.tokens;
  return (
    <>
      <div className="page-head">
        <h1>{tt.title}</h1>
        <p className="muted">{tt.intro}</p>
      </div>
      <div className="grid">
        <div style={{ maxWidth: 480 }}>
          <CreateTokenForm t={tt} />
        </div>
        <TokensTable tokens={tokens} t={tt} locale={locale} />
      </div>
    </>
  );
}
