// newsx HTML timeline: filters by person, place and type; no data in code,
// everything is read from the page's data- attributes.
(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function () { root.setAttribute("data-rendered", "error"); });
  root.classList.remove("nojs");
  var person = document.getElementById("f-person");
  var place = document.getElementById("f-place");
  var count = document.getElementById("f-count");
  var toggle = document.getElementById("f-open");
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.ev"));
  var types = Array.prototype.slice.call(document.querySelectorAll("input[data-type]"));
  function has(row, attr, id) {
    return !id || (" " + row.getAttribute(attr) + " ").indexOf(" " + id + " ") >= 0;
  }
  function apply() {
    var off = {};
    types.forEach(function (t) { if (!t.checked) { off[t.getAttribute("data-type")] = true; } });
    var shown = 0;
    rows.forEach(function (row) {
      var ok = has(row, "data-people", person.value) && has(row, "data-places", place.value) &&
        !off[row.getAttribute("data-type")];
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " / " + rows.length + " événements";
  }
  person.addEventListener("change", apply);
  place.addEventListener("change", apply);
  types.forEach(function (t) { t.addEventListener("change", apply); });
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-pressed") !== "true";
    document.querySelectorAll("li.ev details").forEach(function (d) { d.open = open; });
    toggle.setAttribute("aria-pressed", open ? "true" : "false");
    toggle.textContent = open ? "Tout refermer" : "Tout ouvrir";
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  apply();
  if (root.getAttribute("data-rendered") !== "error") {
    root.setAttribute("data-rendered", "ok");
  }
})();
