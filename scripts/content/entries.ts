import { lstat, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ContentProblem } from "./errors.ts";
import { unreadableProblem } from "./source-file.ts";

/**
 * What the content folders hold. A folder where a file should be, a broken link or an entry
 * without read permission is reported as a problem with its path, never thrown, so the check
 * still reads everything else.
 */

/** What is at a path: a file, a folder, nothing at all, or an entry that cannot be opened. */
export async function probe(path: string): Promise<"file" | "folder" | "missing" | ContentProblem> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch (error) {
    // A link to nothing also answers "no such file"; only lstat tells it from a missing name.
    const present = await lstat(path).then(
      () => true,
      () => false,
    );
    return present || (error as NodeJS.ErrnoException).code !== "ENOENT"
      ? unreadableProblem(path, error)
      : "missing";
  }
}

export interface Listing {
  files: string[];
  folders: string[];
  /** Entries that cannot be opened, by name, each with its problem. */
  unreadable: Map<string, ContentProblem>;
}

/** Entries of a folder, links followed, hidden ones (.gitkeep, .DS_Store) left out. */
export async function listFiles(dir: string): Promise<Listing> {
  const listing: Listing = { files: [], folders: [], unreadable: new Map() };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith("."));
  } catch (error) {
    listing.unreadable.set("", unreadableProblem(dir, error));
    return listing;
  }
  const kinds = await Promise.all(names.map((name) => probe(join(dir, name))));
  names.forEach((name, index) => {
    const kind = kinds[index];
    if (kind === "folder") listing.folders.push(name);
    else if (kind === "file") listing.files.push(name);
    // Gone between readdir and stat: nothing to report.
    else if (kind !== "missing" && kind !== undefined) listing.unreadable.set(name, kind);
  });
  return listing;
}
