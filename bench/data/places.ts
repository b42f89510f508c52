/**
 * Regions, counties and towns of England with approximate centres and postcode areas, for the
 * generated directories. Real place names and rough coordinates; everything else is made up.
 */
export interface Town {
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
  /** Postcode area letters, like `BN`. */
  readonly postcode: string;
}

export interface County {
  readonly name: string;
  readonly towns: readonly Town[];
}

export interface Region {
  readonly name: string;
  readonly counties: readonly County[];
}

const t = (name: string, lat: number, lng: number, postcode: string): Town => ({ name, lat, lng, postcode });

export const regions: readonly Region[] = [
  {
    name: 'South East',
    counties: [
      {
        name: 'East Sussex',
        towns: [
          t('Brighton', 50.8225, -0.1372, 'BN'),
          t('Hove', 50.8279, -0.1688, 'BN'),
          t('Hastings', 50.8543, 0.5735, 'TN'),
          t('Eastbourne', 50.7684, 0.2905, 'BN'),
          t('Lewes', 50.8739, 0.0088, 'BN'),
        ],
      },
      {
        name: 'West Sussex',
        towns: [
          t('Worthing', 50.8179, -0.3729, 'BN'),
          t('Crawley', 51.1092, -0.1872, 'RH'),
          t('Chichester', 50.8376, -0.7749, 'PO'),
          t('Horsham', 51.0629, -0.3259, 'RH'),
          t('Bognor Regis', 50.7825, -0.6731, 'PO'),
        ],
      },
      {
        name: 'Kent',
        towns: [
          t('Canterbury', 51.2802, 1.0789, 'CT'),
          t('Maidstone', 51.2704, 0.5227, 'ME'),
          t('Margate', 51.3813, 1.3862, 'CT'),
          t('Folkestone', 51.0814, 1.1695, 'CT'),
        ],
      },
      { name: 'Surrey', towns: [t('Guildford', 51.2362, -0.5704, 'GU'), t('Woking', 51.3169, -0.56, 'GU')] },
      {
        name: 'Hampshire',
        towns: [t('Southampton', 50.9097, -1.4044, 'SO'), t('Portsmouth', 50.8198, -1.088, 'PO'), t('Winchester', 51.0632, -1.308, 'SO')],
      },
      { name: 'Oxfordshire', towns: [t('Oxford', 51.752, -1.2577, 'OX'), t('Banbury', 52.0629, -1.3398, 'OX')] },
    ],
  },
  {
    name: 'London',
    counties: [
      {
        name: 'Greater London',
        towns: [
          t('Camden', 51.529, -0.1255, 'NW'),
          t('Hackney', 51.545, -0.0553, 'E'),
          t('Lambeth', 51.4607, -0.1163, 'SE'),
          t('Croydon', 51.3762, -0.0982, 'CR'),
          t('Lewisham', 51.4452, -0.0209, 'SE'),
          t('Tower Hamlets', 51.5099, -0.0059, 'E'),
          t('Haringey', 51.5906, -0.111, 'N'),
          t('Brent', 51.5588, -0.2817, 'NW'),
          t('Islington', 51.5416, -0.1022, 'N'),
          t('Southwark', 51.5028, -0.0877, 'SE'),
          t('Newham', 51.5255, 0.0352, 'E'),
          t('Ealing', 51.513, -0.3089, 'W'),
        ],
      },
    ],
  },
  {
    name: 'East of England',
    counties: [
      {
        name: 'Norfolk',
        towns: [t('Norwich', 52.6309, 1.2974, 'NR'), t("King's Lynn", 52.7517, 0.4022, 'PE'), t('Great Yarmouth', 52.6083, 1.7305, 'NR')],
      },
      {
        name: 'Suffolk',
        towns: [t('Ipswich', 52.0567, 1.1482, 'IP'), t('Bury St Edmunds', 52.2429, 0.7105, 'IP'), t('Lowestoft', 52.4811, 1.7534, 'NR')],
      },
      { name: 'Cambridgeshire', towns: [t('Cambridge', 52.2053, 0.1218, 'CB'), t('Peterborough', 52.5695, -0.2405, 'PE')] },
      {
        name: 'Essex',
        towns: [
          t('Colchester', 51.8959, 0.8919, 'CO'),
          t('Chelmsford', 51.7356, 0.4685, 'CM'),
          t('Southend-on-Sea', 51.5459, 0.7077, 'SS'),
          t('Basildon', 51.5761, 0.4886, 'SS'),
        ],
      },
      {
        name: 'Hertfordshire',
        towns: [t('St Albans', 51.7527, -0.3394, 'AL'), t('Stevenage', 51.9038, -0.1966, 'SG'), t('Watford', 51.6565, -0.3903, 'WD')],
      },
    ],
  },
  {
    name: 'South West',
    counties: [
      { name: 'City of Bristol', towns: [t('Bristol', 51.4545, -2.5879, 'BS')] },
      {
        name: 'Devon',
        towns: [
          t('Exeter', 50.7184, -3.5339, 'EX'),
          t('Plymouth', 50.3755, -4.1427, 'PL'),
          t('Torquay', 50.4619, -3.5253, 'TQ'),
          t('Barnstaple', 51.0803, -4.0589, 'EX'),
        ],
      },
      {
        name: 'Cornwall',
        towns: [t('Truro', 50.2632, -5.051, 'TR'), t('Penzance', 50.1186, -5.5371, 'TR'), t('Bodmin', 50.4715, -4.7243, 'PL')],
      },
      {
        name: 'Somerset',
        towns: [t('Bath', 51.3811, -2.359, 'BA'), t('Taunton', 51.0149, -3.1029, 'TA'), t('Yeovil', 50.9421, -2.6335, 'BA')],
      },
      {
        name: 'Dorset',
        towns: [t('Bournemouth', 50.7192, -1.8808, 'BH'), t('Dorchester', 50.7154, -2.4367, 'DT'), t('Weymouth', 50.6144, -2.4576, 'DT')],
      },
      {
        name: 'Gloucestershire',
        towns: [t('Gloucester', 51.8642, -2.2382, 'GL'), t('Cheltenham', 51.8994, -2.0783, 'GL'), t('Stroud', 51.7457, -2.2178, 'GL')],
      },
      { name: 'Wiltshire', towns: [t('Swindon', 51.5558, -1.7797, 'SN'), t('Salisbury', 51.0688, -1.7945, 'SP')] },
    ],
  },
  {
    name: 'West Midlands',
    counties: [
      {
        name: 'Birmingham and the Black Country',
        towns: [
          t('Birmingham', 52.4862, -1.8904, 'B'),
          t('Wolverhampton', 52.5862, -2.1288, 'WV'),
          t('Walsall', 52.5862, -1.9829, 'WS'),
          t('Dudley', 52.5087, -2.0877, 'DY'),
          t('Coventry', 52.4068, -1.5197, 'CV'),
        ],
      },
      {
        name: 'Staffordshire',
        towns: [
          t('Stoke-on-Trent', 53.0027, -2.1794, 'ST'),
          t('Stafford', 52.8067, -2.1207, 'ST'),
          t('Burton upon Trent', 52.8019, -1.6367, 'DE'),
        ],
      },
      { name: 'Worcestershire', towns: [t('Worcester', 52.1936, -2.2216, 'WR'), t('Redditch', 52.3061, -1.9456, 'B')] },
      { name: 'Shropshire', towns: [t('Shrewsbury', 52.7073, -2.7553, 'SY'), t('Telford', 52.6766, -2.4469, 'TF')] },
      { name: 'Herefordshire', towns: [t('Hereford', 52.0565, -2.716, 'HR')] },
    ],
  },
  {
    name: 'East Midlands',
    counties: [
      {
        name: 'Nottinghamshire',
        towns: [t('Nottingham', 52.9548, -1.1581, 'NG'), t('Mansfield', 53.1472, -1.1987, 'NG'), t('Newark', 53.0762, -0.8103, 'NG')],
      },
      { name: 'Leicestershire', towns: [t('Leicester', 52.6369, -1.1398, 'LE'), t('Loughborough', 52.7721, -1.2062, 'LE')] },
      {
        name: 'Derbyshire',
        towns: [t('Derby', 52.9225, -1.4746, 'DE'), t('Chesterfield', 53.235, -1.421, 'S'), t('Buxton', 53.2591, -1.9145, 'SK')],
      },
      {
        name: 'Lincolnshire',
        towns: [t('Lincoln', 53.2307, -0.5406, 'LN'), t('Boston', 52.9789, -0.0266, 'PE'), t('Grimsby', 53.5675, -0.0802, 'DN')],
      },
      { name: 'Northamptonshire', towns: [t('Northampton', 52.2405, -0.9027, 'NN'), t('Kettering', 52.3986, -0.7266, 'NN')] },
    ],
  },
  {
    name: 'Yorkshire and the Humber',
    counties: [
      {
        name: 'West Yorkshire',
        towns: [
          t('Leeds', 53.8008, -1.5491, 'LS'),
          t('Bradford', 53.796, -1.7594, 'BD'),
          t('Huddersfield', 53.6458, -1.785, 'HD'),
          t('Wakefield', 53.683, -1.4977, 'WF'),
          t('Halifax', 53.7248, -1.8658, 'HX'),
        ],
      },
      {
        name: 'South Yorkshire',
        towns: [
          t('Sheffield', 53.3811, -1.4701, 'S'),
          t('Doncaster', 53.5228, -1.1285, 'DN'),
          t('Barnsley', 53.5526, -1.4797, 'S'),
          t('Rotherham', 53.4326, -1.3635, 'S'),
        ],
      },
      {
        name: 'North Yorkshire',
        towns: [t('York', 53.96, -1.0873, 'YO'), t('Scarborough', 54.2831, -0.3998, 'YO'), t('Harrogate', 53.9921, -1.5418, 'HG')],
      },
      { name: 'East Riding of Yorkshire', towns: [t('Hull', 53.7676, -0.3274, 'HU'), t('Beverley', 53.8417, -0.4338, 'HU')] },
    ],
  },
  {
    name: 'North West',
    counties: [
      {
        name: 'Greater Manchester',
        towns: [
          t('Manchester', 53.4808, -2.2426, 'M'),
          t('Salford', 53.4875, -2.2901, 'M'),
          t('Bolton', 53.5769, -2.4282, 'BL'),
          t('Stockport', 53.4106, -2.1575, 'SK'),
          t('Wigan', 53.545, -2.6325, 'WN'),
          t('Oldham', 53.5409, -2.1114, 'OL'),
          t('Rochdale', 53.6097, -2.156, 'OL'),
        ],
      },
      {
        name: 'Merseyside',
        towns: [
          t('Liverpool', 53.4084, -2.9916, 'L'),
          t('Birkenhead', 53.3934, -3.0148, 'CH'),
          t('St Helens', 53.4539, -2.7375, 'WA'),
          t('Southport', 53.6458, -3.0101, 'PR'),
        ],
      },
      {
        name: 'Lancashire',
        towns: [
          t('Preston', 53.7632, -2.7031, 'PR'),
          t('Blackpool', 53.8175, -3.0357, 'FY'),
          t('Lancaster', 54.0466, -2.8007, 'LA'),
          t('Blackburn', 53.7486, -2.4875, 'BB'),
          t('Burnley', 53.789, -2.248, 'BB'),
        ],
      },
      {
        name: 'Cumbria',
        towns: [t('Carlisle', 54.8925, -2.9329, 'CA'), t('Kendal', 54.328, -2.7463, 'LA'), t('Barrow-in-Furness', 54.1109, -3.2262, 'LA')],
      },
      {
        name: 'Cheshire',
        towns: [t('Chester', 53.1934, -2.8931, 'CH'), t('Warrington', 53.39, -2.597, 'WA'), t('Crewe', 53.0979, -2.4416, 'CW')],
      },
    ],
  },
  {
    name: 'North East',
    counties: [
      {
        name: 'Tyne and Wear',
        towns: [
          t('Newcastle upon Tyne', 54.9783, -1.6178, 'NE'),
          t('Sunderland', 54.9069, -1.3838, 'SR'),
          t('Gateshead', 54.9527, -1.6034, 'NE'),
          t('South Shields', 54.9986, -1.4323, 'NE'),
        ],
      },
      {
        name: 'County Durham',
        towns: [t('Durham', 54.7761, -1.5733, 'DH'), t('Darlington', 54.5236, -1.5595, 'DL'), t('Bishop Auckland', 54.6636, -1.6761, 'DL')],
      },
      {
        name: 'Teesside',
        towns: [
          t('Middlesbrough', 54.5742, -1.235, 'TS'),
          t('Hartlepool', 54.6863, -1.2129, 'TS'),
          t('Stockton-on-Tees', 54.5705, -1.3187, 'TS'),
        ],
      },
      {
        name: 'Northumberland',
        towns: [t('Hexham', 54.9711, -2.1011, 'NE'), t('Blyth', 55.127, -1.5101, 'NE'), t('Alnwick', 55.4134, -1.7063, 'NE')],
      },
    ],
  },
];
