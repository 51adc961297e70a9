// Demo page helper (not part of the widget): lists the elements' events, as a shop's analytics might.
['checkout:submit', 'checkout:redirect', 'checkout:error'].forEach(function (type) {
  window.addEventListener(type, function (event) {
    var list = document.getElementById('events');
    if (!list) return;
    var item = document.createElement('li');
    var name = document.createElement('code');
    name.textContent = type;
    var detail = document.createElement('pre');
    detail.textContent = JSON.stringify(event.detail, null, 2);
    item.append(name, ' from #' + (event.target && event.target.id), detail);
    list.prepend(item);
  });
});
var savedTheme = null;
try {
  savedTheme = localStorage.getItem('checkout-widget-demo:theme');
} catch (error) {
  // Storage blocked: follow the system setting.
}
if (savedTheme ? savedTheme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches) {
  document.documentElement.dataset.theme = 'dark';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('checkout-form, checkout-button').forEach(function (element) {
      element.setAttribute('theme', 'dark');
    });
  });
}
