import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { registerAllTexts } from '@koko/web/shared/util/testing';

setupZonelessTestEnv();
// Components render every area's texts at once, as if their routes had loaded them.
registerAllTexts();
