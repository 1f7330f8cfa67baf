// Follows a background job on its page (import, bulk re-evaluation, impact run): sets the progress bar's width from
// its aria-valuenow (the templates set no inline style: CSP), and while the page's data-status is RUNNING polls
// data-status-url once a second, moves the bar, hands the job's JSON to the page's own callback, and reloads the
// page once the job has ended (the server then writes the final figures). A job whose running status has another
// name (the campaign's OPENING) passes it as the fifth argument.
window.AnSinhJobProgress = {
  follow: function (pageId, barId, percentOf, onJob, runningStatus) {
    'use strict';
    var running = runningStatus || 'RUNNING';
    var page = document.getElementById(pageId);
    var bar = document.getElementById(barId);
    if (bar) {
      bar.style.width = bar.parentElement.getAttribute('aria-valuenow') + '%';
    }
    if (!page || !bar || page.dataset.status !== running) {
      return;
    }
    function poll() {
      fetch(page.dataset.statusUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (job) {
          if (!job) {
            window.setTimeout(poll, 3000);
            return;
          }
          var percent = percentOf(job);
          bar.style.width = percent + '%';
          bar.textContent = percent + '%';
          bar.parentElement.setAttribute('aria-valuenow', percent);
          if (onJob) {
            onJob(job);
          }
          if (job.status !== running) {
            window.location.reload();
          } else {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }
};
