// The impact run's page while the run goes on: the bar follows the run's progress (0..1); the summary and the changes
// come from the server when the page reloads at the end. The rest of the application stays usable meanwhile: the
// run is a background job, this page only reads it.
window.AnSinhJobProgress.follow('impact-run', 'impact-progress', function (run) { return Math.floor(run.progress * 100); });
