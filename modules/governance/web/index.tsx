import type { WebModule } from '../../../platform/web/webModule';
import it from '../locales/it.json';
import en from '../locales/en.json';

export const governanceWeb: WebModule = {
  name: 'governance',
  navigation: [],
  routes: [],
  locales: { it, en },
};
