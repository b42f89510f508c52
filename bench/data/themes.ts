import type { ServiceInput } from '../../packages/core/src/directory/schema.js';

/**
 * What a generated service is about: the words of its name and summary and the terms that go
 * with them, so that text and filters agree as they would in real data. All made up.
 */
export interface Theme {
  /** Ways of naming a service of this kind, to follow a town or a brand ("Brighton …"). */
  readonly names: readonly string[];
  /** Who it is for and what it offers, finishing "A peer support group for …". */
  readonly about: readonly string[];
  readonly provision: NonNullable<ServiceInput['provision']>;
  readonly formats: NonNullable<ServiceInput['formats']>;
  readonly settings?: ServiceInput['settings'];
  readonly experiences?: ServiceInput['experiences'];
  readonly communities?: ServiceInput['communities'];
  readonly transitions?: ServiceInput['transitions'];
  readonly tags?: readonly string[];
  readonly ages?: { readonly min?: number; readonly max?: number };
  /** Online, by phone or by text only. */
  readonly remote?: boolean;
  /** Times it tends to run: `day`, `evening`, `late` (a crisis café), `appointment`. */
  readonly times?: 'day' | 'evening' | 'late' | 'appointment';
  /** Usually run by the NHS (paid peer workers on wards and in teams). */
  readonly nhs?: boolean;
  /** How common it is, relative to 1. */
  readonly weight: number;
}

export const themes: readonly Theme[] = [
  {
    names: ['Hearing Voices Group', 'Voices Group', 'Hearing Voices Café', 'Voice Hearers Network'],
    about: [
      'people who hear voices, see visions or have other unusual experiences',
      'voice hearers and people who see or sense things others do not',
    ],
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    experiences: ['hearing-voices', 'seeing-visions'],
    tags: ['hearing voices network', 'unusual experiences'],
    weight: 3,
  },
  {
    names: ["Women's Wellbeing Circle", "Women's Peer Support Group", "Women's Space", "Women's Recovery Group"],
    about: ['women living with anxiety, depression or low mood', 'women who want to share experiences of mental distress'],
    provision: ['informal'],
    formats: ['group', 'drop-in'],
    settings: ['community'],
    experiences: ['mental-distress', 'feeling-unable-to-cope'],
    communities: ['women'],
    weight: 3,
  },
  {
    names: ["Men's Talking Group", "Men's Wellbeing Circle", "Men's Peer Support", 'Blokes Talking Shop'],
    about: [
      'men who are struggling and want to talk to other men who have been there',
      'men going through a hard time, including suicidal feelings',
    ],
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    experiences: ['mental-distress', 'suicidal-feelings'],
    communities: ['men'],
    times: 'evening',
    weight: 3,
  },
  {
    names: ['LGBTQ+ Peer Group', 'Rainbow Minds', 'Pride Peer Support', 'Queer Wellbeing Collective', 'Trans Peer Support Group'],
    about: ['lesbian, gay, bisexual, trans and queer people', 'LGBTQ+ adults and trans and non-binary people'],
    provision: ['informal'],
    formats: ['group', 'online'],
    settings: ['community'],
    experiences: ['mental-distress'],
    communities: ['lgbtq', 'trans-non-binary'],
    times: 'evening',
    weight: 2,
  },
  {
    names: ['Youth Peer Mentors', "Young People's Peer Support", 'Student Peer Support', 'Young Adults Wellbeing Group', 'Teen Talk'],
    about: ['young people aged 14 to 25', 'students and young adults finding things hard'],
    provision: ['organised-volunteer'],
    formats: ['one-to-one', 'group'],
    settings: ['community'],
    experiences: ['mental-distress', 'self-harm'],
    communities: ['young-people'],
    ages: { min: 14, max: 25 },
    weight: 3,
  },
  {
    names: ['Later Life Friendship Group', 'Silver Peers', 'Over 60s Wellbeing Club', 'Older Adults Peer Support'],
    about: ['people over 60 who feel lonely or low', 'older people living with depression or isolation'],
    provision: ['organised-volunteer'],
    formats: ['group', 'phone'],
    settings: ['community'],
    experiences: ['mental-distress'],
    communities: ['older-people'],
    ages: { min: 60 },
    times: 'day',
    weight: 2,
  },
  {
    names: [
      'Eating Disorder Peer Support',
      'Eating Difficulties Support Group',
      'Recovery Mentors for Eating Disorders',
      'Food and Feelings Group',
    ],
    about: ['people living with an eating disorder, and those recovering from one', 'anyone affected by anorexia, bulimia or binge eating'],
    provision: ['organised-volunteer'],
    formats: ['group', 'one-to-one'],
    settings: ['eating-disorders', 'community'],
    experiences: ['eating-difficulties'],
    weight: 2,
  },
  {
    names: ['Self-Harm Peer Support', 'Self-Harm Text Support', 'Self-Harm Support Group'],
    about: ['people who self-harm or have done in the past', 'anyone who self-harms, in a safe and non-judgemental space'],
    provision: ['informal'],
    formats: ['group', 'text'],
    settings: ['community'],
    experiences: ['self-harm'],
    weight: 2,
  },
  {
    names: ['Suicidal Feelings Peer Support', 'Still Here Circle', 'Survivors Peer Group'],
    about: ['people living with suicidal thoughts', 'people who have felt suicidal and want to talk to someone who understands'],
    provision: ['informal'],
    formats: ['group', 'one-to-one'],
    settings: ['community'],
    experiences: ['suicidal-feelings'],
    transitions: ['crisis'],
    weight: 2,
  },
  {
    names: ['Crisis Café', 'Sanctuary Café', 'Safe Haven', 'Evening Sanctuary', 'Night Light Café'],
    about: [
      'anyone in emotional distress or crisis in the evening, with no appointment needed',
      'people who are struggling out of hours and need somewhere safe to go',
    ],
    provision: ['paid-peer-workers'],
    formats: ['drop-in', 'one-to-one'],
    settings: ['crisis'],
    experiences: ['suicidal-feelings', 'feeling-unable-to-cope'],
    transitions: ['crisis'],
    times: 'late',
    weight: 2,
  },
  {
    names: ['Inpatient Peer Support Workers', 'Ward Peer Support Service', 'Acute Ward Peer Workers'],
    about: ['people staying on an adult mental health ward', 'patients on acute and rehabilitation wards'],
    provision: ['paid-peer-workers'],
    formats: ['one-to-one', 'group'],
    settings: ['inpatient', 'acute'],
    experiences: ['hospital-stay', 'using-mental-health-services'],
    nhs: true,
    times: 'appointment',
    weight: 2,
  },
  {
    names: ['Leaving Hospital Buddies', 'Discharge Peer Support', 'Home from Hospital Peer Mentors', 'Moving On Peer Support'],
    about: ['people leaving a mental health hospital and settling back at home', 'people moving on from mental health services'],
    provision: ['organised-volunteer'],
    formats: ['one-to-one'],
    settings: ['community'],
    experiences: ['hospital-stay'],
    transitions: ['leaving-hospital', 'leaving-services'],
    times: 'appointment',
    weight: 2,
  },
  {
    names: ['Perinatal Peer Support', 'Bumps and Babies Wellbeing Group', 'New Parents Peer Support', 'Mums Together'],
    about: [
      'parents who are pregnant or have a baby under two and are finding it hard',
      'new mums and dads with postnatal depression or anxiety',
    ],
    provision: ['organised-volunteer'],
    formats: ['group', 'one-to-one'],
    settings: ['perinatal'],
    experiences: ['mental-distress'],
    communities: ['parents', 'women'],
    times: 'day',
    weight: 2,
  },
  {
    names: ["Carers' Peer Support Group", "Carers' Café", 'Family and Friends Group'],
    about: [
      'family members and friends caring for someone with mental ill health',
      'unpaid carers who want time with people who understand',
    ],
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    communities: ['carers'],
    weight: 2,
  },
  {
    names: ['Street Peers', 'Homeless Peer Mentors', 'Hostel Peer Support', 'Housing First Peer Workers'],
    about: [
      'people who are homeless, sleeping rough or living in a hostel',
      'people without a settled home who want support from someone who has been there',
    ],
    provision: ['paid-peer-workers'],
    formats: ['one-to-one', 'drop-in'],
    settings: ['homelessness'],
    experiences: ['homelessness', 'mental-distress'],
    weight: 2,
  },
  {
    names: ['Early Intervention Peer Support', 'Psychosis Recovery Group', 'First Episode Peer Support'],
    about: ['people who have had a first episode of psychosis', 'people living with psychosis or paranoia and their recovery'],
    provision: ['paid-peer-workers'],
    formats: ['one-to-one', 'group'],
    settings: ['early-intervention'],
    experiences: ['psychosis'],
    nhs: true,
    weight: 2,
  },
  {
    names: ['Creative Minds Art Group', 'Music and Wellbeing Group', 'Photography for Wellbeing', 'Writing for Recovery', 'Zine Club'],
    about: [
      'anyone who finds making things helps their mental health; no experience needed',
      'people with lived experience of mental distress who like to make art, music or writing',
    ],
    provision: ['informal'],
    formats: ['creative', 'group'],
    settings: ['community'],
    experiences: ['mental-distress'],
    tags: ['arts', 'creativity'],
    weight: 2,
  },
  {
    names: [
      'Global Majority Peer Circle',
      "South Asian Women's Wellbeing Group",
      "Black Men's Wellbeing Circle",
      'African and Caribbean Peer Support',
    ],
    about: [
      'Black, Asian and minority ethnic people, in a space that understands racism and culture',
      'people from racialised communities who want support from people who share their background',
    ],
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    experiences: ['mental-distress'],
    communities: ['racialised-communities'],
    weight: 2,
  },
  {
    names: ['Faith and Wellbeing Group', 'Mosque Wellbeing Circle', 'Church Peer Support Group'],
    about: ['people of faith, or none, who want to talk about mental health in a spiritual setting'],
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    communities: ['faith'],
    weight: 1,
  },
  {
    names: ['Online Peer Support Forum', 'Video Peer Support Group', 'Peer Support Phone Line', 'Text a Peer'],
    about: [
      'anyone who would rather talk online, by phone or by text',
      'people who cannot get out, or would rather not, and want peer support from home',
    ],
    provision: ['organised-volunteer'],
    formats: ['online', 'phone', 'text'],
    experiences: ['mental-distress', 'feeling-unable-to-cope'],
    remote: true,
    weight: 3,
  },
  {
    names: ['Recovery College Peer Courses', 'Peer Support Worker Team', 'Community Mental Health Peer Workers'],
    about: ['people using community mental health services', 'adults under the care of a community mental health team'],
    provision: ['paid-peer-workers'],
    formats: ['one-to-one', 'group'],
    settings: ['community', 'rehabilitation'],
    experiences: ['using-mental-health-services'],
    transitions: ['entering-services', 'leaving-services'],
    nhs: true,
    times: 'appointment',
    weight: 2,
  },
  {
    names: [
      'Mental Health Peer Support Group',
      'Wellbeing Café',
      'Anxiety and Depression Peer Group',
      'Recovery Group',
      'Drop-in Peer Support',
      'Peer Support Network',
      'Mutual Support Group',
    ],
    about: [
      'adults living with anxiety, depression or other mental health difficulties',
      'anyone with lived experience of mental distress',
      'people who are struggling and would like to meet others who understand',
    ],
    provision: ['informal'],
    formats: ['group', 'drop-in'],
    settings: ['community'],
    experiences: ['mental-distress', 'feeling-unable-to-cope'],
    weight: 6,
  },
  {
    names: ['Deaf Peer Support Group', "Disabled People's Peer Network", 'Neurodivergent Peer Group'],
    about: ['Deaf people, with the group run in British Sign Language', 'disabled and neurodivergent people living with mental distress'],
    provision: ['informal'],
    formats: ['group', 'online'],
    settings: ['community'],
    experiences: ['mental-distress'],
    communities: ['disabled-people'],
    weight: 1,
  },
];
