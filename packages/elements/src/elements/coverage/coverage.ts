import { html, nothing, type TemplateResult } from 'lit';
import { computeCoverage, type Coverage, type CoverageCell, type CoverageDimension, type Directory } from '@peer-support-kit/core';
import { baseStyles } from '../../shared/base-styles.js';
import { DirectoryElement } from '../../controllers/directory-controller.js';
import { format } from '../../shared/fill.js';
import { headingLevel } from '../../shared/heading.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { defaultDirectoryStrings } from '../directory/directory.strings.js';
import { VERSION } from '../../version.js';
import { coverageStyles } from './coverage.styles.js';

export interface CoverageStrings {
  loading: string;
  loadFailed: string;
  invalidFile: string;
  retry: string;
  heading: string;
  showBy: string;
  dimensions: Record<CoverageDimension, string>;
  caption: string;
  area: string;
  none: string;
  partial: string;
  legend: string;
  gapsHeading: string;
  noGaps: string;
  counted: string;
  /** Heading of the services left out of the counts, and why each was. */
  uncountedHeading: string;
  uncounted: { unconfirmed: string; unconfirmedSince: string; active: string; closed: string; 'temporarily-closed': string; 'no-known-area': string };
}

export const defaultCoverageStrings: CoverageStrings = {
  loading: 'Loading the map of peer support…',
  loadFailed: defaultDirectoryStrings.loadFailed,
  invalidFile: defaultDirectoryStrings.invalidFile,
  retry: defaultDirectoryStrings.retry,
  heading: 'Where peer support is, and where it is missing',
  showBy: 'Show areas by',
  dimensions: { provision: 'Kind of peer support', community: 'Community', transition: 'Time of change' },
  caption: 'Number of running services in each area, by %{dimension}',
  area: 'Area',
  none: 'None',
  partial: '+%{count} in part of the area',
  legend: 'Darker cells have more services. "None" marks a gap; "in part" counts services for places inside the area.',
  gapsHeading: 'Gaps',
  noGaps: 'No gaps found.',
  counted: 'Counted the services %{title} lists as running (%{count}), leaving out those not heard of for over a year; published %{date}.',
  uncountedHeading: 'Not counted',
  uncounted: {
    unconfirmed: '%{name}: not confirmed as running',
    unconfirmedSince: '%{name}: last heard of in %{date}, not confirmed since',
    active: '%{name}: running',
    closed: '%{name}: closed',
    'temporarily-closed': '%{name}: temporarily closed',
    'no-known-area': "%{name}: names none of the directory's areas",
  },
};

const shade = (cell: CoverageCell) => Math.min(cell.services.length, 3);

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
 * @csspart base - Everything the element shows.
 * @csspart table - The table.
 * @csspart uncounted - The services left out of the counts, and why.
 * @csspart gaps - The list of gaps.
 * @csspart message - A loading or error message.
 */
export class PeerSupportCoverage extends DirectoryElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, coverageStyles];
  static override properties = {
    ...DirectoryElement.properties,
    by: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare by: CoverageDimension;
  declare headingLevel: number;
  /** Overrides for any visible string; see `CoverageStrings`. */
  declare strings: Partial<CoverageStrings>;

  #coverage?: Coverage;

  constructor() {
    super();
    this.by = 'provision';
    this.headingLevel = 2;
    this.strings = {};
  }

  protected override get loadStrings(): CoverageStrings {
    return mergeStrings(defaultCoverageStrings, this.strings);
  }

  protected override loaded(directory: Directory): void {
    this.#coverage = computeCoverage(directory);
  }

  protected override render(): TemplateResult {
    const strings = this.loadStrings;
    const level = headingLevel(this.headingLevel, 5);
    return html`<div part="base" class="base">
      <span class="heading" role="heading" aria-level=${level}>${strings.heading}</span>
      ${this.renderLoad(() => this.#renderCoverage(this.#coverage!, strings, level))}
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
      <span class="heading" role="heading" aria-level=${Math.min(level + 1, 6)}>${strings.gapsHeading}</span>
      ${gaps.length
        ? html`<ul part="gaps" class="gaps">${gaps.map((gap) => html`<li>${gap.message}</li>`)}</ul>`
        : html`<p>${strings.noGaps}</p>`}
      ${coverage.uncounted.length
        ? html`<span class="heading" role="heading" aria-level=${Math.min(level + 1, 6)}>${strings.uncountedHeading}</span>
            <ul part="uncounted" class="gaps">
              ${coverage.uncounted.map(({ name, reason, lastHeardOf }) => {
                const template = reason === 'unconfirmed' && lastHeardOf ? strings.uncounted.unconfirmedSince : strings.uncounted[reason];
                return html`<li>${format(template, { name, date: lastHeardOf ?? '' })}</li>`;
              })}
            </ul>`
        : nothing}
      <p class="legend">${format(strings.counted, { count: coverage.counted, title: coverage.directory.title, date: coverage.directory.publishedAt.slice(0, 10) })}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-coverage': PeerSupportCoverage;
  }
}
