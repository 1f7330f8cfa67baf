// An annual review campaign's page while its cases are being opened: the bar follows the opening's progress (in
// percent) and the count of cases opened moves with it; the page reloads with the final figures once it is open.
(function () {
  'use strict';
  var number = new Intl.NumberFormat('vi-VN');
  window.AnSinhJobProgress.follow('campaign-page', 'campaign-progress', function (job) { return job.progress; },
    function (job) {
      var el = document.getElementById('campaign-opened-count');
      if (el) {
        el.textContent = number.format(job.opened);
      }
    }, 'OPENING');
})();
