/**
 * Hand-written word lists for the synthetic corpus: hard negatives (drugs, eponyms, shorthand,
 * specialties, words that are also names) and extra surrogate names, facility patterns and
 * relatives. Nothing here comes from real patients; the lists only widen what Faker provides.
 */

export const DRUGS = [
  'metoprolol', 'lisinopril', 'amlodipine', 'atorvastatin', 'furosemide', 'lasix', 'heparin', 'warfarin',
  'coumadin', 'eliquis', 'apixaban', 'insulin glargine', 'lantus', 'humalog', 'metformin', 'vancomycin',
  'vanco', 'zosyn', 'cefepime', 'ceftriaxone', 'levofloxacin', 'azithromycin', 'propofol', 'fentanyl',
  'versed', 'midazolam', 'precedex', 'levophed', 'norepinephrine', 'vasopressin', 'morphine', 'dilaudid',
  'oxycodone', 'tylenol', 'acetaminophen', 'ativan', 'haldol', 'seroquel', 'protonix', 'pantoprazole',
  'famotidine', 'zofran', 'ondansetron', 'albuterol', 'duonebs', 'prednisone', 'solumedrol', 'kcl',
  'potassium chloride', 'magnesium sulfate', 'aspirin', 'asa', 'plavix', 'clopidogrel', 'digoxin',
  'amiodarone', 'diltiazem', 'labetalol', 'hydralazine', 'nitroglycerin', 'ntg', 'keppra', 'dilantin',
  'gabapentin', 'sertraline', 'zoloft', 'lexapro', 'trazodone', 'senna', 'colace', 'miralax', 'lactulose',
  'rifaximin', 'tpn', 'd5w', 'ns', 'lr', 'bactrim', 'flagyl', 'cipro', 'augmentin', 'keflex', 'doxycycline',
  'enoxaparin', 'lovenox', 'tpa', 'alteplase', 'ketamine', 'narcan', 'naloxone', 'benadryl', 'xarelto',
  'entresto', 'jardiance', 'ozempic', 'semaglutide', 'levothyroxine', 'synthroid', 'allopurinol', 'tamsulosin',
  'flomax', 'finasteride', 'donepezil', 'aricept', 'sinemet', 'carbidopa-levodopa', 'methotrexate', 'humira',
];

export const EPONYMS = [
  "Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", 'Hodgkin lymphoma', "Hashimoto's thyroiditis",
  "Graves' disease", "Cushing's syndrome", "Addison's disease", 'Apgar 8/9', 'Glasgow Coma Scale 14',
  "Bell's palsy", 'Guillain-Barre syndrome', "Sjogren's", "Raynaud's", 'Wilms tumor', "Barrett's esophagus",
  'Foley catheter', 'Swan-Ganz catheter', 'Whipple procedure', 'Nissen fundoplication', "Murphy's sign",
  'Babinski negative', "Kernig's sign", 'Romberg positive', 'Homan sign', 'Allen test', 'Wells score 2',
  'Child-Pugh class B', 'MELD 18', 'Ranson criteria', 'Bishop score 6', 'Gleason 3+4', 'Breslow depth 1.2 mm',
  'Mallampati II', 'Killip class I', 'NYHA class III', 'Hartmann procedure', 'Roux-en-Y', 'Kussmaul breathing',
  'Cheyne-Stokes respirations', 'Trendelenburg', 'Valsalva', 'Heimlich', 'Tinel sign', 'Phalen test',
  'Lachman test', 'McMurray test', 'Down syndrome', 'Turner syndrome', 'Marfan syndrome', 'Lyme disease',
  'Epstein-Barr virus', 'Kaposi sarcoma', 'Ewing sarcoma', 'Burkitt lymphoma', 'Wernicke encephalopathy',
  'Korsakoff', 'Tourette', "Meniere's", 'Dupuytren contracture', "Osgood-Schlatter", 'Paget disease',
  'Wolff-Parkinson-White', 'Brugada pattern', 'Mobitz type II', 'Austin Flint murmur', 'Kerley B lines',
];

export const ABBREVS = [
  'PT', 'C/O', 'SOB', 'CP', 'N/V', 'NPO', 'PRN', 'BID', 'TID', 'QID', 'QHS', 'QD', 'PO', 'IV', 'IVF', 'IM', 'SQ',
  'SL', 'HOB', 'OOB', 'ABG', 'VBG', 'CXR', 'KUB', 'EKG', 'ECG', 'ECHO', 'TTE', 'TEE', 'CT', 'MRI', 'MRA',
  'US', 'LE', 'UE', 'RLE', 'LLE', 'RUQ', 'LUQ', 'RLQ', 'LLQ', 'CTA', 'CTAB', 'RRR', 'NSR', 'SR', 'ST', 'SB',
  'AFIB', 'AF', 'RVR', 'VT', 'VF', 'PEA', 'ROSC', 'CPR', 'ACLS', 'DNR', 'DNI', 'FULL CODE', 'CMO', 'HCP',
  'ETT', 'OGT', 'NGT', 'PEG', 'PICC', 'CVL', 'A-LINE', 'TLC', 'HD', 'CVVH', 'CRRT', 'UOP', 'I/O', 'LOS',
  'BM', 'FS', 'BS', 'BG', 'WBC', 'HGB', 'HCT', 'PLT', 'INR', 'PTT', 'BUN', 'CR', 'NA', 'K', 'CL', 'CO2',
  'LFTS', 'AST', 'ALT', 'TBILI', 'LIPASE', 'TROP', 'BNP', 'LACTATE', 'MAP', 'HR', 'RR', 'BP', 'SPO2', 'SAT',
  'FIO2', 'PEEP', 'TV', 'PS', 'CPAP', 'BIPAP', 'NC', 'NRB', 'RA', 'VENT', 'AC', 'SIMV', 'SBT', 'RSBI',
  'MS', 'A&OX3', 'A+OX3', 'PERRL', 'MAE', 'GCS', 'RASS', 'CAM-ICU', 'ICU', 'MICU', 'SICU', 'CCU', 'CVICU',
  'NICU', 'PACU', 'ED', 'ER', 'OR', 'IR', 'GI', 'ID', 'PCP', 'NP', 'PA', 'RN', 'MD', 'DO', 'LPN', 'CNA',
  'RT', 'OT', 'SLP', 'SW', 'CM', 'HTN', 'HLD', 'DM', 'DM2', 'CAD', 'CHF', 'HFREF', 'COPD', 'CKD', 'ESRD',
  'AKI', 'UTI', 'PNA', 'CAP', 'HAP', 'VAP', 'DVT', 'PE', 'CVA', 'TIA', 'SAH', 'SDH', 'ICH', 'MI', 'NSTEMI',
  'STEMI', 'GERD', 'BPH', 'OSA', 'ETOH', 'EtOH', 'IVDU', 'SUD', 'GSW', 'MVC', 'LOC', 'HA', 'F/U', 'W/U',
  'D/C', 'DC', 'S/P', 'H/O', 'HX', 'PMH', 'PSH', 'FH', 'SH', 'ROS', 'HPI', 'A/P', 'PE', 'VSS', 'AFEBRILE',
  'WNL', 'NAD', 'NKDA', 'TX', 'DX', 'RX', 'SX', 'FX', 'BX', 'ABX', 'WT', 'HT', 'BMI', 'KG', 'LBS', 'CC',
  'MEQ', 'MG', 'MCG', 'ML', 'UNITS', 'GTT', 'MMHG', 'L/MIN', 'PPM', 'Q4H', 'Q6H', 'Q2H', 'Q1H', 'X2', 'X3',
];

export const SPECIALTIES = [
  'cardiology', 'nephrology', 'neurology', 'neurosurgery', 'GI', 'ID', 'pulmonology', 'oncology',
  'hem/onc', 'palliative care', 'psychiatry', 'ortho', 'orthopedics', 'urology', 'general surgery',
  'ENT', 'ophthalmology', 'dermatology', 'endocrine', 'rheumatology', 'OB/GYN', 'PT/OT', 'social work',
  'case management', 'nutrition', 'wound care', 'pain service', 'the ICU team', 'the primary team',
  'night float', 'the covering resident', 'the on-call intern', 'anesthesia', 'radiology', 'IR', 'CT surgery',
];

export const SYMPTOMS = [
  'shortness of breath', 'chest pain', 'abdominal pain', 'nausea', 'vomiting', 'fever', 'chills', 'cough',
  'dizziness', 'syncope', 'palpitations', 'headache', 'confusion', 'weakness', 'fatigue', 'dysuria',
  'hematuria', 'melena', 'hematochezia', 'diarrhea', 'constipation', 'edema', 'rash', 'back pain',
  'SOB', 'CP', 'N/V', 'AMS', 'DOE', 'orthopnea', 'PND', 'hemoptysis', 'wheezing', 'agitation', 'falls',
];

export const DIAGNOSES = [
  'sepsis', 'septic shock', 'pneumonia', 'CHF exacerbation', 'COPD exacerbation', 'DKA', 'AKI on CKD',
  'NSTEMI', 'afib with RVR', 'GI bleed', 'cirrhosis', 'pancreatitis', 'cholecystitis', 'appendicitis',
  'SBO', 'PE', 'DVT', 'stroke', 'seizure', 'ETOH withdrawal', 'hyponatremia', 'hyperkalemia', 'UTI',
  'cellulitis', 'osteomyelitis', 'hip fracture', 'delirium', 'anemia', 'COVID-19', 'influenza A',
  'respiratory failure', 'metastatic breast cancer', 'lung adenocarcinoma', 'multiple sclerosis', 'lupus',
  'type 2 diabetes', 'hypertension', 'MS flare', 'atrial fibrillation', 'aortic stenosis', 'HFpEF',
];

export const PROCEDURES = [
  'intubated', 'extubated', 'central line placed', 'a-line placed', 'bronchoscopy', 'EGD', 'colonoscopy',
  'paracentesis', 'thoracentesis', 'lumbar puncture', 'cardiac cath', 'PCI to LAD', 'CABG x3', 'TAVR',
  'ORIF', 'lap chole', 'ex lap', 'HD catheter placed', 'PEG placement', 'trach', 'chest tube placed',
  'cardioversion', 'TEE', 'biopsy', 'CT head', 'CTA chest', 'MRI brain', 'RUQ US', 'LENIs', 'echo',
];

/** Words that are also given names or surnames; used as ordinary words (hard negatives). */
export const NAME_LIKE_WORDS = [
  'may', 'will', 'mark', 'bill', 'hope', 'grace', 'frank', 'rose', 'faith', 'joy', 'sterling', 'young',
  'long', 'white', 'brown', 'green', 'black', 'gray', 'hill', 'ford', 'bush', 'cook', 'baker', 'hunter',
  'rich', 'dean', 'earnest', 'june', 'april', 'august', 'summer', 'bishop', 'church', 'king', 'page',
  'price', 'rice', 'stone', 'wells', 'banks', 'chase', 'miles', 'lane', 'max', 'art', 'sage', 'iris',
];

export const NEG_PHRASES = [
  'pt may need {drug} if BP remains elevated', 'will mark site prior to OR', 'bill to insurance pending auth',
  'hope to wean vent today', 'grace period for PA auth', 'frank blood per rectum', 'rose to 38.9 overnight',
  'long discussion with family', 'white count trending down', 'young adult with no PMH', 'black tarry stools',
  'green sputum', 'gray discoloration of toes', 'miles walked 0.5 with PT', 'stone seen on CT',
  'wells score low', 'bishop score favorable', 'max temp 38.4', 'art line dampened', 'chase K with repletion',
  'page covering MD if MAP < 65', 'rice-water stools', 'earnest effort with IS', 'king-size bed for bariatric pt',
];

export const RELATIVES = [
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew',
  'granddaughter', 'grandson', 'partner', 'fiance', 'aunt', 'uncle', 'cousin', 'friend', 'neighbor', 'HCP',
  'POA', 'guardian', 'caregiver', 'stepdaughter', 'son-in-law', 'daughter-in-law',
];

export const NICKNAMES = [
  'Bobby', 'Billy', 'Jimmy', 'Johnny', 'Tommy', 'Danny', 'Mikey', 'Liz', 'Beth', 'Kate', 'Katie', 'Peggy',
  'Maggie', 'Sue', 'Susie', 'Patty', 'Debbie', 'Cindy', 'Sandy', 'Terry', 'Chuck', 'Hank', 'Ted', 'Ned',
  'Rick', 'Rob', 'Bob', 'Dick', 'Bill', 'Will', 'Tony', 'Vinny', 'Sal', 'Gus', 'Manny', 'Lupe', 'Chepe',
  'Nana', 'Gigi', 'Bubba', 'Sonny', 'Junior', 'Babs', 'Dot', 'Midge', 'Trish', 'Jojo', 'Raj', 'Sunny',
];

export const EXTRA_FIRST = [
  'Aaliyah', 'Adebayo', 'Ahmed', 'Aiko', 'Alejandro', 'Amara', 'Anh', 'Ananya', 'Arjun', 'Ayesha',
  'Bao', 'Chidi', 'Chen', 'Deepika', 'Dmitri', 'Eun-ji', 'Fatima', 'Guadalupe', 'Hiroshi', 'Ifeoma',
  'Imani', 'Jamal', 'Jia', 'Kwame', 'Lakshmi', 'Laszlo', 'Mariana', 'Mei', 'Mohammed', 'Nkechi', 'Olga',
  'Oluwaseun', 'Priya', 'Quang', 'Rafael', 'Rohan', 'Saanvi', 'Siobhan', 'Tariq', 'Thanh', 'Ximena',
  'Yusuf', 'Zainab', 'Zhang', 'Wei', 'Svetlana', 'Bartholomew', 'Precious', 'Destiny', 'Hope', 'Grace',
  'May', 'Faith', 'Mark', 'Will', 'Rose', 'Frank', 'June', 'April', 'Joy', 'Dean', 'Sterling',
];

export const EXTRA_LAST = [
  "O'Neil", "O'Neil-Garcia", "O'Brien", "D'Angelo", 'McAllister', 'MacDonald', 'Van der Berg', 'De la Cruz',
  'Nguyen', 'Tran', 'Pham', 'Patel', 'Shah', 'Reddy', 'Venkataraman', 'Okafor', 'Adeyemi', 'Mensah',
  'Kowalski', 'Wisniewski', 'Nakamura', 'Takahashi', 'Kim', 'Park', 'Choi', 'Gonzalez-Ruiz', 'Hernandez',
  'Morales', 'Castillo', 'Abdullah', 'Haddad', 'Khoury', 'Cohen', 'Goldberg', 'Schwartz', 'Ivanov',
  'Petrov', 'Papadopoulos', 'Rossi', 'Bianchi', 'Dubois', 'Lefebvre', 'Muller', 'Schmidt', 'Ng', 'Li',
  'Wu', 'Xu', 'Smith-Jones', 'Parkinson', 'Crohn', 'Graves', 'Bell', 'Foley', 'Hodgkin', 'Wells',
  'Young', 'White', 'Long', 'Hill', 'King', 'Price', 'Stone', 'Banks', 'Mark', 'May', 'Ford', 'Cook',
];

export const FACILITY_SUFFIX = [
  'Hospital', 'Medical Center', 'Med Ctr', 'MC', 'General Hospital', 'Regional Medical Center',
  'Memorial Hospital', 'Community Hospital', 'Health', 'Health System', 'Clinic', 'Family Practice',
  'Urgent Care', 'Rehab', 'Rehabilitation Center', 'Nursing Home', 'Nursing and Rehab', 'Skilled Nursing Facility',
  'Manor', 'Care Center', 'Hospice', 'Surgical Center', 'Cancer Center', "Children's Hospital", 'HOSP',
  'Infirmary', 'Dialysis Center', 'Behavioral Health', 'Health Center', 'VA Medical Center', 'Pavilion',
];

export const FACILITY_PREFIX = [
  'St.', 'Saint', 'Mount', 'Mt.', 'Good Samaritan', 'Sacred Heart', 'Mercy', 'Methodist', 'Baptist',
  'Presbyterian', 'Providence', 'Kaiser', 'Beth Israel', 'Holy Cross', 'Lutheran', 'Northside', 'Lakeview',
  'Riverside', 'Cedar Crest', 'Oak Hill', 'Pine Ridge', 'Sunrise', 'Willow Creek', 'Maple Grove',
  'Quartermain', 'Calvert', 'Fairview', 'Brookdale', 'Meadowbrook', 'Greenfield', 'Harborview', 'Valley',
];

export const UNITS = [
  'MICU', 'SICU', 'CCU', '5 West', '7 North', '4E', 'step-down', 'tele', 'the floor', 'ED', 'PACU', 'L&D',
  'med-surg', 'BMT unit', 'neuro ICU', 'burn unit', 'obs unit', 'pod B', 'bay 3',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'MON', 'TUES', 'WED', 'THURS', 'FRI', 'SAT', 'SUN'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
