import { mountPage } from './mountPage';
import { Playground } from './Playground';

mountPage(<Playground />);
