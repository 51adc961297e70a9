import { mountPage } from './mountPage';
import { PayStandIn } from './PayStandIn';

mountPage(<PayStandIn />);
