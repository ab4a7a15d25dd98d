// Every UI string, in Chinese (first) and English. `en` is typed from `zh`, so a key
// missing in either language fails the type check. Features keep their strings in
// lib/i18n/strings/<feature>.ts, merged here under their own key.
import { adminStrings } from "@/lib/i18n/strings/admin";
import { coreStrings } from "@/lib/i18n/strings/core";
import { authStrings } from "@/lib/i18n/strings/auth";
import { entryStrings } from "@/lib/i18n/strings/entry";
import { importTableStrings } from "@/lib/i18n/strings/import-table";
import { planSettingsStrings } from "@/lib/i18n/strings/plan-settings";
import { planDocumentStrings } from "@/lib/i18n/strings/plan-documents";
import { progressStrings } from "@/lib/i18n/strings/progress";
import { reportsStrings } from "@/lib/i18n/strings/reports";
import { roundsStrings } from "@/lib/i18n/strings/rounds";
import { submissionStrings } from "@/lib/i18n/strings/submissions";

const zh = {
  ...coreStrings.zh,
  auth: authStrings.zh,
  entry: entryStrings.zh,
  progress: progressStrings.zh,
  reports: reportsStrings.zh,
  admin: adminStrings.zh,
  planSettings: planSettingsStrings.zh,
  planDocuments: planDocumentStrings.zh,
  importTable: importTableStrings.zh,
  rounds: roundsStrings.zh,
  submissions: submissionStrings.zh,
};

export type Dictionary = typeof zh;

const en: Dictionary = {
  ...coreStrings.en,
  auth: authStrings.en,
  entry: entryStrings.en,
  progress: progressStrings.en,
  reports: reportsStrings.en,
  admin: adminStrings.en,
  planSettings: planSettingsStrings.en,
  planDocuments: planDocumentStrings.en,
  importTable: importTableStrings.en,
  rounds: roundsStrings.en,
  submissions: submissionStrings.en,
};

export const dictionary = { zh, en } as const;

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}
