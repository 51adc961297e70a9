// The host page's own globals, which the widget must neither read nor replace.
window.React = { hostOwned: true };
window.ReactDOM = { hostOwned: true };
window.preact = { hostOwned: true };
window.globalNamesBeforeWidget = Object.getOwnPropertyNames(window);
