/**
 * Made-up services with distinctive names that every generated directory contains, so the
 * benchmark's labelled queries have one right answer (the expected service in the top 5).
 */
export interface Landmark {
  readonly id: string;
  readonly name: string;
  readonly town: string;
  /** Index into `themes`, for the terms and the summary. */
  readonly theme: string;
  /** What a person might type to find it, typos and synonyms included. */
  readonly query: string;
}

export const landmarks: readonly Landmark[] = [
  {
    id: 'capital-peer-project',
    name: 'Capital Peer Project',
    town: 'Brighton',
    theme: 'Creative Minds Art Group',
    query: 'capitol project',
  },
  {
    id: 'hastings-hearing-voices-group',
    name: 'Hastings Hearing Voices Group',
    town: 'Hastings',
    theme: 'Hearing Voices Group',
    query: 'herring voices hastings',
  },
  {
    id: 'beacon-eating-disorder-peer-mentors',
    name: 'Beacon Eating Disorder Peer Mentors',
    town: 'Leeds',
    theme: 'Eating Disorder Peer Support',
    query: 'beacon eatting disorder mentors',
  },
  {
    id: 'proud-minds-youth-group',
    name: 'Proud Minds Youth Group',
    town: 'Bristol',
    theme: 'LGBTQ+ Peer Group',
    query: 'lgbt youth bristol',
  },
  {
    id: 'streetwise-peers-manchester',
    name: 'Streetwise Peers Manchester',
    town: 'Manchester',
    theme: 'Street Peers',
    query: 'homeless streetwise manchester',
  },
  {
    id: 'stepping-stones-recovery-cafe',
    name: 'Stepping Stones Recovery Café',
    town: 'Norwich',
    theme: 'Mental Health Peer Support Group',
    query: 'stepping stons recovery cafe',
  },
  {
    id: 'night-owls-crisis-sanctuary',
    name: 'Night Owls Crisis Sanctuary',
    town: 'Sheffield',
    theme: 'Crisis Café',
    query: 'night owls sanctuary',
  },
  {
    id: 'bumps-and-beyond-norwich',
    name: 'Bumps and Beyond Norwich',
    town: 'Norwich',
    theme: 'Perinatal Peer Support',
    query: 'bumps and beyond',
  },
  {
    id: 'seeing-visions-peer-circle-york',
    name: 'Seeing Visions Peer Circle York',
    town: 'York',
    theme: 'Hearing Voices Group',
    query: 'seeing visons circle york',
  },
  {
    id: 'silver-threads-befriending',
    name: 'Silver Threads Befriending',
    town: 'York',
    theme: 'Later Life Friendship Group',
    query: 'silver threds befriending',
  },
  {
    id: 'text-mates-self-harm-support',
    name: 'Text Mates Self-Harm Support',
    town: 'Leicester',
    theme: 'Self-Harm Peer Support',
    query: 'selfharm text mates',
  },
  {
    id: 'plymouth-suicidal-feelings-listening-circle',
    name: 'Plymouth Suicidal Feelings Listening Circle',
    town: 'Plymouth',
    theme: 'Suicidal Feelings Peer Support',
    query: 'suicdal feelings listening plymouth',
  },
  {
    id: 'kingfisher-carers-collective',
    name: 'Kingfisher Carers Collective',
    town: 'Exeter',
    theme: "Carers' Peer Support Group",
    query: 'kingfsher carers',
  },
  {
    id: 'sisters-in-mind-worthing',
    name: 'Sisters in Mind Worthing',
    town: 'Worthing',
    theme: "Women's Wellbeing Circle",
    query: 'sisters in mind worthing',
  },
  {
    id: 'deaf-minds-bsl-peer-group',
    name: 'Deaf Minds BSL Peer Group',
    town: 'Birmingham',
    theme: 'Deaf Peer Support Group',
    query: 'deaf minds sign language',
  },
];
