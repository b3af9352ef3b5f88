/**
 * A small, realistic catalogue for development (`npm run seed:medical`): common essential medicines and
 * consumables, outpatient and inpatient services across every category (one package), a few ICD-10
 * chapters, and a national items and a national services price list. Prices are illustrative, in the scheme's currency.
 */
export interface SeedItem {
  code: string;
  name: string;
  type: 'D' | 'M';
  package: string;
  price: string;
  careType: 'I' | 'O' | 'B';
  frequency?: number;
  patientCategory?: number;
}

export interface SeedService {
  code: string;
  name: string;
  type: 'P' | 'C';
  level: 'S' | 'V' | 'D' | 'H';
  category: 'S' | 'D' | 'A' | 'H' | 'C' | 'O' | 'V';
  price: string;
  careType: 'I' | 'O' | 'B';
  frequency?: number;
  patientCategory?: number;
}

export const seedItems: SeedItem[] = [
  { code: 'AMX250', name: 'Amoxicillin 250 mg capsule', type: 'D', package: 'strip of 10', price: '4.50', careType: 'B' },
  { code: 'AMX500', name: 'Amoxicillin 500 mg capsule', type: 'D', package: 'strip of 10', price: '7.00', careType: 'B' },
  { code: 'AMXSYR', name: 'Amoxicillin 125 mg/5 ml oral suspension', type: 'D', package: 'bottle 100 ml', price: '65.00', careType: 'B', patientCategory: 8 },
  { code: 'PCM500', name: 'Paracetamol 500 mg tablet', type: 'D', package: 'strip of 10', price: '1.20', careType: 'B' },
  { code: 'PCMSYR', name: 'Paracetamol 120 mg/5 ml syrup', type: 'D', package: 'bottle 60 ml', price: '35.00', careType: 'B', patientCategory: 8 },
  { code: 'IBU400', name: 'Ibuprofen 400 mg tablet', type: 'D', package: 'strip of 10', price: '2.10', careType: 'B' },
  { code: 'MTZ400', name: 'Metronidazole 400 mg tablet', type: 'D', package: 'strip of 10', price: '2.80', careType: 'B' },
  { code: 'CTX480', name: 'Cotrimoxazole 480 mg tablet', type: 'D', package: 'strip of 10', price: '2.40', careType: 'B' },
  { code: 'CIP500', name: 'Ciprofloxacin 500 mg tablet', type: 'D', package: 'strip of 10', price: '5.50', careType: 'B', patientCategory: 4 },
  { code: 'DOX100', name: 'Doxycycline 100 mg capsule', type: 'D', package: 'strip of 10', price: '3.60', careType: 'B', patientCategory: 4 },
  { code: 'ORS001', name: 'Oral rehydration salts, sachet for 1 l', type: 'D', package: 'sachet', price: '12.00', careType: 'B' },
  { code: 'ZNC020', name: 'Zinc sulfate 20 mg dispersible tablet', type: 'D', package: 'strip of 10', price: '1.50', careType: 'B', patientCategory: 8 },
  { code: 'ALU120', name: 'Artemether 20 mg + lumefantrine 120 mg tablet', type: 'D', package: 'pack of 24', price: '180.00', careType: 'B' },
  { code: 'FEF200', name: 'Ferrous salt + folic acid tablet', type: 'D', package: 'strip of 30', price: '0.80', careType: 'B', patientCategory: 2 },
  { code: 'MET500', name: 'Metformin 500 mg tablet', type: 'D', package: 'strip of 10', price: '1.90', careType: 'O', patientCategory: 4 },
  { code: 'AML005', name: 'Amlodipine 5 mg tablet', type: 'D', package: 'strip of 10', price: '2.20', careType: 'O', patientCategory: 4 },
  { code: 'SAL100', name: 'Salbutamol 100 mcg inhaler', type: 'D', package: '200 doses', price: '240.00', careType: 'B', frequency: 30 },
  { code: 'OXY010', name: 'Oxytocin 10 IU/ml injection', type: 'D', package: 'ampoule 1 ml', price: '28.00', careType: 'I', patientCategory: 6 },
  { code: 'MGS500', name: 'Magnesium sulfate 500 mg/ml injection', type: 'D', package: 'ampoule 10 ml', price: '45.00', careType: 'I', patientCategory: 6 },
  { code: 'CFX1GM', name: 'Ceftriaxone 1 g powder for injection', type: 'D', package: 'vial', price: '95.00', careType: 'I' },
  { code: 'GEN080', name: 'Gentamicin 40 mg/ml injection', type: 'D', package: 'ampoule 2 ml', price: '18.00', careType: 'I' },
  { code: 'RLS500', name: 'Ringer lactate solution', type: 'D', package: 'bag 500 ml', price: '85.00', careType: 'I' },
  { code: 'NSS500', name: 'Sodium chloride 0.9 % solution', type: 'D', package: 'bag 500 ml', price: '75.00', careType: 'I' },
  { code: 'LID020', name: 'Lidocaine 2 % injection', type: 'D', package: 'vial 30 ml', price: '60.00', careType: 'B' },
  { code: 'SYR005', name: 'Syringe 5 ml with needle, single use', type: 'M', package: 'piece', price: '6.00', careType: 'B' },
  { code: 'IVC020', name: 'IV cannula 20 G', type: 'M', package: 'piece', price: '22.00', careType: 'I' },
  { code: 'GLV007', name: 'Surgical gloves, sterile, size 7', type: 'M', package: 'pair', price: '18.00', careType: 'B' },
  { code: 'GAU010', name: 'Gauze roll 10 cm', type: 'M', package: 'roll', price: '30.00', careType: 'B' },
  { code: 'SUT030', name: 'Absorbable suture 3-0 with needle', type: 'M', package: 'piece', price: '110.00', careType: 'B' },
  { code: 'MRD001', name: 'Malaria rapid diagnostic test', type: 'M', package: 'test', price: '55.00', careType: 'B' },
];

export const seedServices: SeedService[] = [
  { code: 'OPD01', name: 'General outpatient consultation', type: 'C', level: 'V', category: 'C', price: '150.00', careType: 'O' },
  { code: 'OPD02', name: 'Specialist outpatient consultation', type: 'C', level: 'V', category: 'C', price: '400.00', careType: 'O' },
  { code: 'EMR01', name: 'Emergency consultation', type: 'C', level: 'V', category: 'C', price: '300.00', careType: 'B' },
  { code: 'FUP01', name: 'Follow-up visit', type: 'C', level: 'V', category: 'V', price: '80.00', careType: 'O' },
  { code: 'ANC01', name: 'Antenatal care visit', type: 'P', level: 'V', category: 'A', price: '200.00', careType: 'O', patientCategory: 2, frequency: 28 },
  { code: 'PNC01', name: 'Postnatal care visit', type: 'P', level: 'V', category: 'O', price: '150.00', careType: 'O', patientCategory: 2 },
  { code: 'DEL01', name: 'Normal delivery', type: 'C', level: 'H', category: 'D', price: '3000.00', careType: 'I', patientCategory: 2 },
  { code: 'DEL02', name: 'Caesarean section', type: 'C', level: 'H', category: 'S', price: '18000.00', careType: 'I', patientCategory: 2 },
  { code: 'SUR01', name: 'Minor surgery (incision and drainage)', type: 'C', level: 'S', category: 'S', price: '1200.00', careType: 'B' },
  { code: 'SUR02', name: 'Appendicectomy', type: 'C', level: 'H', category: 'S', price: '15000.00', careType: 'I' },
  { code: 'SUR03', name: 'Hernia repair', type: 'C', level: 'H', category: 'S', price: '14000.00', careType: 'I', patientCategory: 4 },
  { code: 'WRD01', name: 'General ward, day of stay', type: 'C', level: 'D', category: 'H', price: '500.00', careType: 'I' },
  { code: 'ICU01', name: 'Intensive care, day of stay', type: 'C', level: 'D', category: 'H', price: '3500.00', careType: 'I' },
  { code: 'LAB01', name: 'Complete blood count', type: 'C', level: 'S', category: 'O', price: '250.00', careType: 'B' },
  { code: 'LAB02', name: 'Blood glucose', type: 'C', level: 'S', category: 'O', price: '80.00', careType: 'B' },
  { code: 'LAB03', name: 'Urinalysis', type: 'C', level: 'S', category: 'O', price: '100.00', careType: 'B' },
  { code: 'LAB04', name: 'Malaria microscopy', type: 'C', level: 'S', category: 'O', price: '90.00', careType: 'B' },
  { code: 'RAD01', name: 'Chest X-ray', type: 'C', level: 'S', category: 'O', price: '600.00', careType: 'B' },
  { code: 'RAD02', name: 'Obstetric ultrasound', type: 'C', level: 'S', category: 'A', price: '800.00', careType: 'O', patientCategory: 2 },
  { code: 'IMM01', name: 'Childhood immunisation session', type: 'P', level: 'S', category: 'O', price: '0.00', careType: 'O', patientCategory: 8 },
  { code: 'FPL01', name: 'Family planning counselling and implant', type: 'P', level: 'S', category: 'O', price: '700.00', careType: 'O', patientCategory: 4 },
  { code: 'DNT01', name: 'Tooth extraction', type: 'C', level: 'S', category: 'O', price: '350.00', careType: 'O' },
];

/** One package: a normal delivery with its usual consumables and medicines, priced as the sum of its sub-lines. */
export const seedPackage = {
  code: 'PKD01',
  name: 'Normal delivery package',
  type: 'C' as const,
  level: 'H' as const,
  category: 'D' as const,
  price: '3600.00',
  careType: 'I' as const,
  patientCategory: 2,
  packageType: 'P' as const,
  lines: [
    { serviceCode: 'DEL01', quantity: 1 },
    { serviceCode: 'WRD01', quantity: 2 },
    { itemCode: 'OXY010', quantity: 1 },
    { itemCode: 'GLV007', quantity: 4 },
    { itemCode: 'SYR005', quantity: 3 },
  ],
};

/** A few ICD-10 chapters' commonest codes (infectious, respiratory, digestive, pregnancy, injuries). */
export const seedDiagnoses: Array<[code: string, name: string]> = [
  ['A00', 'Cholera'],
  ['A01', 'Typhoid and paratyphoid fevers'],
  ['A03', 'Shigellosis'],
  ['A06', 'Amoebiasis'],
  ['A09', 'Infectious gastroenteritis and colitis, unspecified'],
  ['A15', 'Respiratory tuberculosis'],
  ['A90', 'Dengue fever'],
  ['B05', 'Measles'],
  ['B20', 'HIV disease resulting in infectious and parasitic diseases'],
  ['B50', 'Plasmodium falciparum malaria'],
  ['B51', 'Plasmodium vivax malaria'],
  ['B54', 'Unspecified malaria'],
  ['B65', 'Schistosomiasis'],
  ['B77', 'Ascariasis'],
  ['B86', 'Scabies'],
  ['J00', 'Acute nasopharyngitis (common cold)'],
  ['J02', 'Acute pharyngitis'],
  ['J03', 'Acute tonsillitis'],
  ['J06', 'Acute upper respiratory infections of multiple and unspecified sites'],
  ['J11', 'Influenza, virus not identified'],
  ['J15', 'Bacterial pneumonia, not elsewhere classified'],
  ['J18', 'Pneumonia, organism unspecified'],
  ['J20', 'Acute bronchitis'],
  ['J45', 'Asthma'],
  ['J44', 'Other chronic obstructive pulmonary disease'],
  ['K02', 'Dental caries'],
  ['K25', 'Gastric ulcer'],
  ['K29', 'Gastritis and duodenitis'],
  ['K35', 'Acute appendicitis'],
  ['K40', 'Inguinal hernia'],
  ['K59', 'Other functional intestinal disorders'],
  ['O13', 'Gestational hypertension'],
  ['O14', 'Pre-eclampsia'],
  ['O15', 'Eclampsia'],
  ['O24', 'Diabetes mellitus in pregnancy'],
  ['O42', 'Premature rupture of membranes'],
  ['O72', 'Postpartum haemorrhage'],
  ['O80', 'Single spontaneous delivery'],
  ['O82', 'Single delivery by caesarean section'],
  ['S00', 'Superficial injury of head'],
  ['S52', 'Fracture of forearm'],
  ['S61', 'Open wound of wrist and hand'],
  ['S82', 'Fracture of lower leg, including ankle'],
  ['T14', 'Injury of unspecified body region'],
  ['T30', 'Burn and corrosion, body region unspecified'],
  ['E11', 'Type 2 diabetes mellitus'],
  ['E44', 'Protein-energy malnutrition of moderate and mild degree'],
  ['I10', 'Essential (primary) hypertension'],
  ['N39', 'Other disorders of urinary system'],
  ['R50', 'Fever of other and unknown origin'],
];

/** The national price lists: every seeded item and service, a few at a negotiated price below the register's. */
export const seedPriceListOverrides: Record<string, string> = {
  AMX500: '6.50',
  ALU120: '160.00',
  CFX1GM: '85.00',
  OPD01: '120.00',
  DEL01: '2800.00',
  LAB01: '220.00',
};

/** The two national price lists the seed creates (a list of that kind and name already there is left alone). */
export const seedPriceLists = {
  date: '2025-01-01',
  items: 'National items price list',
  services: 'National services price list',
} as const;
