/** Word lists for names, places and descriptions of generated services. All made up. */

export const brands = [
  'Open Door',
  'Safe Harbour',
  'Lighthouse',
  'Stepping Stones',
  'Common Ground',
  'Haven',
  'Anchor',
  'Compass',
  'Kindred',
  'Oak Tree',
  'Willow',
  'Phoenix',
  'Bridges',
  'Pathways',
  'Horizons',
  'Lantern',
  'Beacon',
  'Threads',
  'Roots',
  'Meadow',
  'Sunflower',
  'Kingfisher',
  'Mosaic',
  'Open Minds',
  'Hopeful',
  'Evergreen',
  'Riverside',
  'Hilltop',
  'Shoreline',
  'Wayfinders',
  'Northern Star',
  'Bluebell',
  'Heron',
  'Ivy House',
  'Foxglove',
  'Cornerstone',
  'Patchwork',
  'Driftwood',
  'Blackbird',
  'Copper Beech',
  'Windmill',
  'Harbourside',
  'Orchard',
  'Seedlings',
  'Tidewater',
];

export const venues = [
  "St Mary's Church Hall",
  'Friends Meeting House',
  'Community Centre',
  'Central Library',
  'Wellbeing Hub',
  'Youth Centre',
  'Arts Centre',
  'Methodist Church Hall',
  'Neighbourhood Centre',
  'Recovery College',
  'Town Hall Annexe',
  'Quaker Meeting House',
  'Village Hall',
  'Resource Centre',
  'Family Centre',
  'Carers Centre',
  'The Old Fire Station',
  'Mind Centre',
];

export const streets = [
  'High Street',
  'Church Road',
  'Station Road',
  'Victoria Road',
  'Park Road',
  'London Road',
  'Queen Street',
  'North Street',
  'Mill Lane',
  'King Street',
  'Albert Road',
  'The Parade',
  'Market Place',
  'West Street',
  'Chapel Lane',
  'Green Lane',
];

export const welcome = [
  'Everyone who runs it has their own lived experience of mental distress.',
  'You do not need a referral or a diagnosis; just come along.',
  'Tea, coffee and biscuits are provided, and you can stay for as long or as little as you like.',
  'It is a confidential, non-judgemental space where people listen and share as equals.',
  'You can talk, or just listen: nobody has to share anything they do not want to.',
  'New people are always welcome, and someone will meet you at the door.',
  'We follow the principles of peer support: mutuality, hope, choice and solidarity.',
  'Sessions are informal and shaped by the people who come.',
  'Peer workers are trained and supervised, and have used mental health services themselves.',
  'We can help you find other support in the area, including crisis services if you need them.',
];

export const about = [
  'The group started when a few friends realised how much it helped to talk to people who had been there.',
  'It grew out of a local user-led project and is still run by and for the people who use it.',
  'It is part of a wider network of peer support across the county.',
  'Many people come for a few months and then go on to volunteer themselves.',
  'Some weeks there is a guest speaker or an activity, but mostly it is a chance to talk.',
  'It meets in an accessible room with a quiet space if things get too much.',
];

export const statusNotes = [
  'Paused while we look for a new venue.',
  'Taking a break over the summer; back soon.',
  'Paused until new volunteers are trained.',
];
export const closedNotes = ['Funding ended and the group has closed.', 'The group no longer meets.'];

export const languages = ['pl', 'ur', 'bn', 'pa', 'cy', 'so', 'ar', 'pt', 'ro', 'gu'];

/** Times a session tends to run, by the kind of service. */
export const sessionTimes = {
  day: [
    ['10:00', '12:00'],
    ['10:30', '12:30'],
    ['13:30', '15:30'],
    ['14:00', '16:00'],
    ['11:00', '13:00'],
  ],
  evening: [
    ['18:00', '20:00'],
    ['18:30', '20:30'],
    ['19:00', '21:00'],
    ['17:30', '19:30'],
  ],
  late: [
    ['18:00', '23:00'],
    ['17:00', '22:00'],
    ['20:00', '02:00'],
    ['22:00', '06:00'],
  ],
} as const;
