// Applies a theme the reader chose earlier before the page is painted, so it never
// flashes in the OS scheme first. Loaded as a blocking external file (CSP: no inline
// scripts). Key and values must match src/lib/site/theme.ts.
(function () {
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    // Storage blocked: the OS preference applies.
  }
})();
