// Loads the SaySomething composer guard into Discourse's composer (textarea.d-editor-input), configured from this
// component's settings. The guard finds the composer itself whenever it opens, reads the topic title from
// #reply-title and link titles from the preview's oneboxes, and never blocks posting.
import { apiInitializer } from "discourse/lib/api";
import loadScript from "discourse/lib/load-script";

export default apiInitializer((api) => {
  const service = (settings.service_url || "").replace(/\/+$/, "");
  if (!service || !settings.check_key) {
    return;
  }

  let strings = {};
  try {
    strings = settings.strings ? JSON.parse(settings.strings) : {};
  } catch {
    // A typo in the strings setting leaves the English defaults.
  }

  window.SaySomethingGuardConfig = {
    service,
    key: settings.check_key,
    mode: settings.mode,
    titleSelector: "#reply-title",
    locale: api.getCurrentUser()?.locale || document.documentElement.lang || null,
    strings,
  };
  loadScript(`${service}/guard.js`);
});
