// The import page while its job runs: polls the job's JSON once a second, moves the progress bar, and reloads the
// page when the job has ended (the page then shows the counts and the rejected rows from the server).
(function () {
  'use strict';
  var page = document.getElementById('import-job');
  var bar = document.getElementById('import-progress');
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
      .then(function (job) {
        if (!job) {
          return;
        }
        bar.style.width = job.progress + '%';
        bar.textContent = job.progress + '%';
        bar.parentElement.setAttribute('aria-valuenow', job.progress);
        if (job.status !== 'RUNNING') {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
