/**
 * The script of /admin/: our file formats and the measure preview, registered with Decap CMS,
 * which then starts with the configuration made from the content schema (/admin/config.json).
 * Bundled for the browser by scripts/editor/site-files.ts; it imports only browser-safe modules.
 * https://decapcms.org/docs/manual-initialization/
 */
import { formatThaiPeriod, lastDayCovered, parseBuddhistDate } from "../../thai/dates.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import type { EditorConfig, FormatName } from "../config.ts";
import { markdownFormat, measureFormat, yamlFormat } from "../file-formats.ts";
import { PERIOD_DATE_WIDGET } from "../widgets.ts";

/** What the page needs of Decap's global `CMS` and of React's `h` (createElement). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
  /** The uploaded or stored file at a path, as an object whose toString() is its URL. */
  getAsset(path: string): { toString(): string } | undefined;
}
type Formatter = ReturnType<typeof yamlFormat>;
type Component = unknown;
interface Decap {
  init(options: { config: Record<string, unknown> }): void;
  getWidget(name: string): { control: Component; preview: Component };
  registerWidget(name: string, control: Component, preview?: Component): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    h?: H;
    createClass?: (spec: Record<string, unknown>) => Component;
  }
}

// Read by Decap as it loads (decap-cms.js comes after this script), so that it waits for init().
window.CMS_MANUAL_INIT = true;

/** Photos with their captions, then documents and links, as scripts/site evidence.njk lays them out. */
function evidenceView(
  h: H,
  evidence: Record<string, string>[],
  getAsset: PreviewProps["getAsset"],
) {
  const isPhoto = (item: Record<string, string>) => /\.(jpe?g|png|webp)$/i.test(item.file ?? "");
  const photos = evidence
    .filter(isPhoto)
    .map((item, index) =>
      h(
        "figure",
        { className: "evidence-photo", key: index },
        h("img", { src: String(getAsset(item.file ?? "") ?? ""), alt: item.caption ?? "" }),
        h("figcaption", null, item.caption ?? ""),
      ),
    );
  const others = evidence
    .filter((item) => !isPhoto(item))
    .map((item, index) =>
      h(
        "li",
        { key: index },
        h("a", null, item.caption ?? ""),
        " ",
        h("span", { className: "evidence-note" }, `(${item.url ?? "ไฟล์ PDF"})`),
      ),
    );
  return [
    photos.length ? h("div", { className: "evidence-photos", key: "photos" }, ...photos) : null,
    others.length ? h("ul", { className: "evidence-files", key: "others" }, ...others) : null,
  ];
}

/** A measure as its page on the site shows it, with the site's own classes and CSS. */
function measurePreview(config: EditorConfig & { columns: Record<string, string> }) {
  return ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const h = window.h as H;
    const data = (entry.get("data") as ImmutableMap | undefined)?.toJS() as Record<string, unknown>;
    const period = (data?.period ?? {}) as { start?: string; end?: string };
    const start = parseBuddhistDate(period.start ?? "");
    const end = parseBuddhistDate(period.end ?? "");
    const units = Array.isArray(data?.responsibleUnits) ? data.responsibleUnits.join(", ") : "";
    const evidence = Array.isArray(data?.evidence)
      ? (data.evidence as Record<string, string>[])
      : [];
    const section = (key: string) =>
      h(
        "section",
        { className: "measure-section", key },
        h("h2", null, config.columns[key]),
        widgetFor(key),
      );
    return h(
      "main",
      { className: "page" },
      h(
        "h1",
        null,
        h(
          "span",
          { className: "measure-number" },
          `${formatThaiNumber(Number(data?.number) || 0)}.`,
        ),
        ` ${String(data?.title ?? "")}`,
      ),
      h(
        "dl",
        { className: "measure-facts" },
        h(
          "div",
          null,
          h("dt", null, config.columns.period),
          h("dd", null, start && end ? formatThaiPeriod(start, end) : ""),
        ),
        h("div", null, h("dt", null, config.columns.units), h("dd", null, units)),
      ),
      ...["steps", "output", "outcome"].map(section),
      evidence.length
        ? h(
            "section",
            { className: "measure-section evidence" },
            h("h2", null, "หลักฐานการดำเนินการ"),
            evidenceView(h, evidence, getAsset),
          )
        : null,
    );
  };
}

/**
 * Either end of a measure's period: the text field, which also refuses an end before the start,
 * as the check does (E_FIELD_INVALID "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น"). Both ends check, with their
 * own value and the other's from the entry: the field edited last sees the other as it is.
 * https://decapcms.org/docs/custom-widgets/
 */
function registerPeriodDate(cms: Decap): void {
  const text = cms.getWidget("string");
  const h = window.h as H;
  type Props = { value?: string; entry?: ImmutableMap; field?: ImmutableMap };
  const control = (window.createClass as (spec: Record<string, unknown>) => Component)({
    isValid(this: { props: Props }) {
      const own = String(this.props.value ?? "");
      const isEnd = this.props.field?.get("name") === "end";
      const other = String(
        this.props.entry?.getIn(["data", "period", isEnd ? "start" : "end"]) ?? "",
      );
      const start = parseBuddhistDate(isEnd ? other : own);
      const end = parseBuddhistDate(isEnd ? own : other);
      if (!start || !end || lastDayCovered(end) >= start.date) return true;
      const message = isEnd ? "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น" : "วันเริ่มต้นอยู่หลังวันสิ้นสุด";
      return { error: { type: "CUSTOM", message } };
    },
    render(this: { props: Record<string, unknown> }) {
      return h(text.control as string, this.props);
    },
  });
  cms.registerWidget(PERIOD_DATE_WIDGET, control, text.preview);
}

/** Registers our formats and preview, then starts Decap with the generated configuration. */
async function start(): Promise<void> {
  const response = await fetch(new URL("config.json", document.baseURI), { cache: "no-store" });
  const config = (await response.json()) as EditorConfig & { columns: Record<string, string> };
  const cms = window.CMS as Decap;
  const formats: Record<FormatName, Formatter> = {
    "ita-measure": measureFormat(config.sections, config.keys["ita-measure"]),
    "ita-report": markdownFormat(config.keys["ita-report"]),
    "ita-agency": yamlFormat(config.keys["ita-agency"]),
    "ita-scores": yamlFormat(config.keys["ita-scores"]),
  };
  for (const [name, formatter] of Object.entries(formats)) {
    cms.registerCustomFormat(
      name,
      name.startsWith("ita-measure") || name === "ita-report" ? "md" : "yaml",
      formatter,
    );
  }
  for (const sheet of [
    "../assets/base.css",
    "../assets/screen.css",
    "../assets/sarabun/400.css",
    "../assets/sarabun/700.css",
  ]) {
    cms.registerPreviewStyle(new URL(sheet, document.baseURI).href);
  }
  registerPeriodDate(cms);
  const preview = measurePreview(config);
  for (const collection of config.decap.collections as { name: string }[]) {
    if (collection.name.startsWith("measures-"))
      cms.registerPreviewTemplate(collection.name, preview);
  }
  cms.init({ config: config.decap });
}

document.addEventListener("DOMContentLoaded", () => {
  start().catch((error: unknown) => {
    document.body.textContent = `เปิดตัวแก้ไขไม่สำเร็จ: ${error instanceof Error ? error.message : String(error)}`;
  });
});
