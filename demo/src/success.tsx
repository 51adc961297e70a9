import { mountPage } from './mountPage';
import { ResultPage } from './ResultPage';

mountPage(<ResultPage outcome="success" />);
