import { expect } from '@open-wc/testing';
import { defineElement } from '../src/shared/define-element.js';
import { VERSION } from '../src/version.js';

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const tag = (name: string) => `psk-test-${name}-${Math.random().toString(36).slice(2)}`;

describe('defineElement (loading the script twice)', () => {
  it('registers an element once, and a second copy of the same version is silent', () => {
    const name = tag('same');
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    const warnings = captureWarnings();
    try {
      defineElement(name, First);
      expect(() => defineElement(name, Second)).not.to.throw();
      expect(() => defineElement(name, First)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get(name)).to.equal(First);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first of two versions, warning once with both version numbers', () => {
    const names = [tag('a'), tag('b')];
    const warnings = captureWarnings();
    try {
      for (const name of names) {
        customElements.define(
          name,
          class extends HTMLElement {
            static version = '0.0.0-older';
          },
        );
        defineElement(name, class extends HTMLElement {});
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.0-older').and.to.contain(VERSION);
    expect((customElements.get(names[0]!) as unknown as { version: string }).version).to.equal('0.0.0-older');
  });

  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/packages/elements/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
