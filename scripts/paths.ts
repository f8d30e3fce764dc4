import { isAbsolute, relative } from "node:path";

/**
 * Whether `child` is `parent` or lies below it (across drives on Windows it does not).
 * @example isInside("/a/b/c", "/a/b") // => true
 */
export const isInside = (child: string, parent: string): boolean => {
  const path = relative(parent, child);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
};
