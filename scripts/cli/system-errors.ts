/**
 * Failures of the machine rather than of the content: a full disk, a read-only folder, no
 * permission. Eleventy, sharp and Node wrap them in their own English errors ("Having trouble
 * copying"); the cause is found underneath and told in Thai with what to do.
 */
const EXPLAINED: Record<string, { message: string; fix: string }> = {
  ENOSPC: {
    message: "พื้นที่ในดิสก์เต็ม",
    fix: "ลบไฟล์ที่ไม่ใช้ออกจากดิสก์ หรือสร้างลงดิสก์อื่นด้วย -- --out โฟลเดอร์ แล้วสั่งอีกครั้ง",
  },
  EDQUOT: {
    message: "ใช้พื้นที่เกินโควตาที่ผู้ดูแลเครื่องกำหนดไว้",
    fix: "ลบไฟล์ที่ไม่ใช้ หรือขอให้ผู้ดูแลเครื่องเพิ่มโควตา แล้วสั่งอีกครั้ง",
  },
  EROFS: {
    message: "ดิสก์หรือโฟลเดอร์นี้เป็นแบบอ่านอย่างเดียว เขียนไฟล์ไม่ได้",
    fix: "สร้างลงโฟลเดอร์ที่เขียนได้ด้วย -- --out โฟลเดอร์ หรือขอให้ผู้ดูแลเครื่องเปิดให้เขียนได้",
  },
  EACCES: {
    message: "เครื่องนี้ไม่ให้สิทธิ์เขียนหรืออ่านไฟล์ในโฟลเดอร์นี้",
    fix: "ขอให้ผู้ดูแลเครื่องเปิดสิทธิ์ หรือสร้างลงโฟลเดอร์ของตนเองด้วย -- --out โฟลเดอร์",
  },
  EMFILE: {
    message: "เปิดไฟล์พร้อมกันมากเกินกว่าที่เครื่องนี้อนุญาต",
    fix: "ปิดโปรแกรมอื่นที่เปิดไฟล์ไว้มาก แล้วสั่งอีกครั้ง",
  },
  EIO: {
    message: "อ่านหรือเขียนดิสก์ไม่สำเร็จ ดิสก์หรือแฟลชไดรฟ์อาจเสียหรือถูกถอดออก",
    fix: "ตรวจดิสก์ แล้วสั่งอีกครั้ง หรือสร้างลงดิสก์อื่นด้วย -- --out โฟลเดอร์",
  },
};
EXPLAINED.EPERM = EXPLAINED.EACCES as { message: string; fix: string };
EXPLAINED.ENFILE = EXPLAINED.EMFILE as { message: string; fix: string };

/** The first system error code in an error and what it wraps (cause, originalError, errors). */
function systemCode(error: unknown, depth = 0): { code: string; path?: string } | undefined {
  if (!error || typeof error !== "object" || depth > 8) return undefined;
  const { code, path, message, cause, originalError, errors } = error as Record<string, unknown>;
  if (typeof code === "string" && code in EXPLAINED) {
    return { code, path: typeof path === "string" ? path : undefined };
  }
  // Some wrappers keep only the text of the system's error ("… ENOSPC: no space left …").
  const named = typeof message === "string" ? /\b(E[A-Z]+):/.exec(message)?.[1] : undefined;
  if (named && named in EXPLAINED) return { code: named };
  const inner = [cause, originalError, ...(Array.isArray(errors) ? errors : [])];
  for (const wrapped of inner) {
    const found = systemCode(wrapped, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The machine's failure under `error`, in Thai, or undefined when it is not one.
 * @example explainSystemError(Object.assign(new Error("x"), { code: "ENOSPC" })) // => { message: "พื้นที่ในดิสก์เต็ม", … }
 */
export function explainSystemError(error: unknown): { message: string; fix: string } | undefined {
  const found = systemCode(error);
  if (!found) return undefined;
  const explained = EXPLAINED[found.code] as { message: string; fix: string };
  return {
    message: `${explained.message}${found.path ? ` (${found.path.replace(/\.staging-.*$/, "")})` : ""} [${found.code}]`,
    fix: explained.fix,
  };
}
