// The elements' JSX types for React 19: attributes with their types, and each event as a prop
// named "on" + the event's exact name, handed the package's own event class.
import type {} from '@peer-support-kit/elements/react';
// The published Sussex directory, as a file Vite serves and copies into the build (hashed, so a
// new directory is never cached as the old one). The element and the app's own list fetch the same file.
import directoryUrl from '@peer-support-kit/directory-sussex/directory.json?url';
import { useState } from 'react';
import { CrisisHelpFallback } from './CrisisHelpFallback';
import { ServiceSearch } from './ServiceSearch';
import { useDirectory } from './use-directory';

const AREA = 'west-sussex';

export function App() {
  const load = useDirectory(directoryUrl);
  // Services opened in the element on this visit, as a partner's page would count use: ids only.
  const [opened, setOpened] = useState<readonly string[]>([]);
  const nameOf = (id: string) =>
    (load.state === 'ready' ? load.directory.services.find((service) => service.id === id)?.name : undefined) ?? id;

  return (
    <>
      <header className="masthead">
        <p>
          <strong>A partner's React app</strong> (example page)
        </p>
      </header>
      <main>
        <h1>Peer support in West Sussex</h1>

        <h2>The directory element</h2>
        <peer-support-directory
          src={directoryUrl}
          area={AREA}
          heading-level={3}
          onpeer-support-service-open={(event) => setOpened((ids) => [...ids, event.detail.serviceId])}
        >
          {/* Shown until the element has something better, and if it cannot run. */}
          <CrisisHelpFallback />
        </peer-support-directory>
        <p role="status" className="opened">
          {opened.length ? `Opened on this visit: ${opened.map(nameOf).join(', ')}.` : ''}
        </p>

        <h2>Our own list, built with core's createSearch</h2>
        {load.state === 'ready' ? (
          <ServiceSearch directory={load.directory} area={AREA} />
        ) : (
          <p>{load.state === 'loading' ? 'Loading the directory…' : `The directory could not be loaded: ${load.message}`}</p>
        )}
      </main>
    </>
  );
}
