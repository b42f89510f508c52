/**
 * Everyday words people type for a vocabulary term, beyond the term's label and the aliases a
 * data file may name it by (`vocabularies.ts`; search honours those too, and a test fails if a
 * word here repeats one of them, so each word is in one place). One list, reviewed as a whole: a word
 * here makes a search for it find every service with the term, so each must mean the term to
 * someone looking for help, not merely be near it. Keys are `group:id` of the filter groups.
 *
 * Reviewed 2026-12-04. Left out on purpose: "children" (most peer support is for adults, and
 * services for young people rarely take children), "bipolar" (not the same as psychosis),
 * "rainbow" (a common name of things that are not LGBTQ+ groups).
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'community:young-people': ['young', 'young person', 'teen', 'teenage', 'teenager', 'adolescent', 'adolescents', 'student', 'under 18'],
  'community:older-people': ['older', 'pensioner', 'pensioners', 'retired', 'over 50', 'over 60'],
  'community:lgbtq': ['lgbtqi', 'bi', 'pride'],
  'community:trans-non-binary': ['non binary', 'enby', 'genderqueer'],
  'community:women': ['woman', 'womens', 'ladies'],
  'community:men': ['man', 'mens'],
  'community:racialised-communities': ['ethnic', 'minority ethnic'],
  'community:carers': ['caring for', 'looking after'],
  'community:parents': ['mum', 'dad', 'mother', 'father', 'parenting'],
  'experience:hearing-voices': ['voice', 'hear voices', 'voice hearer', 'voice hearers'],
  'experience:mental-distress': ['anxious', 'depressed', 'panic', 'stressed', 'wellbeing'],
  'experience:self-harm': ['self injury'],
  'experience:psychosis': ['paranoid'],
  'experience:eating-difficulties': ['eating', 'anorexia', 'bulimia', 'binge eating'],
  'experience:homelessness': ['rough sleeper', 'sofa surfing'],
  'setting:crisis': ['crisis', 'crisis help', 'crisis support', 'crisis cafe', 'safe haven', 'sanctuary'],
  'setting:inpatient': ['inpatient', 'in patient'],
  'format:drop-in': ['dropin'],
  'format:one-to-one': ['1 to 1', 'mentor', 'buddy'],
  'format:group': ['meeting', 'meetup'],
  'format:text': ['text', 'whatsapp'],
  'format:creative': ['creative', 'crafts'],
  'provision:paid-peer-workers': ['peer support workers'],
  'provision:organised-volunteer': ['mentors', 'befriender'],
};
