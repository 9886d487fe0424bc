// Keyboard navigation, nothing else: every action works without this script.
// List: j / ArrowDown and k / ArrowUp move, Enter opens, / searches. Candidate: j next, k previous,
// u the list. Never while typing in a field.
(function () {
  function typing(event) {
    var t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  var links = Array.prototype.slice.call(document.querySelectorAll("table.drafts a.open"));
  var current = -1;
  function focusRow(index) {
    if (!links.length) return;
    current = Math.max(0, Math.min(links.length - 1, index));
    links.forEach(function (link, i) { link.closest("tr").classList.toggle("current", i === current); });
    links[current].focus();
  }
  document.addEventListener("keydown", function (event) {
    if (typing(event) || event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    if (links.length) {
      if (document.activeElement && links.indexOf(document.activeElement) !== -1) {
        current = links.indexOf(document.activeElement);
      }
      if (key === "j" || key === "ArrowDown") { focusRow(current + 1); event.preventDefault(); }
      else if (key === "k" || key === "ArrowUp") { focusRow(current - 1); event.preventDefault(); }
      else if (key === "/") { document.getElementById("q").focus(); event.preventDefault(); }
      return;
    }
    var target = null;
    if (key === "j") target = document.querySelector("a[rel=next]");
    else if (key === "k") target = document.querySelector("a[rel=prev]");
    else if (key === "u") target = document.querySelector(".pager a");
    if (target) { window.location.href = target.href; event.preventDefault(); }
  });
})();
