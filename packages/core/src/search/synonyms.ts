/**
 * Everyday words people type for a vocabulary term, beyond the term's label and the aliases a
 * data file may name it by (search honours those too). One list, reviewed as a whole: a word
 * here makes a search for it find every service with the term, so each must mean the term to
 * someone looking for help, not merely be near it. Keys are `group:id` of the filter groups.
 *
 * Reviewed 2026-12-04. Left out on purpose: "children" (most peer support is for adults, and
 * services for young people rarely take children), "bipolar" (not the same as psychosis),
 * "rainbow" (a common name of things that are not LGBTQ+ groups).
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'community:young-people': ['young', 'young person', 'youth', 'teen', 'teens', 'teenage', 'teenager', 'teenagers', 'adolescent', 'adolescents', 'student', 'under 18'],
  'community:older-people': ['older', 'elderly', 'pensioner', 'pensioners', 'retired', 'over 50', 'over 60'],
  'community:lgbtq': ['lgbt', 'lgbtq', 'lgbtqia', 'lgbtqi', 'gay', 'lesbian', 'bi', 'bisexual', 'queer', 'pride'],
  'community:trans-non-binary': ['trans', 'transgender', 'non binary', 'nonbinary', 'enby', 'genderqueer'],
  'community:women': ['woman', 'womens', 'ladies'],
  'community:men': ['man', 'mens', 'male'],
  'community:racialised-communities': ['bame', 'black', 'asian', 'ethnic', 'global majority', 'minority ethnic'],
  'community:carers': ['carer', 'caring for', 'looking after'],
  'community:parents': ['mum', 'mums', 'dad', 'dads', 'mother', 'father', 'parent', 'parenting'],
  'experience:hearing-voices': ['voices', 'voice', 'hear voices', 'voice hearer', 'voice hearers'],
  'experience:seeing-visions': ['visions', 'seeing things'],
  'experience:mental-distress': ['anxiety', 'anxious', 'depression', 'depressed', 'panic', 'stress', 'stressed', 'low mood', 'wellbeing'],
  'experience:suicidal-feelings': ['suicide', 'suicidal'],
  'experience:self-harm': ['self harm', 'selfharm', 'self injury', 'cutting'],
  'experience:psychosis': ['psychotic', 'schizophrenia', 'paranoia', 'paranoid'],
  'experience:eating-difficulties': ['eating', 'anorexia', 'bulimia', 'binge eating'],
  'experience:homelessness': ['homeless', 'rough sleeper', 'rough sleeping', 'sofa surfing'],
  'setting:crisis': ['crisis', 'crisis help', 'crisis support', 'crisis cafe', 'safe haven', 'sanctuary'],
  'transition:crisis': ['crisis', 'emergency', 'urgent'],
  'setting:homelessness': ['homeless', 'hostel'],
  'setting:inpatient': ['hospital', 'ward', 'inpatient', 'in patient'],
  'format:drop-in': ['drop in', 'dropin', 'walk in', 'no appointment'],
  'format:one-to-one': ['one to one', '1 to 1', 'individual', 'mentor', 'buddy'],
  'format:group': ['group', 'groups', 'meeting', 'meetup'],
  'format:online': ['online', 'zoom', 'video', 'virtual'],
  'format:phone': ['phone', 'telephone', 'helpline', 'call'],
  'format:text': ['text', 'chat', 'sms', 'whatsapp'],
  'format:creative': ['art', 'arts', 'creative', 'music', 'writing', 'crafts'],
  'provision:paid-peer-workers': ['peer worker', 'peer workers', 'peer support worker', 'peer support workers'],
  'provision:organised-volunteer': ['mentor', 'mentors', 'mentoring', 'buddy', 'befriending', 'befriender'],
  'cost:free': ['free', 'no cost'],
};
