// Capitals at a text's start read as "SURNAME Given" ("LEE Dana", red10): which capitals are no surname and
// which word after them is no given name. Word lists only; names.ts reads them.
// Capitals at a text's start that are no surname ("URGENT Refund", "DHL Express", "HELLO Dana"): shouted
// words, and carriers and brands of two to four capitals.
export const CAPITALS_NOT_SURNAMES = new Set(
  [
    'URGENT HELLO DEAR IMPORTANT UPDATE ORDER NOTE ATTENTION WARNING ASAP HELP PLEASE THANKS THANK SORRY DRINGEND HALLO WICHTIG ACHTUNG BITTE DANKE HOLA URGENTE BONJOUR MERCI HEJ TACK GRAAG AVISO',
    'DHL UPS DPD GLS TNT FEDEX USPS BMW VW HP LG IBM AMD SAP MSI AOC JBL BOSE ASUS ACER SONY AEG ABB EON KPN SFR BBC CNN ING AIB RBS TSB NHS DB SBB SAS KLM ICE TGV AVE PS VR AI ID OK FAQ PDF USB TV PC UK US EU',
  ]
    .join(' ')
    .split(' '),
);
// A surname of two or three capitals is one of the short East Asian surnames ("LEE Dana", "NG Wei"): any other
// is an acronym, and acronyms are countless ("API Key rotation", "CEO Message about", "SDK Update for").
export const SHORT_SURNAMES = new Set(
  'LEE LI NG WU XU HU YU MA HO LO LAU LAI LAM LIM LIN LIU LUO TAN TEO TAY GOH KOH KIM PAK PARK CHO YI YOO HAN SHIN KO KU KWON WOO JO CHA BAE RYU NAM VU LE LY TA MAI DAO ZHU GAO SUN SUO GUO SHI TSE CHU CHOW CHAN CHEN CHENG WONG WANG ZHANG YANG HUANG ZHAO ZHOU JIANG FANG DENG'.split(
    ' ',
  ),
);
// A product line's word is no given name after capitals: "IKEA Family card", "SONY Store", "UPS Ground".
export const PRODUCT_LINE = new Set(
  [
    'Family Club Card Store Shop Plus Pro Prime Premium Home Gold Silver Business Member Rewards Points Online Express Ground',
    'Standard Priority Service Support Team Account App Music Video Cloud Pay Wallet Air Max Mini Go One',
  ]
    .join(' ')
    .split(' '),
);
