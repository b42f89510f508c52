import { html, nothing, type TemplateResult } from 'lit';
import type { Directory, SearchHit, Service } from '@peer-support-kit/core';
import { directoryQuery } from './directory-query.js';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { renderCard } from '../../parts/service-view/service-card.js';
import type { FullService } from '../../controllers/full-service.js';
import type { ServiceContext } from '../../parts/service-view/service-context.js';
import { chosenFilters, scopeNames } from './chosen-filters.js';
import type { DirectorySearchState } from './directory-search.js';
import type { DirectoryStrings } from './directory.strings.js';
import type { DirectoryView } from './directory-view.js';
import { shownGroups, type ShownGroup } from './filter-groups.js';
import { presetNotices, type UnknownPreset } from './presets.js';
import { renderFilterPanel, renderFilters } from './render-filters.js';
import { renderPreferences } from './render-preferences.js';
import { renderNear } from './render-near.js';
import { renderFeatured } from './render-featured.js';
import { renderNoResults } from './render-no-results.js';
import { renderOpenService, renderResults } from './render-results.js';
import { wideningsFor } from './widen-search.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Terms whose naming in a search means a person may be in crisis: crisis help goes beside the results. */
const CRISIS_TERMS = ['setting:crisis', 'transition:crisis', 'experience:suicidal-feelings', 'experience:self-harm'];

/** What the directory element knows that its results area shows. */
export interface ReadyModel {
  readonly directory: Directory;
  /** Services left out of the file for mistakes. */
  readonly excluded: number;
  /** The file is still arriving: the best of what is in so far. */
  readonly partial: boolean;
  /** Loading failed after these services came: "Try again". */
  readonly retry?: () => void;
  readonly strings: DirectoryStrings;
  /** The level of the element's headings. */
  readonly level: number;
  /** The service's context; its heading level is one below the element's. */
  readonly context: ServiceContext;
  readonly view: DirectoryView;
  readonly search: DirectorySearchState;
  readonly groupNames: readonly string[];
  readonly unknownPresets: readonly UnknownPreset[];
  readonly crisis: 'top' | 'bottom' | 'none';
  readonly staleAfterDays: number;
  readonly pageSize: number;
  readonly filtersOpen: boolean;
  readonly setFiltersOpen: (open: boolean) => void;
  /** After a choice that redraws the list, keep the person's place: at the results heading. */
  readonly toResults: () => void;
  readonly open: (service: Service) => void;
  /** The open service's details, as far as they have come. */
  readonly details: (directory: Directory, service: Service) => FullService;
}

/** The results with their filters, or one service's details. */
export function renderReady(model: ReadyModel): TemplateResult {
  const { directory, strings, level, context, view } = model;
  const id = view.current.service;
  const open = id ? directory.services.find((s) => s.id === id) : undefined;
  if (open) return renderOpenService(model.details(directory, open), { ...context, headingLevel: level }, strings, () => view.close());
  const result = model.search.result!;
  const card = (hit: SearchHit, note?: string) => renderCard(hit, context, model.open, note);
  const crisisNamed = result.named.some(({ group, term }) => CRISIS_TERMS.includes(`${group}:${term}`));
  return renderResults({
    directory,
    result,
    strings,
    locale: context.locale,
    level,
    partial: model.partial,
    stale: context.now.getTime() - new Date(directory.publishedAt).getTime() > model.staleAfterDays * DAY_MS,
    excluded: model.excluded,
    retry: model.retry,
    presetNotices: presetNotices(model.unknownPresets, strings),
    crisis: crisisNamed && result.total > 0 && model.crisis !== 'none' ? renderCrisisHelp(strings, level + 1) : nothing,
    filters: filterPanel(model),
    featured: renderFeatured(directory, view.current, model.groupNames, result.facets, strings, view.filters),
    noResults: () => noResults(model, card),
    card: (hit) => card(hit),
    moreCount: Math.min(result.total - result.results.length, model.pageSize),
    showMore: () => view.showMore(),
  });
}

function filterPanel(model: ReadyModel): TemplateResult {
  const { directory, strings, groupNames } = model;
  const result = model.search.result!;
  const view = model.view.current;
  const chosen = chosenFilters(view, groupNames, directory, strings).length;
  const shown = shownGroups(groupNames, directory, strings);
  return renderFilterPanel({
    open: model.filtersOpen,
    chosen,
    total: result.total,
    level: model.level,
    strings,
    locale: model.context.locale,
    toggle: () => model.setFiltersOpen(!model.filtersOpen),
    showResults: () => {
      model.setFiltersOpen(false);
      model.toResults();
    },
    body: html`${renderFilters(
      shown,
      groupNames.includes('near')
        ? {
            at: nearPosition(shown, groupNames),
            content: renderNear(
              model.search.search?.directory ?? directory,
              () => model.search.places(),
              view.near,
              result.near,
              strings,
              model.view.near,
              model.context.locale,
            ),
          }
        : undefined,
      groupNames.includes('age'),
      view,
      result.facets,
      strings,
      model.view.filters,
      chosen,
    )}${groupNames.includes('preferences') ? renderPreferences(directory, view, result.facets, strings, model.view.preferences, model.level + 1) : nothing}`,
  });
}

/** "Near you" sits among the filter groups where the page's `groups` names it: after this many. */
function nearPosition(shown: readonly ShownGroup[], groupNames: readonly string[]): number {
  const near = groupNames.indexOf('near');
  // "When" brings the days with it.
  return shown.filter((group) => groupNames.indexOf(group.group === 'day' ? 'when' : group.group) < near).length;
}

/** Nothing matches: say what was searched for, offer one-press ways wider, and crisis help. */
function noResults(model: ReadyModel, card: (hit: SearchHit, note: string) => TemplateResult): TemplateResult {
  const { directory, strings, groupNames } = model;
  const { locale, now } = model.context;
  const result = model.search.result!;
  const steps = model.view;
  const view = steps.current;
  const chosen = chosenFilters(view, groupNames, directory, strings);
  const then = (run: () => void) => {
    run();
    model.toResults();
  };
  const widen = wideningsFor(
    {
      search: model.search.search!,
      query: directoryQuery(view, now, groupNames, model.search.search?.directory),
      result,
      chosen,
      strings,
      locale,
    },
    {
      search: (text) => then(() => steps.step({ text })),
      remove: (filter) => then(() => steps.remove(filter)),
      clearFilters: steps.filters.clear,
      showAll: () => then(() => steps.showAll()),
    },
  );
  return renderNoResults({
    text: view.text,
    result,
    scope: scopeNames(view, groupNames, directory, strings),
    filters: chosen.map(({ label }) => label),
    widen,
    strings,
    locale,
    crisis: model.crisis === 'none' ? nothing : renderCrisisHelp(strings, model.level + 1),
    renderCard: card,
  });
}
