import type { Message } from "@/lib/i18n/message";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNAVAILABLE"
  | "TIMEOUT";

/** A domain error with a code; turned into an HTTP status and a localized message in one place (lib/api/respond.ts). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: Message,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail.en);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // a bounded resource is full (the PDF render queue): come back later (Retry-After)
  UNAVAILABLE: 503,
  // work the app waits on (a PDF render) passed its time limit
  TIMEOUT: 504,
};
