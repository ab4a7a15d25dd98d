import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

// At most IMPORT_CONCURRENCY imports run at once per app instance (default 2): each
// holds a spooled file on disk, parses it, and then one pooled connection while it
// writes. Past the cap the answer is 503 with Retry-After, not a queue that grows
// with every slow client.

const RETRY_AFTER_SECONDS = 10;

function importConcurrency(): number {
  return env().IMPORT_CONCURRENCY;
}

const state = globalThis as unknown as { importSlotsInUse?: number };

const importsBusy = () =>
  new AppError(
    "UNAVAILABLE",
    msg(
      `已有 ${importConcurrency()} 个导入正在进行，请 ${RETRY_AFTER_SECONDS} 秒后重试`,
      `${importConcurrency()} imports are already running; try again in ${RETRY_AFTER_SECONDS} seconds`,
    ),
    { retryAfter: RETRY_AFTER_SECONDS },
  );

/** Runs `fn` in one of the instance's import slots, or throws 503 when all are taken. */
export async function withImportSlot<T>(fn: () => Promise<T>): Promise<T> {
  const inUse = state.importSlotsInUse ?? 0;
  if (inUse >= importConcurrency()) throw importsBusy();
  state.importSlotsInUse = inUse + 1;
  try {
    return await fn();
  } finally {
    state.importSlotsInUse = (state.importSlotsInUse ?? 1) - 1;
  }
}
