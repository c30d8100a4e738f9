// The editors' review pages (/bien-tap/): each article's raw text is loaded from its own small
// JSON file (src/editors/review-text.ts) when the editor opens it, and shown line by line, removed
// lines struck through with the reason. Text is inserted as text, never parsed as HTML.

/** Fills one <details data-review-text="URL"> with the raw lines of its article. */
async function load(details) {
  const list = details.querySelector("ol.raw");
  const status = details.querySelector(".raw-status");
  if (!list || details.dataset.loaded) return;
  details.dataset.loaded = "loading";
  try {
    const response = await fetch(details.dataset.reviewText);
    if (!response.ok) throw new Error(String(response.status));
    const { lines } = await response.json();
    list.replaceChildren(...lines.map(lineItem));
    if (status) status.textContent = lines.length ? "" : "Không đọc lại được tệp gốc.";
    details.dataset.loaded = "done";
  } catch {
    if (status) status.textContent = "Không tải được văn bản gốc. Hãy thử tải lại trang.";
    delete details.dataset.loaded;
  }
}

function lineItem(line) {
  const item = document.createElement("li");
  item.className = line.status;
  const number = document.createElement("span");
  number.className = "n";
  number.textContent = String(line.n);
  const text = document.createElement("span");
  if (line.status === "removed") {
    const struck = document.createElement("del");
    struck.textContent = line.text;
    const reason = document.createElement("span");
    reason.className = "reason";
    reason.textContent = `bị loại: ${line.reason ?? ""}`;
    text.append(struck, reason);
  } else {
    text.textContent = line.text;
    if (line.paragraph !== undefined) {
      // The article paragraph the line went into; "nối vào" when hard-wrapped lines were re-joined.
      const paragraph = document.createElement("span");
      paragraph.className = "paragraph";
      paragraph.textContent = `${line.joined ? "nối vào " : ""}đoạn ${line.paragraph}`;
      text.append(paragraph);
    }
  }
  item.append(number, text);
  return item;
}

for (const details of document.querySelectorAll("details[data-review-text]")) {
  details.addEventListener("toggle", () => details.open && load(details));
  if (details.open) load(details);
}
// A link to an article's section opens its raw text.
const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
target?.querySelector("details[data-review-text]")?.setAttribute("open", "");
