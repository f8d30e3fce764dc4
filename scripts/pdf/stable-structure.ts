import type { PDFArray, PDFContext, PDFDict, PDFObject, PDFRef } from "pdf-lib";

type PdfLib = typeof import("pdf-lib");

/**
 * Chromium names the tagged structure's elements after the renderer's DOM node ids
 * ("node00000072") and writes the elements that have one in the order of a hash table keyed by
 * those ids. The ids depend on what the browser did before and on the order it asked for them,
 * so the same page gave PDFs that differ in names and object order. Here the ids are renamed in
 * the order of the structure tree ("node00000001"…) and the elements put in the order of their
 * new names: the file's bytes then depend on the page alone.
 */
export function stabiliseStructure(lib: PdfLib, context: PDFContext): void {
  renameIds(lib, context);
  sortIdTree(lib, context);
  orderById(lib, context);
}

const NODE_ID = /^node(\d+)$/;

/** The id in a PDF string, if it is one of Chromium's node ids. */
function nodeId(lib: PdfLib, value: unknown): string | undefined {
  const text =
    value instanceof lib.PDFString || value instanceof lib.PDFHexString ? value.decodeText() : "";
  return NODE_ID.test(text) ? text : undefined;
}

/**
 * Calls `visit` with every value held directly or through nested direct dictionaries and arrays
 * of the document's objects, with a way to replace it.
 */
function eachValue(
  lib: PdfLib,
  context: PDFContext,
  visit: (value: PDFObject, replace: (next: PDFObject) => void) => void,
): void {
  const walk = (object: PDFObject): void => {
    if (object instanceof lib.PDFDict) {
      for (const [name, value] of object.entries()) {
        visit(value, (next) => object.set(name, next));
        walk(value);
      }
    } else if (object instanceof lib.PDFArray) {
      object.asArray().forEach((value, index) => {
        visit(value, (next) => object.set(index, next));
        walk(value);
      });
    } else if (object instanceof lib.PDFStream) {
      walk(object.dict);
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) walk(object);
}

/**
 * Each element's id in the order the structure tree reads (depth first from its root), which
 * follows the page; Chromium's own numbers come in whatever order it happened to ask for them.
 */
function idsInTreeOrder(lib: PdfLib, context: PDFContext): string[] {
  const { PDFArray, PDFDict, PDFName } = lib;
  const ids: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (entry: PDFObject | undefined): void => {
    const object = entry instanceof lib.PDFRef ? context.lookup(entry) : entry;
    if (!object || seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFArray) object.asArray().forEach(visit);
    if (!(object instanceof PDFDict)) return;
    const id = nodeId(lib, object.get(PDFName.of("ID")));
    if (id) ids.push(id);
    visit(object.get(PDFName.of("K")));
  };
  const root = context.lookup(context.trailerInfo.Root);
  if (root instanceof PDFDict) visit(root.get(PDFName.of("StructTreeRoot")));
  return ids;
}

/** Ids sit in the id tree (/Names, /Limits), on elements (/ID) and in table cells (/Headers). */
function renameIds(lib: PdfLib, context: PDFContext): void {
  const found: { id: string; replace: (next: PDFObject) => void }[] = [];
  eachValue(lib, context, (value, replace) => {
    const id = nodeId(lib, value);
    if (id) found.push({ id, replace });
  });
  const ordered = idsInTreeOrder(lib, context);
  // An id outside the tree, if Chromium ever wrote one, keeps its place after the others.
  const rest = [...new Set(found.map(({ id }) => id))].filter((id) => !ordered.includes(id));
  const renamed = new Map(
    [...ordered, ...rest.sort()].map((id, rank) => [
      id,
      `node${String(rank + 1).padStart(8, "0")}`,
    ]),
  );
  for (const { id, replace } of found) replace(lib.PDFString.of(renamed.get(id) ?? id));
}

/**
 * The id tree's leaves, in order, hold the names sorted again (Chromium wrote them in its hash
 * order, and renaming changed them), each leaf as many as before, with its /Limits.
 */
function sortIdTree(lib: PdfLib, context: PDFContext): void {
  const { PDFName } = lib;
  const root = context.lookup(context.trailerInfo.Root);
  const structure =
    root instanceof lib.PDFDict ? root.lookup(PDFName.of("StructTreeRoot")) : undefined;
  const tree =
    structure instanceof lib.PDFDict ? structure.lookup(PDFName.of("IDTree")) : undefined;
  if (!(tree instanceof lib.PDFDict)) return;
  const leaves: PDFArray[] = [];
  const collect = (node: PDFDict) => {
    const names = node.lookup(PDFName.of("Names"));
    if (names instanceof lib.PDFArray) leaves.push(names);
    const kids = node.lookup(PDFName.of("Kids"));
    if (kids instanceof lib.PDFArray) {
      for (const kid of kids.asArray()) {
        const child = context.lookup(kid);
        if (child instanceof lib.PDFDict) collect(child);
      }
    }
  };
  collect(tree);
  const pairs = leaves.flatMap((names) => {
    const items = names.asArray();
    return Array.from({ length: items.length / 2 }, (_, index) => ({
      key: nodeId(lib, items[index * 2]) ?? "",
      name: items[index * 2] as PDFObject,
      value: items[index * 2 + 1] as PDFObject,
    }));
  });
  pairs.sort((a, b) => a.key.localeCompare(b.key));
  let next = 0;
  for (const names of leaves) {
    const count = names.size() / 2;
    pairs.slice(next, next + count).forEach(({ name, value }, index) => {
      names.set(index * 2, name);
      names.set(index * 2 + 1, value);
    });
    next += count;
  }
  setLimits(lib, context, tree);
}

/** Each node's /Limits: its first and last key, after the names moved. */
function setLimits(lib: PdfLib, context: PDFContext, node: PDFObject): PDFObject[] {
  const { PDFArray, PDFDict, PDFName } = lib;
  if (!(node instanceof PDFDict)) return [];
  const names = node.lookup(PDFName.of("Names"));
  const kids = node.lookup(PDFName.of("Kids"));
  const keys =
    names instanceof PDFArray
      ? names.asArray().filter((_, index) => index % 2 === 0)
      : kids instanceof PDFArray
        ? kids.asArray().flatMap((kid) => {
            const child = context.lookup(kid);
            return child ? setLimits(lib, context, child) : [];
          })
        : [];
  const first = keys[0];
  const last = keys.at(-1);
  if (node.has(PDFName.of("Limits")) && first && last) {
    node.set(PDFName.of("Limits"), context.obj([first, last]));
  }
  return first && last ? [first, last] : [];
}

/** The elements with an id take the object numbers they hold, in the order of their ids. */
function orderById(lib: PdfLib, context: PDFContext): void {
  const named: { ref: PDFRef; id: string; object: PDFObject }[] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const id = object instanceof lib.PDFDict ? nodeId(lib, object.get(lib.PDFName.of("ID"))) : "";
    if (id) named.push({ ref, id, object });
  }
  const numbers = named.map(({ ref }) => ref).sort((a, b) => a.objectNumber - b.objectNumber);
  const moved = new Map<PDFRef, PDFRef>();
  [...named]
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach(({ ref, object }, index) => {
      const target = numbers[index] ?? ref;
      if (target !== ref) moved.set(ref, target);
      context.assign(target, object);
    });
  if (moved.size === 0) return;
  eachValue(lib, context, (value, replace) => {
    const target = value instanceof lib.PDFRef ? moved.get(value) : undefined;
    if (target) replace(target);
  });
}
