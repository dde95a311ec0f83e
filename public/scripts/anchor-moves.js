// Sends a visitor who arrives with an anchor that has moved to its new place. The map is in the
// script tag's data-moves attribute: {"old-id": "/new/page/#new-id"}, or {"*": "/new/page/"} on
// the page left at a moved page's old address (the anchor then goes along).
(function () {
  var script = document.currentScript;
  if (!script) return;
  var moves = JSON.parse(script.getAttribute("data-moves") || "{}");
  var hash = decodeURIComponent(location.hash.slice(1));
  var all = moves["*"];
  if (all) location.replace(all + (hash && all.indexOf("#") < 0 ? "#" + encodeURIComponent(hash) : ""));
  else if (hash && moves[hash]) location.replace(moves[hash]);
})();
