import { checkDatabase, isDatabaseDown } from "@/lib/api/db-unavailable";
import { pool } from "@/lib/db";
import { outageStrings } from "@/lib/i18n/strings/outage";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A banner while the database is unavailable, so pages that need no data (sign-in,
 * static pages) still render and say why signing in fails. Free while the database is
 * up: it asks the database only when the app has already seen it fail, to notice that
 * it is back.
 */
export async function OutageNotice({ locale, down }: { locale: Locale; down?: boolean }) {
  const unavailable = down || (isDatabaseDown() && !(await checkDatabase(pool).catch(() => false)));
  if (!unavailable) return null;
  return (
    <p className="form-warning" role="status">
      {outageStrings[locale].loginNotice}
    </p>
  );
}
