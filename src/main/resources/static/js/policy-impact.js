// The impact run's page while the run goes on: polls the run's JSON once a second, moves the progress bar, and
// reloads the page when the run has ended (the page then shows the summary and the changes from the server). The
// rest of the application stays usable meanwhile: the run is a background job, this page only reads it.
(function () {
  'use strict';
  var page = document.getElementById('impact-run');
  var bar = document.getElementById('impact-progress');
  if (bar) {
    // the template sets no inline style (CSP): the bar's width comes from its aria-valuenow
    bar.style.width = bar.parentElement.getAttribute('aria-valuenow') + '%';
  }
  if (!page || page.dataset.status !== 'RUNNING') {
    return;
  }
  function poll() {
    fetch(page.dataset.statusUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (run) {
        if (!run) {
          window.setTimeout(poll, 3000);
          return;
        }
        var percent = Math.floor(run.progress * 100);
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
        bar.parentElement.setAttribute('aria-valuenow', percent);
        if (run.status !== 'RUNNING') {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
