// A bulk re-evaluation's page while its job runs: the bar follows the job's progress (in percent) and the counts
// move with it; the final figures come from the server when the page reloads at the end.
(function () {
  'use strict';
  var number = new Intl.NumberFormat('vi-VN');
  function show(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = number.format(value);
    }
  }
  window.AnSinhJobProgress.follow('reevaluation-job', 'reevaluation-progress', function (job) { return job.progress; },
    function (job) {
      show('count-households', job.households);
      show('count-decisions', job.decisions);
      show('count-changed', job.changed);
      show('count-skipped', job.skipped);
    });
})();
