// The import page while its job runs: polls the job's JSON once a second, moves the progress bar, and reloads the
// page when the job has ended (the page then shows the counts and the rejected rows from the server).
(function () {
  'use strict';
  var page = document.getElementById('import-job');
  if (!page || page.dataset.status !== 'RUNNING') {
    return;
  }
  var bar = document.getElementById('import-progress');
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
