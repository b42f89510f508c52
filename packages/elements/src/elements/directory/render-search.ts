import { html, nothing, type TemplateResult } from 'lit';
import type { DirectoryStrings } from './directory.strings.js';

export interface SearchForm {
  readonly strings: DirectoryStrings;
  /** The hint under the label: examples that find something in this directory. */
  readonly hint: string;
  readonly text: string;
  /** Whether there are results to skip to. */
  readonly ready: boolean;
  readonly type: (text: string) => void;
  /** Search or the skip link: go to the results (on a phone they are below the keyboard). */
  readonly toResults: (e: Event) => void;
}

/** The search box with its label, hint, button and a skip link to the results. */
export function renderSearch(form: SearchForm): TemplateResult {
  const { strings } = form;
  return html`<form part="search" class="search" role="search" @submit=${form.toResults}>
    <label for="q">${strings.searchLabel}</label>
    <span class="hint" id="q-hint">${form.hint}</span>
    <div class="search-row">
      <input
        id="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-describedby="q-hint"
        .value=${form.text}
        @input=${(e: Event) => form.type((e.target as HTMLInputElement).value)}
      />
      <button type="submit">${strings.searchButton}</button>
    </div>
    ${form.ready ? html`<a class="skip-link" href="#results-heading" @click=${form.toResults}>${strings.skipToResults}</a>` : nothing}
  </form>`;
}
