// The `x-file-name` header of a raw-body import: the file's name, percent-encoded by the
// client (headers are ASCII). Only used to tell CSV from XLSX and to name the file in
// messages, so a bad one is the caller's mistake (422), never a 500.
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

const MAX_NAME_CHARS = 255;

const BAD_FILE_NAME = msg(
  "x-file-name 请求头无效：应为百分号编码（encodeURIComponent）的文件名，不超过 255 个字符",
  "Invalid x-file-name header: send the file name percent-encoded (encodeURIComponent), at most 255 characters",
);

/** The decoded name, "" when the header is absent; a 422 when it is not valid percent-encoding. */
export function fileNameFromHeader(value: string | null): string {
  if (value === null) return "";
  let name: string;
  try {
    name = decodeURIComponent(value);
  } catch {
    throw new AppError("VALIDATION", BAD_FILE_NAME);
  }
  // control characters would end up in messages and logs
  if (name.length > MAX_NAME_CHARS || /[\u0000-\u001f\u007f]/.test(name)) throw new AppError("VALIDATION", BAD_FILE_NAME);
  return name;
}
