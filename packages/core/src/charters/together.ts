import type { Charter, CharterSummary } from './schema.js';

/**
 * Together for Mental Wellbeing's Peer Support Charter: its definition of peer support and its
 * 13 numbered principles, quoted word for word from the charter. Tests compare them with that
 * document. The charter gives no year, so none is stated here.
 */
export const togetherSummary = {
  id: 'together',
  title: 'Peer Support Charter',
} satisfies CharterSummary;

export const together: Charter = {
  ...togetherSummary,
  publisher: 'Together for Mental Wellbeing',
  publisherUrl: 'https://www.together-uk.org',
  definition:
    'People with experience of mental distress supporting each other towards better wellbeing, as people of equal value and on a reciprocal basis, using their own lived experience as a tool for support.',
  source: {
    title: 'Peer Support Charter',
    author: 'Together for Mental Wellbeing',
  },
  principles: [
    {
      id: 'safety-and-trust',
      number: 1,
      name: 'Safety and trust',
      text: 'Peer support is founded on trust between peers and ensures that the relationship is safe for both people. Safety and trust should be discussed at the start of the peer support relationship and it is acknowledged that, for some people, it can take time to do this and develop a positive relationship that both people benefit from. Clear communication between both people is important and this includes agreeing personal boundaries and limitations on confidentiality.',
    },
    {
      id: 'being-yourself',
      number: 2,
      name: 'Being yourself',
      text: 'Peer supporters and those that they support are encouraged to be themselves and everything that makes them unique. This helps enhance individual wellbeing. However, some people may not know who they are, lack confidence, self esteem and fear losing their identity and this must be respected by their peers. It is important for people to know and communicate their personal limitations whilst being themselves.',
    },
    {
      id: 'hopefulness',
      number: 3,
      name: 'Hopefulness',
      text: 'Peer support provides hope and inspiration, even when it seems that all hope is lost. Peer Supporters are living evidence that everybody can recover and live meaningful lives on their own terms.',
    },
    {
      id: 'mutuality',
      number: 4,
      name: 'Mutuality',
      text: 'Peer support is about both giving and receiving support. Peer Supporters are trained, supported and supervised to actively use their lived experience of distress to support their peers. Many may continue to experience mental distress and we appreciate that this means receiving peer support as well as giving it to others. Peer Supporters need to be in touch with their experiences and what works for them in order to share that with their peers.',
    },
    {
      id: 'solidarity',
      number: 5,
      name: 'Solidarity',
      text: 'Peer support is based on shared experience and we match people based on this. For some, it may be important that they have similar experiences of distress such as hearing voices, seeing visions, feeling unable to cope with life or the need to harm yourself. For others, it may also be important to have additional connections with people based on age, sexuality, culture, faith or disability. We match people based on their preferences to ensure that the peer support relationship enables a feeling of solidarity and mutuality.',
    },
    {
      id: 'reducing-stigma',
      number: 6,
      name: 'Reducing stigma',
      text: 'Peer support helps reduce stigma and enables people to be people and be seen as people, not as a mental health diagnosis or label. Peer Supporters are proud that they have survived and learnt from their experiences of distress and are respected by others for using it positively. This helps reduce discrimination against people with mental health issues.',
    },
    {
      id: 'person-centred-goals',
      number: 7,
      name: 'Person-centred goals',
      text: 'Peer Supporters and those they support have a shared responsibility to achieve identified goals. These are always led by the person being supported and people work together to identify the steps required to make their goals a reality. Working together is key to peer support.',
    },
    {
      id: 'equality-and-empowerment',
      number: 8,
      name: 'Equality and empowerment',
      text: 'Peer support encourages people to make the most of their lives and talents whilst recognising that people who experience mental distress often face disadvantages in some areas of life. Peer Supporters actively empower those that they support to do this.',
    },
    {
      id: 'independence',
      number: 9,
      name: 'Independence',
      text: 'Peer support encourages interdependence between peers for a mutually agreed period of time, aiming towards individual independence in the future. However, the nature and length of the relationship is mutually agreed by both people, although may have some restrictions based on external factors.',
    },
    {
      id: 'strengths-and-potential',
      number: 10,
      name: 'Strengths and potential',
      text: 'Peer support focuses on individual strengths, talents, expertise, experience and potential. Peer Supporters help those they support to identify these if required and use them to achieve their own goals.',
    },
    {
      id: 'moving-on',
      number: 11,
      name: 'Moving on',
      text: 'Being a Peer Supporter is not an end in itself, but a temporary role in achieving your own goals and aspirations. Peer Supporters benefit from developing or re-developing a broad range of skills that can be used in many other settings, including education and employment. The length of time people offer their time and expertise is led by each Peer Supporter.',
    },
    {
      id: 'companionship',
      number: 12,
      name: 'Companionship',
      text: 'Peer support is a way of providing companionship when people need it. Peers walk the same road together, helping each other along the way to become valued members of the community. In addition, some people may particularly value reliability and time management, which is important for peers to acknowledge and respect throughout their relationship.',
    },
    {
      id: 'choice',
      number: 13,
      name: 'Choice',
      text: 'Choice is vital for peer support to be service user led. It is important that people can choose whether or not to use peer support. When somebody chooses to use peer support, they should choose how the peer support works, including choosing which Peer Supporter they work with, what areas of life they focus the support on, how their Peer Supporter works with them, and where, when, for how long and how often they are supported by a Peer Supporter.',
    },
  ],
};
