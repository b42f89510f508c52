// The crisis help element says exactly what the crisis block in every other element says.
export {
  defaultCrisisStrings as defaultCrisisHelpStrings,
  type CrisisStrings as CrisisHelpStrings,
} from '../../parts/crisis-block/crisis-block.strings.js';
