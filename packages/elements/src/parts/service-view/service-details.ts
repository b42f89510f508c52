import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../shared/heading.js';
import {
  dialable,
  getCharterSummary,
  hasContact,
  isFollowableLink,
  siteName,
  publicLocation,
  runningEvidence,
  vocabularies,
  type Service,
} from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import type { ContactChannel } from '../../shared/service-events.js';
import { formatDate, formatPartialDate } from '../../shared/dates.js';
import { describeSession } from './service-text.js';
import { areaNames, labels, termLabel, type ServiceContext } from './service-context.js';
import { badges, renderBadges, runBy, whenLine } from './service-card.js';
import { isolate, listOf } from '../../shared/bidi.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Only links a person can safely follow reach the page (validation allows no others, but check again). */
const safeHref = (url: string) => (isFollowableLink(url) ? url : undefined);

/** The service's areas, less those its places already name ("Worthing" once, not twice). */
function areasBeyond(service: Service, context: ServiceContext): string[] {
  const towns = new Set(service.locations.map((place) => place.town?.toLowerCase()).filter(Boolean));
  return areaNames(context.directory, service.areas).filter((name) => !towns.has(name.toLowerCase()));
}

/** Whether it is known to be running, from what and when: the service's word, or the newest evidence. */
function evidenceLine(service: Service, context: ServiceContext): string | undefined {
  const { strings, locale } = context;
  const evidence = runningEvidence(service, context.now);
  if (evidence.kind === 'closed') return undefined;
  if (evidence.kind === 'unknown') return strings.notConfirmedByService;
  if (evidence.kind === 'confirmed') return format(strings.confirmedByService, { date: formatDate(evidence.on, locale) });
  const date = formatPartialDate(evidence.on, locale);
  return evidence.kind === 'recent' ? format(strings.heardOf, { date }) : `${format(strings.lastHeardOf, { date })}.`;
}

function section(title: string, level: number, body: unknown): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<section class="detail-section">
    <${tag} class="detail-heading">${title}</${tag}>
    ${body}
  </section>`;
}

/** How else to find a service with no contact details: its directory's keepers, or a search. */
function noContactAdvice(service: Service, context: ServiceContext): TemplateResult {
  const { publisher } = context.directory;
  const strings = context.strings;
  if (!publisher.url && !publisher.email) {
    return html`<p>${format(strings.noContactSearch, { organisation: service.organisation.name })}</p>`;
  }
  return html`<p>
    ${format(strings.noContactPublisher, { publisher: publisher.name })}
    ${publisher.url ? html`<a href=${publisher.url} rel="noopener noreferrer">${isolate(publisher.url)}</a>` : nothing}
    ${publisher.email ? html`<a href=${`mailto:${publisher.email}`}>${isolate(publisher.email)}</a>` : nothing}
  </p>`;
}

/**
 * Everything a service has, for a person deciding whether and how to go: notices first (closed,
 * unreviewed, uncertain), then what it is, how to get support, when, where, how to contact it
 * (or how else to find it), access, the charters it has signed, and where the facts come from.
 */
export function renderDetails(service: Service, context: ServiceContext): TemplateResult {
  const { strings, locale } = context;
  const level = Math.min(context.headingLevel + 1, 6);
  const contact = (channel: ContactChannel) => () => context.onContact(service, channel);
  const link = (href: string | undefined, label: string, channel: ContactChannel) =>
    href ? html`<li><a href=${href} rel="noopener noreferrer" @click=${contact(channel)}>${label}</a></li>` : nothing;

  const reviewed = service.lastReviewed;
  const overdue = reviewed && context.now.getTime() - new Date(`${reviewed}T00:00:00Z`).getTime() > YEAR_MS;
  const notices = [
    service.status !== 'active'
      ? [service.status === 'closed' ? strings.closed : strings.temporarilyClosed, service.statusNote].filter(Boolean).join(': ')
      : '',
    service.notice ?? '',
    overdue ? strings.reviewOverdue : '',
  ].filter(Boolean);

  const about = [
    ...labels(context, vocabularies.experience, service.experiences),
    ...labels(context, vocabularies.community, service.communities),
    ...labels(context, vocabularies.setting, service.settings),
    ...labels(context, vocabularies.transition, service.transitions),
  ];
  const ages = service.ageRange;
  const ageText = !ages
    ? ''
    : ages.min !== undefined && ages.max !== undefined
      ? format(strings.ages.range, { min: ages.min, max: ages.max })
      : ages.min !== undefined
        ? format(strings.ages.from, { min: ages.min })
        : format(strings.ages.upTo, { max: ages.max ?? '' });
  const access = [...labels(context, vocabularies.referral, service.referral), service.eligibility, ageText, service.costNote].filter(
    Boolean,
  );

  const { contact: c, organisation: org } = service;
  const website = c?.website ?? org.website;
  const email = c?.email ?? org.email;
  const phone = c?.phone ?? org.phone;
  const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'language' }) : undefined;
  // A code the schema allows may still be one Intl cannot name ("en-12"): show the code itself.
  const languageName = (code: string) => {
    try {
      return languageNames?.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const when = whenLine(service, context);
  const signed = service.charters.map((id) => getCharterSummary(id)?.title ?? id);

  return html`
    ${notices.length ? html`<div class="notice" part="notice">${notices.map((text) => html`<p>${text}</p>`)}</div>` : nothing}
    <p class="card-org">
      ${
        service.operatorConfirmed
          ? `${runBy(service, strings)} · ${termLabel(strings, vocabularies.organisationKind, org.kind)}`
          : format(strings.listedWith, { name: org.name })
      }
    </p>
    ${renderBadges(badges(service, context))}
    ${section(
      strings.aboutHeading,
      level,
      html`<p>${service.summary}</p>
      ${service.description ? html`<p class="description">${service.description}</p>` : nothing}
      ${renderBadges(about, true)}`,
    )}
    ${access.length ? section(strings.howToGetSupport, level, html`<ul>${access.map((item) => html`<li>${item}</li>`)}</ul>`) : nothing}
    ${
      service.schedule || service.status !== 'active'
        ? section(
            strings.whenHeading,
            level,
            html`
          ${when ? html`<p><strong>${when}</strong></p>` : nothing}
          <ul>
            ${service.schedule?.sessions.map((session) => html`<li>${describeSession(session, strings, locale)}</li>`)}
            ${service.schedule?.byAppointment ? html`<li>${strings.byAppointment}</li>` : nothing}
          </ul>
          ${service.schedule?.note ? html`<p>${service.schedule.note}</p>` : nothing}`,
          )
        : nothing
    }
    ${
      service.locations.length || service.areas.length || service.onlineOnly
        ? section(
            strings.whereHeading,
            level,
            html`
          ${service.onlineOnly ? html`<p>${strings.onlineOnly}</p>` : nothing}
          <ul>
            ${service.locations.map(publicLocation).map(
              (place) => html`<li>
              ${listOf([place.name, ...(place.address ?? []), place.town, place.postcode].filter((part) => !!part) as string[])}
              ${place.accessibility.length ? html`<br />${labels(context, vocabularies.accessibility, place.accessibility).join(', ')}` : nothing}
              ${place.directions ? html`<br />${isolate(place.directions)}` : nothing}
            </li>`,
            )}
          </ul>
          ${areasBeyond(service, context).length ? html`<p>${listOf(areasBeyond(service, context))}</p>` : nothing}`,
          )
        : nothing
    }
    ${section(
      strings.contactHeading,
      level,
      hasContact(service)
        ? html`<ul class="contact-links" role="list">
          ${link(website, format(strings.website, { site: website ? siteName(website) : '' }), 'website')}
          ${link(email ? `mailto:${email}` : undefined, `${strings.email}: ${isolate(email ?? '')}`, 'email')}
          ${link(phone ? `tel:${dialable(phone)}` : undefined, `${strings.phone}: ${isolate(phone ?? '')}`, 'phone')}
          ${link(c?.text ? `sms:${dialable(c.text)}` : undefined, `${strings.text}: ${isolate(c?.text ?? '')}`, 'text')}
          ${c?.links.map((extra) => link(safeHref(extra.url), extra.label, 'link'))}
        </ul>`
        : html`<p>${strings.noContact}</p>${noContactAdvice(service, context)}`,
    )}
    ${
      service.accessibility.length || service.languages.length
        ? section(
            strings.accessHeading,
            level,
            html`<ul>
          ${labels(context, vocabularies.accessibility, service.accessibility).map((label) => html`<li>${label}</li>`)}
          ${service.languages.length ? html`<li>${strings.languages}: ${service.languages.map(languageName).join(', ')}</li>` : nothing}
        </ul>`,
          )
        : nothing
    }
    ${signed.length ? section(strings.chartersHeading, level, html`<ul>${signed.map((title) => html`<li>${title}</li>`)}</ul>`) : nothing}
    ${section(
      strings.sourcesHeading,
      level,
      html`
      ${service.sources.length ? html`<ul>${service.sources.map((source) => html`<li>${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${isolate(source.title)}</a>` : isolate(source.title)}${source.date ? ` (${source.date})` : ''}</li>`)}</ul>` : nothing}
      ${evidenceLine(service, context) ? html`<p>${evidenceLine(service, context)}</p>` : nothing}
      <p>${reviewed ? format(strings.lastReviewed, { date: formatDate(reviewed, locale) }) : strings.notReviewed}</p>`,
    )}
  `;
}
