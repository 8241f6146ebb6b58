// The notice's print button (a file, not an inline handler: pages allow no inline script).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
