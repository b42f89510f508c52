import { vocabulary } from './vocabulary.js';

// The closed vocabularies of a directory. Where a source document names the terms, it is cited;
// ids are stable (data depends on them), labels and aliases may be improved at any time.

/** Seed 004 (Lambeth Peer Support Framework): the three kinds of provision. */
export const provisionKinds = vocabulary('provision', 'Kind of peer support', [
  { id: 'informal', label: 'Informal peer support', aliases: ['ad hoc', 'self-help', 'mutual support', 'peer-led group'] },
  {
    id: 'organised-volunteer',
    label: 'Volunteer peer mentors or buddies',
    aliases: ['mentor', 'mentoring', 'buddy', 'befriending', 'volunteer'],
  },
  { id: 'paid-peer-workers', label: 'Paid peer support workers', aliases: ['psw', 'peer support worker', 'peer worker', 'peer workers'] },
]);

export const formats = vocabulary('format', 'How it works', [
  { id: 'one-to-one', label: 'One-to-one', aliases: ['1:1', '1-1', 'individual', 'one to one'] },
  { id: 'group', label: 'Group', aliases: ['groups', 'support group', 'group sessions'] },
  { id: 'drop-in', label: 'Drop-in', aliases: ['drop in', 'walk-in', 'walk in', 'no appointment'] },
  { id: 'online', label: 'Online', aliases: ['video', 'zoom', 'virtual', 'internet', 'remote'] },
  { id: 'phone', label: 'Phone', aliases: ['telephone', 'call', 'helpline', 'phone line'] },
  { id: 'text', label: 'Text or chat', aliases: ['sms', 'chat', 'messaging', 'texting'] },
  { id: 'creative', label: 'Creative activities', aliases: ['art', 'arts', 'music', 'photography', 'creativity', 'writing', 'zines'] },
]);

/** Seeds 002 and 003: where peer support happens, including where paid peer workers work. */
export const settings = vocabulary('setting', 'Setting', [
  { id: 'community', label: 'In the community', aliases: ['local', 'neighbourhood'] },
  { id: 'inpatient', label: 'Inpatient wards', aliases: ['ward', 'wards', 'hospital', 'in-patient', 'inpatients'] },
  { id: 'crisis', label: 'Crisis services', aliases: ['crisis team', 'crisis house', 'crisis line'] },
  { id: 'acute', label: 'Acute services', aliases: ['acute care'] },
  { id: 'forensic', label: 'Forensic services', aliases: ['secure services', 'secure unit'] },
  { id: 'rehabilitation', label: 'Rehabilitation', aliases: ['rehab', 'recovery services'] },
  {
    id: 'perinatal',
    label: 'Perinatal (pregnancy and the first years after birth)',
    aliases: ['maternity', 'pregnancy', 'postnatal', 'antenatal', 'new parents'],
  },
  { id: 'eating-disorders', label: 'Eating disorder services', aliases: ['eating disorder', 'anorexia', 'bulimia'] },
  { id: 'gender-identity', label: 'Gender identity clinic', aliases: ['gender clinic', 'gic', 'gender identity service'] },
  { id: 'homelessness', label: 'Homelessness services', aliases: ['homeless', 'rough sleeping', 'housing', 'hostel'] },
  { id: 'early-intervention', label: 'Early intervention in psychosis', aliases: ['eip', 'early intervention'] },
]);

/** Seed 001 ("Solidarity"): experiences people may want to share with a peer. */
export const experiences = vocabulary('experience', 'Shared experience', [
  { id: 'hearing-voices', label: 'Hearing voices', aliases: ['voices', 'hearing things', 'voice hearing'] },
  { id: 'seeing-visions', label: 'Seeing visions', aliases: ['visions', 'seeing things'] },
  { id: 'feeling-unable-to-cope', label: 'Feeling unable to cope with life', aliases: ['not coping', 'overwhelmed', 'struggling'] },
  { id: 'self-harm', label: 'Self-harm', aliases: ['self harm', 'selfharm', 'harming yourself', 'cutting'] },
  { id: 'suicidal-feelings', label: 'Suicidal feelings', aliases: ['suicide', 'suicidal', 'suicide prevention', 'suicidal thoughts'] },
  { id: 'psychosis', label: 'Psychosis', aliases: ['psychotic', 'schizophrenia', 'paranoia'] },
  { id: 'eating-difficulties', label: 'Eating difficulties', aliases: ['eating problems', 'eating disorder', 'disordered eating'] },
  {
    id: 'mental-distress',
    label: 'Mental distress',
    aliases: ['mental health', 'anxiety', 'depression', 'low mood', 'stress', 'mental illness'],
  },
  {
    id: 'using-mental-health-services',
    label: 'Using mental health services',
    aliases: ['service user', 'mental health care', 'secondary care'],
  },
  {
    id: 'hospital-stay',
    label: 'A stay in a mental health hospital',
    aliases: ['sectioned', 'hospital admission', 'psychiatric hospital'],
  },
  { id: 'homelessness', label: 'Homelessness', aliases: ['homeless', 'rough sleeping', 'no fixed abode'] },
]);

/** Seeds 001 and 002: communities of identity people may want to share with a peer. */
export const communities = vocabulary('community', 'Community', [
  { id: 'young-people', label: 'Young people', aliases: ['youth', 'teenagers', 'teens', 'students', 'under 25'] },
  { id: 'older-people', label: 'Older people', aliases: ['elderly', 'over 65', 'later life', 'older adults'] },
  {
    id: 'lgbtq',
    label: 'LGBTQ+',
    aliases: ['lgbt', 'lgbtq', 'lgbtqia', 'lgbtqia+', 'lgbt+', 'gay', 'lesbian', 'bisexual', 'queer', 'sexuality'],
  },
  { id: 'trans-non-binary', label: 'Trans and non-binary people', aliases: ['trans', 'transgender', 'non-binary', 'nonbinary', 'gender'] },
  { id: 'women', label: 'Women', aliases: ['female', "women's"] },
  { id: 'men', label: 'Men', aliases: ['male', "men's"] },
  {
    id: 'racialised-communities',
    label: 'Black, Asian and minority ethnic communities',
    aliases: ['bame', 'black', 'asian', 'race', 'culture', 'ethnic minority', 'global majority'],
  },
  { id: 'faith', label: 'Faith communities', aliases: ['religion', 'religious', 'church', 'mosque', 'spiritual'] },
  { id: 'disabled-people', label: 'Disabled people', aliases: ['disability', 'disabled', 'disabilities'] },
  { id: 'carers', label: 'Carers', aliases: ['carer', 'family', 'families', 'caring'] },
  { id: 'parents', label: 'Parents', aliases: ['mums', 'dads', 'mothers', 'fathers', 'parent'] },
]);

/** Seed 004: the times users say are hardest, where peer support matters most. */
export const transitions = vocabulary('transition', 'At a time of change', [
  {
    id: 'entering-services',
    label: 'Starting to use mental health services',
    aliases: ['new to services', 'first contact', 'entering services'],
  },
  {
    id: 'leaving-services',
    label: 'Moving on from mental health services',
    aliases: ['discharge', 'discharged', 'moving on', 'leaving services'],
  },
  { id: 'leaving-hospital', label: 'Leaving hospital', aliases: ['after hospital', 'hospital discharge', 'leaving hospital'] },
  { id: 'crisis', label: 'At a time of crisis', aliases: ['crisis', 'emergency', 'urgent'] },
]);

export const referralRoutes = vocabulary('referral', 'How to get support', [
  {
    id: 'self',
    label: 'Contact them yourself (self-referral)',
    aliases: ['self referral', 'self-referral', 'refer yourself', 'no referral needed'],
  },
  { id: 'professional', label: 'Referral by a professional', aliases: ['referral', 'gp', 'doctor', 'care coordinator'] },
  { id: 'mental-health-team', label: 'Through your mental health team or ward', aliases: ['cmht', 'ward staff', 'mental health team'] },
  { id: 'membership', label: 'By joining (membership)', aliases: ['member', 'members', 'join'] },
]);

export const costs = vocabulary('cost', 'Cost', [
  { id: 'free', label: 'Free', aliases: ['no cost', 'free of charge'] },
  { id: 'donation', label: 'Donation or pay what you can', aliases: ['donations', 'pay what you can', 'pwyc'] },
  { id: 'paid', label: 'There is a charge', aliases: ['fee', 'fees', 'charge', 'paid'] },
]);

export const accessibilityFeatures = vocabulary('accessibility', 'Accessibility', [
  { id: 'wheelchair', label: 'Wheelchair accessible', aliases: ['wheelchair access', 'step-free', 'step free', 'accessible'] },
  { id: 'accessible-toilet', label: 'Accessible toilet', aliases: ['disabled toilet'] },
  { id: 'hearing-loop', label: 'Hearing loop', aliases: ['induction loop', 'loop'] },
  { id: 'bsl', label: 'British Sign Language', aliases: ['sign language', 'deaf', 'signing'] },
  { id: 'interpreters', label: 'Interpreters available', aliases: ['interpreter', 'translation', 'translator'] },
  { id: 'easy-read', label: 'Easy read information', aliases: ['easy read', 'easyread'] },
  { id: 'large-print', label: 'Large print', aliases: ['large text'] },
  { id: 'quiet-space', label: 'Quiet space', aliases: ['quiet room', 'calm space', 'low stimulus'] },
]);

export const days = vocabulary('day', 'Day', [
  { id: 'monday', label: 'Monday', aliases: ['mon', 'mondays'] },
  { id: 'tuesday', label: 'Tuesday', aliases: ['tue', 'tues', 'tuesdays'] },
  { id: 'wednesday', label: 'Wednesday', aliases: ['wed', 'weds', 'wednesdays'] },
  { id: 'thursday', label: 'Thursday', aliases: ['thu', 'thur', 'thurs', 'thursdays'] },
  { id: 'friday', label: 'Friday', aliases: ['fri', 'fridays'] },
  { id: 'saturday', label: 'Saturday', aliases: ['sat', 'saturdays', 'weekend'] },
  { id: 'sunday', label: 'Sunday', aliases: ['sun', 'sundays', 'weekend'] },
]);

/** DESIGN.md: who runs a service. */
export const organisationKinds = vocabulary('organisation-kind', 'Run by', [
  { id: 'user-led', label: 'A user-led organisation', aliases: ['user led', 'peer-led', 'peer led', 'lived experience'] },
  { id: 'voluntary-sector', label: 'A charity or voluntary organisation', aliases: ['charity', 'voluntary', 'third sector', 'vcse'] },
  { id: 'nhs', label: 'The NHS', aliases: ['nhs trust', 'health service'] },
  { id: 'local-authority', label: 'The local council', aliases: ['council', 'local authority'] },
  { id: 'informal-group', label: 'An informal group', aliases: ['informal', 'community group'] },
  { id: 'partnership', label: 'A partnership of organisations', aliases: ['collaborative', 'alliance', 'consortium'] },
]);

/** What an entry is: most are services; a few are networks or whole organisations, and say so. */
export const entryKinds = vocabulary('kind', 'What it is', [
  { id: 'service', label: 'A service', aliases: ['services'] },
  { id: 'network', label: 'A network or forum, not a service to use', aliases: ['network', 'forum', 'engagement group'] },
  { id: 'organisation', label: 'An organisation, not one service', aliases: ['organisation', 'organization'] },
]);

export const statuses = vocabulary('status', 'Status', [
  { id: 'active', label: 'Running' },
  { id: 'temporarily-closed', label: 'Temporarily closed', aliases: ['paused', 'suspended'] },
  { id: 'closed', label: 'Closed', aliases: ['ended', 'stopped'] },
]);

export const frequencies = vocabulary('frequency', 'How often', [
  { id: 'weekly', label: 'Every week' },
  { id: 'fortnightly', label: 'Every other week', aliases: ['biweekly', 'every two weeks'] },
  { id: 'monthly', label: 'Once a month', aliases: ['every month'] },
]);

/** Every vocabulary by its id, for code that walks them all (filters, CSV import, docs). */
export const vocabularies = {
  provision: provisionKinds,
  format: formats,
  setting: settings,
  experience: experiences,
  community: communities,
  transition: transitions,
  referral: referralRoutes,
  cost: costs,
  accessibility: accessibilityFeatures,
  day: days,
  organisationKind: organisationKinds,
  kind: entryKinds,
  status: statuses,
  frequency: frequencies,
} as const;

export type VocabularyName = keyof typeof vocabularies;
export type ProvisionKind = (typeof provisionKinds.ids)[number];
export type Format = (typeof formats.ids)[number];
export type Setting = (typeof settings.ids)[number];
export type Experience = (typeof experiences.ids)[number];
export type Community = (typeof communities.ids)[number];
export type Transition = (typeof transitions.ids)[number];
export type ReferralRoute = (typeof referralRoutes.ids)[number];
export type Cost = (typeof costs.ids)[number];
export type AccessibilityFeature = (typeof accessibilityFeatures.ids)[number];
export type Day = (typeof days.ids)[number];
export type OrganisationKind = (typeof organisationKinds.ids)[number];
export type ServiceStatus = (typeof statuses.ids)[number];
export type EntryKind = (typeof entryKinds.ids)[number];
export type Frequency = (typeof frequencies.ids)[number];
