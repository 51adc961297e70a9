// The money table shared by the Node test (test/core/money.test.ts) and the Chromium one
// (e2e/money.test.ts): the same amounts must print the same text in both runtimes. Amounts are in the
// provider's minor units (Stripe: JPY and the other zero-decimal currencies count whole units, BHD and
// the other three-decimal ones thousandths, ISK hundredths shown as whole krónur, the rest cents).
// Intl's own digits would differ: ISO 4217 / CLDR give ISK, HUF and IDR 0 in Node, and Chromium gives
// ALL, COP, PKR, LBP, RSD 0 as well. Spaces in the expected text are the no-break spaces Intl prints.

/** [currency, amount in minor units, text in `en`, in `de`, in `ja`] */
export type MoneyCase = [currency: string, amount: number | bigint, en: string, de: string, ja: string];

export const moneyLocales = ['en', 'de', 'ja'] as const;

export const moneyCases: MoneyCase[] = [
  ["usd", 1234, "$12.34", "12,34\u00a0$", "$12.34"],
  ["eur", 123450, "€1,234.50", "1.234,50\u00a0€", "€1,234.50"],
  ["gbp", 99, "£0.99", "0,99\u00a0£", "£0.99"],
  ["jpy", 1200, "¥1,200", "1.200\u00a0¥", "￥1,200"],
  ["krw", 5000, "₩5,000", "5.000\u00a0₩", "₩5,000"],
  ["vnd", 250000, "₫250,000", "250.000\u00a0₫", "₫250,000"],
  ["clp", 9990, "CLP\u00a09,990", "9.990\u00a0CLP", "CLP\u00a09,990"],
  ["xof", 5000, "F\u202fCFA\u00a05,000", "5.000\u00a0F\u202fCFA", "F\u202fCFA\u00a05,000"],
  ["xaf", 5000, "FCFA\u00a05,000", "5.000\u00a0FCFA", "FCFA\u00a05,000"],
  ["xpf", 1200, "CFPF\u00a01,200", "1.200\u00a0CFPF", "CFPF\u00a01,200"],
  ["bif", 3000, "BIF\u00a03,000", "3.000\u00a0BIF", "BIF\u00a03,000"],
  ["djf", 1780, "DJF\u00a01,780", "1.780\u00a0DJF", "DJF\u00a01,780"],
  ["gnf", 86000, "GNF\u00a086,000", "86.000\u00a0GNF", "GNF\u00a086,000"],
  ["kmf", 450, "KMF\u00a0450", "450\u00a0KMF", "KMF\u00a0450"],
  ["mga", 45000, "MGA\u00a045,000", "45.000\u00a0MGA", "MGA\u00a045,000"],
  ["pyg", 73000, "PYG\u00a073,000", "73.000\u00a0PYG", "PYG\u00a073,000"],
  ["rwf", 1200, "RWF\u00a01,200", "1.200\u00a0RWF", "RWF\u00a01,200"],
  ["ugx", 37000, "UGX\u00a037,000", "37.000\u00a0UGX", "UGX\u00a037,000"],
  ["vuv", 120, "VUV\u00a0120", "120\u00a0VUV", "VUV\u00a0120"],
  ["bhd", 12340, "BHD\u00a012.340", "12,340\u00a0BHD", "BHD\u00a012.340"],
  ["jod", 7090, "JOD\u00a07.090", "7,090\u00a0JOD", "JOD\u00a07.090"],
  ["kwd", 3050, "KWD\u00a03.050", "3,050\u00a0KWD", "KWD\u00a03.050"],
  ["omr", 3850, "OMR\u00a03.850", "3,850\u00a0OMR", "OMR\u00a03.850"],
  ["tnd", 31000, "TND\u00a031.000", "31,000\u00a0TND", "TND\u00a031.000"],
  ["isk", 50000, "ISK\u00a0500", "500\u00a0ISK", "ISK\u00a0500"],
  ["huf", 1234550, "HUF\u00a012,345.50", "12.345,50\u00a0HUF", "HUF\u00a012,345.50"],
  ["idr", 1500000, "IDR\u00a015,000.00", "15.000,00\u00a0IDR", "IDR\u00a015,000.00"],
  ["twd", 32000, "NT$320.00", "320,00\u00a0NT$", "NT$320.00"],
  ["chf", 1990, "CHF\u00a019.90", "19,90\u00a0CHF", "CHF\u00a019.90"],
  ["inr", 49900, "₹499.00", "499,00\u00a0₹", "₹499.00"],
  ["brl", 2590, "R$25.90", "25,90\u00a0R$", "R$25.90"],
  ["mxn", 17500, "MX$175.00", "175,00\u00a0MX$", "MX$175.00"],
  ["sek", 11900, "SEK\u00a0119.00", "119,00\u00a0SEK", "SEK\u00a0119.00"],
  ["all", 12000, "ALL\u00a0120.00", "120,00\u00a0ALL", "ALL\u00a0120.00"],
  ["cop", 4000000, "COP\u00a040,000.00", "40.000,00\u00a0COP", "COP\u00a040,000.00"],
  ["pkr", 28000, "PKR\u00a0280.00", "280,00\u00a0PKR", "PKR\u00a0280.00"],
  ["lbp", 150000, "LBP\u00a01,500.00", "1.500,00\u00a0LBP", "LBP\u00a01,500.00"],
  ["rsd", 120000, "RSD\u00a01,200.00", "1.200,00\u00a0RSD", "RSD\u00a01,200.00"],
  ["usd", 9007199254740993n, "$90,071,992,547,409.93", "90.071.992.547.409,93\u00a0$", "$90,071,992,547,409.93"],
  ["jpy", 100000000000000000000n, "¥100,000,000,000,000,000,000", "100.000.000.000.000.000.000\u00a0¥", "￥100,000,000,000,000,000,000"],
  ["bhd", 123456789012345678901n, "BHD\u00a0123,456,789,012,345,678.901", "123.456.789.012.345.678,901\u00a0BHD", "BHD\u00a0123,456,789,012,345,678.901"],
];
