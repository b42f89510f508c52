import {
  dialable,
  escapeHtml,
  getCharterSummary,
  hasContact,
  publicLocation,
  runningEvidence,
  siteName,
  vocabularies,
  type Directory,
  type Service,
  type Vocabulary,
} from '@peer-support-kit/core';
import { linkTo } from './safe-href.js';
import { describeSession, fill, formatDate, languageName, listOf, words } from './listing-words.js';

// One service of the static listing: what the elements' details show, as plain HTML. Every value
// from the data is escaped here, and every link goes through linkTo, which refuses what core's
// validation would not allow.

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const labels = (vocab: Vocabulary, ids: readonly string[]) => ids.map((id) => vocab.terms.find((term) => term.id === id)?.label ?? id);

/** A term list as "Group: A, B", or nothing when it is empty. */
const named = (vocab: Vocabulary, ids: readonly string[]) => (ids.length ? [`${vocab.label}: ${labels(vocab, ids).join(', ')}`] : []);

/** One labelled fact of the service: a `<dt>` and its `<dd>`s (HTML already made safe), or nothing. */
function fact(term: string, items: readonly string[]): string {
  if (!items.length) return '';
  return `    <div><dt>${escapeHtml(term)}</dt>${items.map((item) => `<dd>${item}</dd>`).join('')}</div>\n`;
}

const safe = (items: ReadonlyArray<string | undefined>) => items.filter((item): item is string => !!item).map(escapeHtml);

function ageText(service: Service): string | undefined {
  const ages = service.ageRange;
  if (ages?.min !== undefined && ages.max !== undefined) return fill(words.ages.range, { min: ages.min, max: ages.max });
  if (ages?.min !== undefined) return fill(words.ages.from, { min: ages.min });
  if (ages?.max !== undefined) return fill(words.ages.upTo, { max: ages.max });
  return undefined;
}

/** Closed or paused, the directory's notice, and a review more than a year before publication. */
function notices(service: Service, publishedAt: Date): string[] {
  const reviewed = service.lastReviewed;
  const overdue = reviewed && publishedAt.getTime() - new Date(`${reviewed}T00:00:00Z`).getTime() > YEAR_MS;
  const status = service.status === 'closed' ? words.closed : service.status === 'temporarily-closed' ? words.temporarilyClosed : '';
  return [
    status ? [status, service.statusNote].filter(Boolean).join(': ') : '',
    service.notice ?? '',
    overdue ? words.reviewOverdue : '',
  ].filter(Boolean);
}

function who(service: Service): string {
  const org = service.organisation;
  if (!service.operatorConfirmed) return `${words.runByUnconfirmed} ${fill(words.listedWith, { name: org.name })}`;
  return `${fill(words.runBy, { name: org.name })} · ${labels(vocabularies.organisationKind, [org.kind])[0]}`;
}

function when(service: Service): string[] {
  const schedule = service.schedule;
  if (!schedule) return [];
  const places = service.locations.map(publicLocation);
  const placeName = (id: string | undefined) => {
    const place = places.length > 1 ? places.find((location) => location.id === id) : undefined;
    return place?.name ?? place?.town;
  };
  return safe([
    ...schedule.sessions.map((session) => describeSession(session, placeName(session.location))),
    schedule.byAppointment ? words.byAppointment : undefined,
    schedule.note,
  ]);
}

function where(service: Service, directory: Directory): string[] {
  const places = service.locations.map(publicLocation).map((place) => {
    const line = escapeHtml([place.name, ...(place.address ?? []), place.town, place.postcode].filter(Boolean).join(', '));
    const extra = safe([labels(vocabularies.accessibility, place.accessibility).join(', '), place.directions]);
    return [line, ...extra].filter(Boolean).join('<br>');
  });
  // The service's areas, less those its places already name ("Worthing" once, not twice).
  const towns = new Set(service.locations.map((place) => place.town?.toLowerCase()).filter(Boolean));
  const areaNames = service.areas
    .map((id) => directory.areas.find((area) => area.id === id)?.name ?? id)
    .filter((name) => !towns.has(name.toLowerCase()));
  return [
    ...(service.onlineOnly ? [escapeHtml(words.onlineOnly)] : []),
    ...places.filter(Boolean),
    ...(areaNames.length ? [escapeHtml(fill(words.areas, { areas: listOf(areaNames) }))] : []),
  ];
}

function contact(service: Service, directory: Directory): string[] {
  if (!hasContact(service)) {
    const { publisher } = directory;
    if (!publisher.url && !publisher.email) {
      return [escapeHtml(words.noContact), escapeHtml(fill(words.noContactSearch, { organisation: service.organisation.name }))];
    }
    const ways = [
      publisher.url ? linkTo(publisher.url, publisher.url) : '',
      publisher.email ? linkTo(`mailto:${publisher.email}`, publisher.email) : '',
    ].filter(Boolean);
    return [
      escapeHtml(words.noContact),
      `${escapeHtml(fill(words.noContactPublisher, { publisher: publisher.name }))} ${ways.join(' or ')}`,
    ];
  }
  const { contact: c, organisation: org } = service;
  const website = c?.website ?? org.website;
  const email = c?.email ?? org.email;
  const phone = c?.phone ?? org.phone;
  return [
    website ? linkTo(website, fill(words.website, { site: siteName(website) })) : '',
    email ? linkTo(`mailto:${email}`, `${words.email}: ${email}`) : '',
    phone ? linkTo(`tel:${dialable(phone)}`, `${words.phone}: ${phone}`) : '',
    c?.text ? linkTo(`sms:${dialable(c.text)}`, `${words.text}: ${c.text}`) : '',
    ...(c?.links ?? []).map((extra) => linkTo(extra.url, extra.label)),
  ].filter(Boolean);
}

function evidence(service: Service, publishedAt: Date): string | undefined {
  const known = runningEvidence(service, publishedAt);
  if (known.kind === 'closed') return undefined;
  if (known.kind === 'unknown') return words.notConfirmedByService;
  if (known.kind === 'confirmed') return fill(words.confirmedByService, { date: formatDate(known.on) });
  return fill(known.kind === 'recent' ? words.heardOf : words.lastHeardOf, { date: formatDate(known.on) });
}

/**
 * A service as an `<article>` whose id is the service's, so `directory.html#<id>` leads to it:
 * notices first, who runs it, what it is, then the facts a person needs to decide and to go.
 * `publishedAt` stands for "now" (whether a review is overdue, whether evidence is recent), so
 * the same sources give the same page.
 */
export function serviceArticle(service: Service, directory: Directory, publishedAt: Date): string {
  const paragraphs = (text: string | undefined) =>
    (text ?? '')
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean);
  const warn = notices(service, publishedAt);
  const reviewed = service.lastReviewed ? fill(words.lastReviewed, { date: formatDate(service.lastReviewed) }) : words.notReviewed;
  const sources = service.sources.map((source) => linkTo(source.url, source.title) + (source.date ? ` (${escapeHtml(source.date)})` : ''));
  const languages = service.languages.length ? [`${words.languages}: ${service.languages.map(languageName).join(', ')}`] : [];
  const signed = service.charters.map((id) => getCharterSummary(id)?.title ?? id);
  return [
    `<article id="${escapeHtml(service.id)}">\n`,
    `  <h3>${escapeHtml(service.name)}</h3>\n`,
    warn.length ? `  <div class="notice">${warn.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</div>\n` : '',
    `  <p class="who">${escapeHtml(who(service))}</p>\n`,
    `  <p class="summary">${escapeHtml(service.summary)}</p>\n`,
    ...paragraphs(service.description).map((text) => `  <p>${escapeHtml(text)}</p>\n`),
    '  <dl>\n',
    fact(vocabularies.kind.label, service.kind === 'service' ? [] : safe(labels(vocabularies.kind, [service.kind]))),
    fact(vocabularies.provision.label, safe(labels(vocabularies.provision, service.provision))),
    fact(vocabularies.format.label, safe([labels(vocabularies.format, service.formats).join(', ')])),
    fact(vocabularies.setting.label, safe([labels(vocabularies.setting, service.settings).join(', ')])),
    fact(
      words.whoFor,
      safe([
        ...named(vocabularies.experience, service.experiences),
        ...named(vocabularies.community, service.communities),
        ...named(vocabularies.transition, service.transitions),
        ageText(service),
        service.eligibility,
      ]),
    ),
    fact(words.howToGetSupport, safe(labels(vocabularies.referral, service.referral))),
    fact(vocabularies.cost.label, safe([service.cost ? labels(vocabularies.cost, [service.cost])[0] : undefined, service.costNote])),
    fact(words.whenHeading, when(service)),
    fact(words.whereHeading, where(service, directory)),
    fact(words.contactHeading, contact(service, directory)),
    fact(words.accessHeading, safe([...labels(vocabularies.accessibility, service.accessibility), ...languages])),
    fact(words.chartersHeading, safe(signed)),
    fact(words.sourcesHeading, [...sources, ...safe([evidence(service, publishedAt), reviewed])]),
    '  </dl>\n',
    '</article>\n',
  ].join('');
}
