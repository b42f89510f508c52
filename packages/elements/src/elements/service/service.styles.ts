import { crisisStyles } from '../../parts/crisis-block/crisis-block.styles.js';
import { serviceViewStyles } from '../../parts/service-view/service-view.styles.js';
import { baseStyles } from '../../shared/base-styles.js';
import { themeStyles } from '../../shared/theme-styles.js';

export const serviceStyles = [baseStyles, themeStyles, crisisStyles, serviceViewStyles];
