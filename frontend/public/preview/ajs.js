// What Jira and Confluence set up before connect-host.js runs, and the preview has to set up itself:
// jQuery as AJS.$, and a feature-gate client. Atlassian's products initialise Statsig here; the preview
// answers every gate with its default (off), which is what connect-host.js falls back to anyway.
window.AJS = window.AJS || { $: window.jQuery };
window.__FEATUREGATES_JS__ = window.__FEATUREGATES_JS__ || {
  getPackageVersion: function () { return '4.23.4'; },
  initializeCompleted: function () { return true; },
  checkGate: function () { return false; },
  getExperimentValue: function (name, param, fallback) { return fallback; },
};
