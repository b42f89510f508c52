import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../shared/heading.js';
import {
  nextOccurrence,
  PREFERENCE_GROUPS,
  runningEvidence,
  vocabularies,
  type FieldMatch,
  type SearchHit,
  type Service,
} from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import { formatPartialDate } from '../../shared/dates.js';
import { describeOccurrence, splitMatches } from './service-text.js';
import { areaNames, labels, termLabel, type ServiceContext } from './service-context.js';
import { listOf } from '../../shared/bidi.js';

/** Text with the parts that matched the search marked. */
export function highlighted(value: string, matches: readonly FieldMatch[], field: FieldMatch['field']): TemplateResult | string {
  const match = matches.find((m) => m.field === field && m.value === value);
  if (!match || match.ranges.length === 0) return value;
  return html`${splitMatches(value, match.ranges).map(([part, marked]) => (marked ? html`<mark>${part}</mark>` : part))}`;
}

// Working out a next session takes time-zone arithmetic, and cards are drawn on every keystroke:
// keep each service's line for the minute it was worked out in.
const lines = new WeakMap<Service, { key: string; strings: object; line: string | undefined }>();

/** The short status or schedule line of a card: closed, on now, next session, by appointment. */
export function whenLine(service: Service, context: ServiceContext): string | undefined {
  const key = `${Math.floor(context.now.getTime() / 60_000)}|${context.locale}`;
  const known = lines.get(service);
  if (known?.key === key && known.strings === context.strings) return known.line;
  const line = describeWhen(service, context);
  lines.set(service, { key, strings: context.strings, line });
  return line;
}

function describeWhen(service: Service, context: ServiceContext): string | undefined {
  const { strings } = context;
  if (service.status === 'closed') return strings.closed;
  if (service.status === 'temporarily-closed') return strings.temporarilyClosed;
  // A next session from a timetable nobody has confirmed in years would be a promise we cannot keep.
  const evidence = runningEvidence(service, context.now);
  if (evidence.kind === 'unconfirmed') return format(strings.lastHeardOf, { date: formatPartialDate(evidence.on, context.locale) });
  const next = nextOccurrence(service, context.now);
  if (next) return describeOccurrence(next, strings, context.locale);
  return service.schedule?.byAppointment ? strings.byAppointment : undefined;
}

/** Key facts as short badges: what it is (unless a service), kind of provision, formats, cost, online only. */
export function badges(service: Service, context: ServiceContext): string[] {
  const out = [
    // A network or an organisation says so first: it is not a service to use as it is.
    ...(service.kind !== 'service' ? labels(context, vocabularies.kind, [service.kind]) : []),
    ...labels(context, vocabularies.provision, service.provision),
    ...labels(context, vocabularies.format, service.formats),
  ];
  if (service.cost) out.push(termLabel(context.strings, vocabularies.cost, service.cost));
  if (service.onlineOnly) out.push(context.strings.onlineOnly);
  return out;
}

/** A list of badges, or nothing: an empty list is noise to a screen reader (and fails axe). */
export function renderBadges(items: readonly string[], quiet = false): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="badges" role="list">${items.map((badge) => html`<li class="badge ${quiet ? 'badge-quiet' : ''}">${badge}</li>`)}</ul>`;
}

/**
 * A result card: the name (a button that opens the details, drawn over the whole card, so the
 * card is one target with nothing else to press inside it), who runs it, the summary, badges,
 * when it next meets, where, what it shares with the person's choices, and `note` (why it is
 * shown, for a partial match).
 */
export function renderCard(hit: SearchHit, context: ServiceContext, open: (service: Service) => void, note?: string): TemplateResult {
  const { service, matches } = hit;
  const { strings } = context;
  const when = whenLine(service, context);
  const shared = hit.shared.map(({ group, term }) => termLabel(strings, vocabularies[PREFERENCE_GROUPS[group]], term));
  const tag = headingTag(context.headingLevel);
  // Only the heading is a static template: every keystroke redraws the cards.
  const title = staticHtml`<${tag} class="card-title">
    <button type="button" class="card-open" @click=${() => open(service)}>${highlighted(service.name, matches, 'name')}</button>
  </${tag}>`;
  return html`<li class="card" part="card" data-service=${service.id}>
    ${title}
    ${note ? html`<p class="card-note">${note}</p>` : nothing}
    <p class="card-org">${runBy(service, strings)}</p>
    <p class="card-summary">${highlighted(service.summary, matches, 'summary')}</p>
    ${renderBadges(badges(service, context))}
    ${when ? html`<p class="card-when">${when}</p>` : nothing}
    ${service.areas.length ? html`<p class="card-area">${listOf(areaNames(context.directory, service.areas))}</p>` : nothing}
    ${nearLine(hit, strings)}
    ${shared.length ? html`<p class="card-shared">${format(strings.sharedWithYou, { terms: shared.join(', ') })}</p>` : nothing}
  </li>`;
}

/** How far, or how the service was placed near the person ("Covers this area; distance not known"). */
function nearLine(hit: SearchHit, strings: ServiceContext['strings']): TemplateResult | typeof nothing {
  const text =
    hit.distanceKm !== undefined && hit.near !== 'online'
      ? format(strings.distance, { km: hit.distanceKm.toFixed(1) })
      : hit.near === 'area'
        ? strings.nearByArea
        : hit.near === 'online'
          ? strings.nearOnline
          : undefined;
  return text ? html`<p class="card-near">${text}</p>` : nothing;
}

/** "Run by …" when a source names who runs it; otherwise that this is not confirmed. */
export function runBy(service: Service, strings: ServiceContext['strings']): string {
  return service.operatorConfirmed ? format(strings.runBy, { name: service.organisation.name }) : strings.runByUnconfirmed;
}
