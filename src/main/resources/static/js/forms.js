// A form that changes something is sent once: after the first submit its buttons show that it is working and
// further clicks (a double click, an impatient second click) do nothing. The buttons keep their name and value,
// so the button that was pressed still reaches the server. Coming back with the browser's back button resets them.
(function () {
  'use strict';

  function buttons(form) {
    return form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented || form.method.toLowerCase() !== 'post') {
      return;
    }
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
    buttons(form).forEach(function (button) {
      button.classList.add('disabled');
      button.setAttribute('aria-disabled', 'true');
    });
    var pressed = event.submitter;
    if (pressed && pressed.tagName === 'BUTTON') {
      pressed.dataset.label = pressed.textContent;
      pressed.textContent = document.body.dataset.working || '…';
      pressed.setAttribute('aria-busy', 'true');
    }
  });

  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitting="true"]').forEach(function (form) {
      delete form.dataset.submitting;
      buttons(form).forEach(function (button) {
        button.classList.remove('disabled');
        button.removeAttribute('aria-disabled');
        button.removeAttribute('aria-busy');
        if (button.dataset.label !== undefined) {
          button.textContent = button.dataset.label;
          delete button.dataset.label;
        }
      });
    });
  });
}());
