// Runs between the two copies of the widget script.
window.globalNamesAfterWidget = Object.getOwnPropertyNames(window);
window.firstCheckoutWidget = window.CheckoutWidget;
