// What a Vue app gets from `@peer-support-kit/elements/vue`: each element in Vue's
// GlobalComponents, whose props are what Vue's language tools check a template with (a
// template's `@peer-support-service-open` is the prop `onPeerSupportServiceOpen`). Each
// `@ts-expect-error` is a mistake the types must catch: if one stops being an error, this fails.
import type { GlobalComponents } from 'vue';
import type {} from '@peer-support-kit/elements/vue';
import type { ContactEvent, ServiceOpenEvent } from '@peer-support-kit/elements';

/** The props a template gives an element, as Vue checks them. */
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

// <peer-support-directory area="west-sussex" sync-url :page-size="20" @peer-support-service-open="…">
export const directory: PropsOf<'peer-support-directory'> = {
  src: 'https://example.org/directory.json',
  area: 'west-sussex',
  'sync-url': true,
  'page-size': 20,
  crisis: 'bottom',
  onPeerSupportServiceOpen: (event) => console.log(event.detail.serviceId satisfies string),
  onPeerSupportContact: (event) => event satisfies ContactEvent,
  onPeerSupportError: (event) => console.error(event.detail.message),
};

export const service: PropsOf<'peer-support-service'> = {
  'service-id': 'abc',
  theme: 'calm',
  onPeerSupportContact: (event) => event.detail.channel,
};

export const others = {
  charter: { charter: 'sussex-pwow', layout: 'list', 'hide-source': true },
  crisisHelp: { 'heading-level': 2 },
  signatories: { charter: 'together' },
  coverage: { by: 'community' },
} satisfies {
  charter: PropsOf<'peer-support-charter'>;
  crisisHelp: PropsOf<'peer-support-crisis-help'>;
  signatories: PropsOf<'peer-support-signatories'>;
  coverage: PropsOf<'peer-support-coverage'>;
};

export const typo: PropsOf<'peer-support-directory'> = {
  // @ts-expect-error -- "aera" is not an attribute: a typo fails the build, not the page.
  aera: 'west-sussex',
};

export const wrongPlace: PropsOf<'peer-support-directory'> = {
  // @ts-expect-error -- crisis help goes at the top, the bottom or nowhere.
  crisis: 'middle',
};

export const wrongDetail: PropsOf<'peer-support-directory'> = {
  onPeerSupportServiceOpen: (event: ServiceOpenEvent) =>
    // @ts-expect-error -- a service-open event's detail has the service's id only.
    event.detail.channel,
};

export const falseIsOn: PropsOf<'peer-support-directory'> = {
  // @ts-expect-error -- Vue writes false as the text "false": the attribute is there, so on. Leave it out.
  'sync-url': false,
};
