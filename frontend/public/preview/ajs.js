// connect-host.js expects jQuery as AJS.$, as inside Jira and Confluence.
window.AJS = window.AJS || { $: window.jQuery };
