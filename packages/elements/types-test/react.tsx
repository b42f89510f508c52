// What a React 19 app gets from `@peer-support-kit/elements/react`: the elements in JSX, their
// attributes with their types, and each event as a handler prop named `on` + the event's name,
// with the event's own class. Each `@ts-expect-error` is a mistake the types must catch: if one
// stops being an error, this file fails to compile.
import type {} from '@peer-support-kit/elements/react';
import type { ContactEvent, PeerSupportErrorEvent, ServiceOpenEvent } from '@peer-support-kit/elements';

export function Directory({ onOpen }: { onOpen: (serviceId: string) => void }) {
  return (
    <peer-support-directory
      src="https://example.org/directory.json"
      area="west-sussex"
      sync-url
      page-size={20}
      crisis="bottom"
      heading-level={3}
      onpeer-support-service-open={(event) => onOpen(event.detail.serviceId)}
      onpeer-support-contact={(event) => console.log(event.detail.serviceId, event.detail.channel)}
      onpeer-support-error={(event) => console.error(event.detail.message, event.detail.problems)}
    >
      <p>See every peer support service in Sussex, in a simple list.</p>
    </peer-support-directory>
  );
}

/** Each handler gets the package's own event class: a plain `Event` fails `satisfies`, an untyped one `noImplicitAny`. */
export const handlersGetTheEventClasses = (
  <>
    <peer-support-directory onpeer-support-service-open={(event) => event satisfies ServiceOpenEvent} />
    <peer-support-service service-id="abc" onpeer-support-contact={(event) => event satisfies ContactEvent} />
    <peer-support-charter
      charter="sussex-pwow"
      layout="list"
      hide-source
      onpeer-support-error={(event) => event satisfies PeerSupportErrorEvent}
    />
    <peer-support-crisis-help heading-level={2} />
    <peer-support-signatories charter="together" />
    <peer-support-coverage by="community" />
  </>
);

export const mistakes = (
  <>
    <peer-support-directory
      // @ts-expect-error -- "aera" is not an attribute: a typo fails the build, not the page.
      aera="west-sussex"
    />
    <peer-support-directory
      // @ts-expect-error -- crisis help goes at the top, the bottom or nowhere.
      crisis="middle"
    />
    {/* @ts-expect-error -- written as "false", the attribute would be there, and so on: leave it out. */}
    <peer-support-directory sync-url={false} />
    <peer-support-directory
      onpeer-support-service-open={(event) =>
        // @ts-expect-error -- a service-open event's detail has the service's id only.
        event.detail.channel
      }
    />
    <peer-support-directory
      // @ts-expect-error -- React 19 would listen for an event named "PeerSupportServiceOpen", which never comes.
      onPeerSupportServiceOpen={() => {}}
    />
  </>
);
