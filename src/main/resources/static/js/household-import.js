// The import page while its job runs: the bar follows the job's progress (in percent); the counts and the rejected
// rows come from the server when the page reloads at the end.
window.AnSinhJobProgress.follow('import-job', 'import-progress', function (job) { return job.progress; });
