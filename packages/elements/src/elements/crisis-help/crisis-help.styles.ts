import { baseStyles } from '../../shared/base-styles.js';
import { crisisStyles } from '../../parts/crisis-block/crisis-block.styles.js';

export const crisisHelpStyles = [baseStyles, crisisStyles];
