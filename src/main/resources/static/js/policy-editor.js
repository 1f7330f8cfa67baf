// The draft editor: CodeMirror on the file's textarea, line numbers, syntax highlighting (YAML, DRL as Java-like),
// the draft's findings marked at their line; a finding in the list scrolls the editor to its line.
(function () {
  var area = document.getElementById('rule-text');
  if (!area || typeof CodeMirror === 'undefined') {
    return;
  }
  var editor = CodeMirror.fromTextArea(area, { lineNumbers: true, mode: area.getAttribute('data-mode'), indentUnit: 2,
    tabSize: 2, extraKeys: { Tab: function (cm) { cm.replaceSelection('  '); } } });
  editor.setSize(null, '32rem');
  var path = document.getElementById('path').value;
  document.querySelectorAll('.finding').forEach(function (item) {
    var line = parseInt(item.getAttribute('data-line'), 10);
    if (item.getAttribute('data-file') !== path || !(line > 0)) {
      return;
    }
    editor.addLineClass(line - 1, 'background', 'finding-line');
    item.classList.add('finding-here');
    item.addEventListener('click', function () {
      editor.setCursor({ line: line - 1, ch: 0 });
      editor.scrollIntoView({ line: line - 1, ch: 0 }, 80);
      editor.focus();
    });
  });
  document.getElementById('edit-form').addEventListener('submit', function () { editor.save(); });
})();
