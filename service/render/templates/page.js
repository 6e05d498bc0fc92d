// Hover or focus a highlight: light up everything with the same entity (or fact), describe it in the panel.
(() => {
  let lit = [];
  const same = (n) => (n.dataset.e !== undefined ? `[data-e="${CSS.escape(n.dataset.e)}"]` : `[data-f="${CSS.escape(n.dataset.f)}"]`);
  function inspect(event) {
    const target = event.target instanceof Element ? event.target.closest("[data-e],[data-f],[title]") : null;
    const article = target && target.closest("article");
    if (!article) return;
    lit.forEach((n) => n.classList.remove("lit"));
    const keyed = target.closest("[data-e],[data-f]");
    lit = keyed && article.contains(keyed) ? [...article.querySelectorAll(same(keyed))] : [];
    lit.forEach((n) => n.classList.add("lit"));
    const lines = [];
    for (let n = target; n && article.contains(n) && n !== article; n = n.parentElement.closest("[data-e],[data-f],[title]"))
      lines.push(n.title || article.querySelector(`${same(n)}[title]`)?.title || "");
    article.querySelector(".inspect").textContent = lines.filter(Boolean).join("\n");
  }
  document.addEventListener("mouseover", inspect);
  document.addEventListener("focusin", inspect);
})();
