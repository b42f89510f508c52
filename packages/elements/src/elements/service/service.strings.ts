import { defaultCrisisStrings, type CrisisStrings } from '../../parts/crisis-block/crisis-block.strings.js';
import { defaultLoadStrings, type LoadStrings } from '../../parts/load-message/load-message.js';
import { defaultServiceViewStrings, type ServiceViewStrings } from '../../parts/service-view/service-view.strings.js';

/**
 * Every visible string of `<peer-support-service>`: the service's details as the directory shows
 * them, crisis help, and loading. Set the `strings` property to override any.
 */
export interface ServiceStrings extends CrisisStrings, ServiceViewStrings, LoadStrings {
  serviceNotFound: string;
}

export const defaultServiceStrings: ServiceStrings = {
  ...defaultCrisisStrings,
  ...defaultServiceViewStrings,
  ...defaultLoadStrings,
  serviceNotFound: 'This service could not be found in the directory.',
};
