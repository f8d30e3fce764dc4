// The search page: finds measures of every year in the index the build wrote beside the page
// (search/search-index.js, scripts/site/search-index.ts). Nothing is fetched, so it works from
// any static host and straight from disk. The query is cut into words as the index was: Thai
// has no spaces between words, and both sides use ICU's dictionary (Intl.Segmenter).
(() => {
  const form = document.querySelector("[data-search-form]");
  const input = document.getElementById("search-query");
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  if (!form || !input || !status || !list) return;

  const data = self.itaSearchIndex;
  if (!data || typeof MiniSearch !== "function") {
    status.textContent = "ค้นหาไม่ได้ เพราะโหลดดัชนีค้นหาไม่สำเร็จ กรุณาโหลดหน้านี้ใหม่";
    return;
  }
  // Words joined by spaces, as the index stores them; its options must match the build's.
  const index = MiniSearch.loadJS(data.index, {
    fields: data.fields,
    storeFields: data.storeFields,
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
  });
  // A browser without Intl.Segmenter (before 2024 in Firefox) still finds words typed with spaces.
  const segmenter =
    typeof Intl.Segmenter === "function"
      ? new Intl.Segmenter("th", { granularity: "word" })
      : undefined;
  const words = (text) => {
    const normal = text.normalize("NFC");
    const parts = segmenter
      ? Array.from(segmenter.segment(normal), (part) => part.segment)
      : normal.split(/\s+/);
    return parts
      .map((word) => word.trim().toLowerCase())
      .filter((word) => /[\p{L}\p{N}]/u.test(word));
  };
  const thaiNumber = (value) => value.toLocaleString("th-TH-u-nu-thai");

  // Every word must be in the measure; the last may be half typed, and a word is also found at
  // the start of a longer one ("อบรม" in "อบรมคุณธรรม"). The title counts most.
  function find(query) {
    const terms = words(query);
    if (terms.length === 0) return [];
    return index.search(terms.join(" "), {
      combineWith: "AND",
      prefix: true,
      boost: { title: 3, units: 1.5 },
    });
  }

  function resultItem(result) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.href;
    link.textContent = `มาตรการที่ ${result.numberText} ${result.title}`;
    const year = document.createElement("span");
    year.className = "search-year";
    year.textContent = `ปีงบประมาณ ${result.yearText}${result.draft ? " (ร่าง)" : ""}`;
    item.append(link, year);
    return item;
  }

  /**
   * The status line, with the clerk's query kept on one line where it fits (a short query such
   * as "ของขวัญ" is one word to a reader); a long one may wrap like any text.
   */
  function say(before, query, after) {
    const quoted = document.createElement("span");
    quoted.textContent = `“${query}”`;
    if (query.length <= 24) quoted.className = "nowrap";
    status.replaceChildren(before, quoted, after);
  }

  function show(query) {
    const trimmed = query.trim();
    const results = find(trimmed);
    list.replaceChildren(...results.map(resultItem));
    if (!trimmed) {
      status.textContent = "";
    } else if (results.length === 0) {
      say("ไม่พบมาตรการที่ตรงกับ ", trimmed, " ลองใช้คำอื่น หรือคำที่สั้นลง");
    } else {
      const years = new Set(results.map((result) => result.year)).size;
      say(
        `พบ ${thaiNumber(results.length)} มาตรการ จาก ${thaiNumber(years)} ปีงบประมาณ สำหรับ `,
        trimmed,
        "",
      );
    }
  }

  // The address keeps the query (search/index.html?q=…), to share or come back to; a page
  // opened from disk may refuse to change it, and the search works all the same.
  function remember(query) {
    try {
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set("q", query.trim());
      else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    } catch {}
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    // A pause in typing, so a screen reader is not told every letter's count.
    timer = setTimeout(() => {
      show(input.value);
      remember(input.value);
    }, 250);
  });
  // The policy has form-action 'none': the form is never sent anywhere, it searches here.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    show(input.value);
    remember(input.value);
  });

  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
