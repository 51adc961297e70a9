// checkout-widget/server: being built (issue #13).
export {};
