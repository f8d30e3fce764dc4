import { describe, expect, it } from "vitest";
import { cssString, relativeUrl } from "../../scripts/site/filters.ts";

describe("relativeUrl", () => {
  it("walks up from a measure page to the assets", () => {
    expect(relativeUrl("/assets/site.css", "/2568/measures/01-ethics/")).toBe(
      "../../../assets/site.css",
    );
  });

  it("links within the same folder", () => {
    expect(relativeUrl("/2568/report.pdf", "/2568/")).toBe("report.pdf");
    expect(relativeUrl("/index.html", "/")).toBe("index.html");
  });
});

describe("cssString", () => {
  it("quotes text for CSS content and escapes what would end the string or the style element", () => {
    expect(cssString("เทศบาล")).toBe('"เทศบาล"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString("</style>")).not.toContain("<");
  });
});
