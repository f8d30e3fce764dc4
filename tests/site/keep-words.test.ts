import { describe, expect, it } from "vitest";
import { keepWordsInHtml } from "../../scripts/site/keep-words.ts";
import { keepWordsTogether } from "../../scripts/thai/word-breaks.ts";

const keep = keepWordsTogether(["ช่อระกา"]);
const kept = '<span class="nowrap">ช่อระกา</span>';

describe("keepWordsInHtml", () => {
  it("keeps words in the text of the body", () => {
    expect(keepWordsInHtml("<body><p>ตำบลช่อระกา</p>ช่อระกา</body>", keep)).toBe(
      `<body><p>ตำบล${kept}</p>${kept}</body>`,
    );
  });

  it("leaves attributes, even with a > inside a quoted value", () => {
    const html = '<img alt="ช่อระกา > ช่อระกา" src="a.png"><a title=\'ช่อระกา\'>x</a>';
    expect(keepWordsInHtml(html, keep)).toBe(html);
  });

  it("leaves the head, scripts, styles, SVG and code as written", () => {
    const html = [
      '<head><title>ช่อระกา</title><meta content="ช่อระกา"></head>',
      "<script>'ช่อระกา'</script><style>/* ช่อระกา */</style>",
      "<svg><text>ช่อระกา</text></svg><pre><code>ช่อระกา</code></pre><!-- ช่อระกา -->",
    ].join("");
    expect(keepWordsInHtml(html, keep)).toBe(html);
  });

  it("takes up again after an untouched element closes", () => {
    expect(keepWordsInHtml("<svg><path/></svg><p>ช่อระกา</p>", keep)).toBe(
      `<svg><path/></svg><p>${kept}</p>`,
    );
  });
});
