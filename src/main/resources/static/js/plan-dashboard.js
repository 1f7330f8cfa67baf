// The plan dashboard's charts, drawn from the data tables on the page (which stay as the readable alternative),
// and the sortable commune table. Lines differ by dash and point shape, bars carry their status in words.
(function () {
  'use strict';

  function num(v) {
    return v === undefined || v === null || v === '' ? null : Number(v);
  }

  function rows(id) {
    var table = document.getElementById(id);
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr')) : [];
  }

  function header(id, col) {
    return document.querySelector('#' + id + ' thead th:nth-child(' + col + ')').textContent.trim();
  }

  function drawTrend() {
    var canvas = document.getElementById('trend-chart');
    var data = rows('trend-data');
    if (!canvas || !data.length || typeof Chart === 'undefined') {
      return;
    }
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.map(function (r) { return r.dataset.year; }),
        datasets: [
          {label: header('trend-data', 2), data: data.map(function (r) { return num(r.dataset.value); }),
            borderColor: '#0d6efd', backgroundColor: '#0d6efd', pointStyle: 'circle', pointRadius: 5, borderWidth: 3},
          {label: header('trend-data', 3), data: data.map(function (r) { return num(r.dataset.target); }),
            borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [8, 5], pointStyle: 'triangle',
            pointRadius: 6, borderWidth: 2}
        ]
      },
      options: {animation: false, spanGaps: true, plugins: {legend: {labels: {usePointStyle: true}}}}
    });
  }

  function drawDistricts() {
    var canvas = document.getElementById('district-chart');
    var data = rows('district-data');
    if (!canvas || !data.length || typeof Chart === 'undefined') {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.map(function (r) { return r.dataset.name + ' (' + r.dataset.statusLabel + ')'; }),
        datasets: [{label: header('district-data', 2), data: data.map(function (r) { return num(r.dataset.value); }),
          backgroundColor: '#0d6efd', borderColor: '#052c65', borderWidth: 1}]
      },
      options: {animation: false, indexAxis: 'y', plugins: {legend: {display: false}}}
    });
  }

  function sortable(table) {
    var heads = table.querySelectorAll('thead th[data-sort]');
    Array.prototype.forEach.call(heads, function (th) {
      th.setAttribute('role', 'button');
      th.setAttribute('tabindex', '0');
      var sort = function () {
        var col = Array.prototype.indexOf.call(th.parentNode.children, th);
        var numeric = th.dataset.sort === 'number';
        var down = th.getAttribute('aria-sort') !== 'descending';
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.rows);
        list.sort(function (a, b) {
          var x = a.cells[col], y = b.cells[col];
          if (numeric) {
            var p = num(x.dataset.sortValue), q = num(y.dataset.sortValue);
            if (p === null) { return 1; }
            if (q === null) { return -1; }
            return down ? q - p : p - q;
          }
          return down ? y.textContent.localeCompare(x.textContent, 'vi') : x.textContent.localeCompare(y.textContent, 'vi');
        });
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
        list.forEach(function (r) { body.appendChild(r); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawTrend();
    drawDistricts();
    Array.prototype.forEach.call(document.querySelectorAll('table.plan-sortable'), sortable);
  });
}());
