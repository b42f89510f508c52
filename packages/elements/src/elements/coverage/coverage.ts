import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { computeCoverage, type Coverage, type CoverageCell, type CoverageDimension } from '@peer-support-kit/core';
import { DirectoryController } from '../../controllers/directory-controller.js';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { format } from '../../shared/fill.js';
import { headingLevel, headingTag } from '../../shared/heading.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { VERSION } from '../../version.js';
import { defaultCoverageStrings, type CoverageStrings } from './coverage.strings.js';
import { coverageStyles } from './coverage.styles.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

const shade = (cell: CoverageCell) => Math.min(cell.services.length, 3);

function heading(level: number, text: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} class="heading">${text}</${tag}>`;
}

/**
 * For commissioners: areas × kind of peer support (or community, or time of change) as an
 * accessible table with a colour scale, and the gaps named in words.
 *
 * @summary Coverage of peer support by area, with the gaps.
 *
 * @attr src - Address of the published directory JSON.
 * @attr by - `provision` (default), `community` or `transition`.
 * @attr heading-level - Level of its headings, 2 to 5 (default 2).
 *
 * @fires peer-support-error - The directory could not be loaded or read.
 *
 * @slot - What to show when the element cannot show its own content: before the script runs, if
 *   it never does, while loading and if loading fails (the docs' snippet puts crisis help and a
 *   link to the static listing here).
 * @csspart fallback - The box around that content, while the element shows it.
 * @csspart base - Everything the element shows.
 * @csspart table - The table.
 * @csspart uncounted - The services left out of the counts, and why.
 * @csspart gaps - The list of gaps.
 * @csspart message - A loading or error message.
 */
export class PeerSupportCoverage extends LitElement {
  static readonly version = VERSION;
  static override styles = coverageStyles;
  static override properties = {
    src: { type: String },
    strings: { attribute: false },
    by: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare src: string | undefined;
  declare by: CoverageDimension;
  declare headingLevel: number;
  /** Overrides for any visible string; see `CoverageStrings`. */
  declare strings: Partial<CoverageStrings>;

  #coverage?: Coverage;
  readonly #directory = new DirectoryController(this, {
    strings: () => this.#strings,
    loaded: (directory) => (this.#coverage = computeCoverage(directory)),
    crisisOnError: () => renderCrisisHelp(this.#strings, headingLevel(this.headingLevel, 5) + 1),
  });

  constructor() {
    super();
    keepMediaFresh(this);
    this.by = 'provision';
    this.headingLevel = 2;
    this.strings = {};
  }

  /** Loads the directory again, to pick up a newly published file. */
  reload(): void {
    this.#directory.reload();
  }

  get #strings(): CoverageStrings {
    return mergeStrings(defaultCoverageStrings, this.strings);
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    return html`<div part="base" class="base">
      ${heading(level, strings.heading)}
      ${this.#directory.render(() => this.#renderCoverage(this.#coverage!, strings, level))}
    </div>`;
  }

  #renderCoverage(coverage: Coverage, strings: CoverageStrings, level: number): TemplateResult {
    const by: CoverageDimension = ['community', 'transition'].includes(this.by) ? this.by : 'provision';
    const matrix = coverage[by];
    const gaps = coverage.gaps.filter((gap) => gap.kind === 'no-services' || gap.kind === 'weekend-crisis' || gap.kind === by);
    return html`
      <fieldset class="switch">
        <legend>${strings.showBy}</legend>
        ${(['provision', 'community', 'transition'] as const).map(
          (dimension) => html`<label>
            <input type="radio" name="by" .checked=${by === dimension} @change=${() => (this.by = dimension)} />
            ${strings.dimensions[dimension]}
          </label>`,
        )}
      </fieldset>
      <div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">${format(strings.caption, { dimension: strings.dimensions[by].toLowerCase() })}</caption>
          <thead>
            <tr>
              <th scope="col">${strings.area}</th>
              ${matrix.terms.map((term) => html`<th scope="col">${term.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${coverage.areas.map(
              (area) => html`<tr>
                <th scope="row" class=${`depth-${Math.min(area.depth, 3)}`}>${area.name}</th>
                ${matrix.terms.map((term) => {
                  const cell = matrix.cells[area.id]?.[term.id] ?? { services: [], partial: [] };
                  return html`<td class=${`level-${shade(cell)}`}>
                    ${cell.services.length || strings.none}
                    ${cell.partial.length ? html`<span class="partial">${format(strings.partial, { count: cell.partial.length })}</span>` : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="legend">${strings.legend}</p>
      ${heading(level + 1, strings.gapsHeading)}
      ${
        gaps.length
          ? html`<ul part="gaps" class="gaps">${gaps.map((gap) => html`<li>${gap.message}</li>`)}</ul>`
          : html`<p>${strings.noGaps}</p>`
      }
      ${
        coverage.uncounted.length
          ? html`${heading(level + 1, strings.uncountedHeading)}
            <ul part="uncounted" class="gaps">
              ${coverage.uncounted.map(({ name, reason, lastHeardOf }) => {
                const template = reason === 'unconfirmed' && lastHeardOf ? strings.uncounted.unconfirmedSince : strings.uncounted[reason];
                return html`<li>${format(template, { name, date: lastHeardOf ?? '' })}</li>`;
              })}
            </ul>`
          : nothing
      }
      <p class="legend">${format(strings.counted, { count: coverage.counted, title: coverage.directory.title, date: coverage.directory.publishedAt.slice(0, 10) })}</p>
    `;
  }
}
