// A bulk re-evaluation's page while its job runs: polls the job's JSON every second, moves the progress bar and the
// counts, and reloads the page once the job has ended (the server then writes the final figures).
(function () {
  'use strict';
  var page = document.getElementById('reevaluation-job');
  var bar = document.getElementById('reevaluation-progress');
  if (bar) {
    // the template sets no inline style (CSP): the bar's width comes from its aria-valuenow
    bar.style.width = bar.parentElement.getAttribute('aria-valuenow') + '%';
  }
  if (!page || page.dataset.status !== 'RUNNING') {
    return;
  }
  var number = new Intl.NumberFormat('vi-VN');
  function show(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = number.format(value);
    }
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
        show('count-households', job.households);
        show('count-decisions', job.decisions);
        show('count-changed', job.changed);
        show('count-skipped', job.skipped);
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
