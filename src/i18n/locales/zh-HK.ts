import type { CheckoutLabels } from '../../core/labels';
import zh_TW from './zh-TW';

// Chinese (Traditional, Hong Kong): zh-TW's texts with its own differences.
const zh_HK: CheckoutLabels = {
  ...zh_TW,
  redirecting: '正在前往付款頁面…',
  processing: '正在建立你的結帳…',
  errorNetwork: '無法連接付款伺服器。請檢查網絡連線後再試。',
  errorUnauthorized: '請重新登入，然後再嘗試結帳。',
  errorRedirect: '付款頁面的網址不安全，因此你仍留在此頁面。',
  redirectStalled: '付款頁面未能開啟。你可以再試一次。',
  promotionCode: '我有優惠碼',
  promotionCodeOn: '你可以在下一頁輸入優惠碼。',
  card: '信用卡',
  emptyCart: '你的購物車是空的。',
  itemsInvalid: '請檢查已標示的欄位。',
};
export default zh_HK;
