// The OIT page's copy buttons. Without JavaScript the page still shows every address as a link;
// with it, each address is shown in full (as this page's own address resolves it, unless the
// site was built with agency.yaml's siteUrl) and can be copied with one press.
(() => {
  const status = document.querySelector(".copy-status");
  const links = Array.from(document.querySelectorAll("a.oit-url"));
  const fullUrl = (link) => link.dataset.url || link.href;

  for (const link of links) link.textContent = fullUrl(link);

  // The Clipboard API needs https or localhost; an http intranet host falls back to a selection.
  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.append(area);
      area.select();
      const copied = document.execCommand("copy");
      area.remove();
      return copied;
    }
  }

  async function copyAndSay(text, what) {
    const copied = await copy(text);
    if (status) {
      status.textContent = copied ? `คัดลอก${what}แล้ว` : "คัดลอกไม่ได้ กรุณาเลือกข้อความแล้วกด Ctrl+C";
    }
  }

  for (const button of document.querySelectorAll("button[data-copy]")) {
    const link = button.closest("tr")?.querySelector("a.oit-url");
    if (!link) continue;
    const label = button.closest("tr")?.querySelector("th")?.textContent?.trim() ?? "";
    button.setAttribute("aria-label", `คัดลอกที่อยู่เว็บ: ${label}`);
    button.hidden = false;
    button.addEventListener("click", () => copyAndSay(fullUrl(link), "ที่อยู่เว็บ"));
  }

  for (const button of document.querySelectorAll("button[data-copy-all]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const lines = links.map((link) => {
        const label = link.closest("tr")?.querySelector("th")?.textContent?.trim() ?? "";
        return `${label}\t${fullUrl(link)}`;
      });
      copyAndSay(
        lines.join("\n"),
        `ที่อยู่เว็บทั้ง ${links.length.toLocaleString("th-TH-u-nu-thai")} รายการ`,
      );
    });
  }
})();
