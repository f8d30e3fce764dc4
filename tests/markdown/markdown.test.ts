import { describe, expect, it } from "vitest";
import { createMarkdown, keepMaiYamok, urlWithBreaks } from "../../scripts/markdown/markdown.ts";

const md = createMarkdown();

describe("createMarkdown", () => {
  it("renders the lists, bold text and links clerks write", () => {
    const html = md.render("1. **หนึ่ง**\n2. [สอง](https://example.go.th/)\n\n- ย่อย");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>หนึ่ง</strong>");
    expect(html).toContain('<a href="https://example.go.th/">สอง</a>');
    expect(html).toContain("<ul>");
  });

  it("shows raw HTML as text instead of passing it through", () => {
    const html = md.render('<script>alert("x")</script> <p>ย่อหน้า</p>');
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;p&gt;ย่อหน้า&lt;/p&gt;");
  });

  it("drops javascript: and data: links", () => {
    const html = md.render("[a](javascript:alert(1)) [b](data:text/html,x)");
    expect(html).not.toContain("href=");
  });

  it("keeps template syntax as text", () => {
    expect(md.render("{{ x }} {% if %}")).toContain("{{ x }} {% if %}");
  });

  it("links bare web addresses and marks where they may wrap", () => {
    const html = md.render("ดูที่ https://www.muangkongmunic.com/ ครับ");
    expect(html).toContain(
      '<a href="https://www.muangkongmunic.com/">https://<wbr>www<wbr>.muangkongmunic<wbr>.com/</a>',
    );
  });
});

describe("keepMaiYamok", () => {
  it("never lets ๆ start a line", () => {
    expect(keepMaiYamok("ต่าง  ๆ")).toBe("ต่าง\u00A0ๆ");
    expect(md.render("ผ่านช่องทางต่าง ๆ ของหน่วยงาน")).toContain("ต่าง\u00A0ๆ ของ");
  });
});

describe("urlWithBreaks", () => {
  it("allows a break after slashes and before dots, never at the ends", () => {
    expect(urlWithBreaks("https://a.go.th/x")).toBe("https://<wbr>a<wbr>.go<wbr>.th/<wbr>x");
    expect(urlWithBreaks("a.b/")).toBe("a<wbr>.b/");
  });
});
