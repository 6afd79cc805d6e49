// The test page's own script: a timer and a click handler that must keep
// working while claimlight highlights the page. Neither touches the DOM, so
// the page's outerHTML stays comparable.
window.__ticks = 0;
window.__clicks = 0;
setInterval(() => { window.__ticks++; }, 20);
document.getElementById("like").addEventListener("click", () => { window.__clicks++; });
