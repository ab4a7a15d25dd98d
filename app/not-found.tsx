import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server-locale";

export default async function NotFound() {
  const { t } = await getDictionary();
  return (
    <div className="card">
      <h1>{t.notFound.title}</h1>
      <p className="muted">{t.notFound.body}</p>
      <Link href="/">{t.notFound.home}</Link>
    </div>
  );
}
