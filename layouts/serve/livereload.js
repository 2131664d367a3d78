// Loaded only by `serve` (never part of the built site): reloads this tab when serve has made a
// build other than the one the page came from. A file of its own, since the pages' Content
// Security Policy (script-src 'self') allows no inline script.
(() => {
  const script = document.currentScript;
  const shownVersion = script.dataset.version;
  const events = new EventSource(script.dataset.events);
  events.addEventListener("build", (event) => {
    if (event.data !== shownVersion) {
      events.close();
      window.location.reload();
    }
  });
})();
