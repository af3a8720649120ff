import assert from 'node:assert/strict';
import test from 'node:test';
import { PH_ONE_WORD_CITIES, rejoinCityNames } from '../../../src/documents/cards/ph-common/ph-cities.js';
import { abbreviationPeriods, misreadCommas, PH_PROVINCES, rejoinProvinceNames, tidyPhilippineAddress } from '../../../src/documents/cards/ph-common/ph-provinces.js';

test('a province misread at the end of an address gets its name back', () => {
  assert.equal(tidyPhilippineAddress('907 P. BURGOS ST. BRGY. MAYAMOT, QUEZON CITY, METRO MANTLA'), '907 P. BURGOS ST. BRGY. MAYAMOT, QUEZON CITY, METRO MANILA');
  assert.equal(tidyPhilippineAddress('5 RIZAL ST., BAGUIO CITY, BNGUET'), '5 RIZAL ST., BAGUIO CITY, BENGUET');
});

test('exact names, postcodes, unlike parts and addresses without a comma are left as read', () => {
  for (const address of ['1 A ST., CEBU CITY, CEBU', '1 A ST., MANILA, 1000', '643 RIZAL ST., ILOILO CITY, IOIO', 'NO COMMA HERE MANTLA', '3 B ST., JOLO, SULA']) {
    assert.equal(tidyPhilippineAddress(address), address);
  }
});

test('the list holds the 82 PSGC provinces, Metro Manila and two older names, each once', () => {
  assert.equal(PH_PROVINCES.length, 85);
  assert.equal(new Set(PH_PROVINCES).size, 85);
});

test('a town whose comma before the province was read as a period gets it back; abbreviations keep theirs', () => {
  assert.equal(tidyPhilippineAddress('267 MABINI ST. BRGY. MALINIS, SAN FERNANDO. LA UNION'), '267 MABINI ST. BRGY. MALINIS, SAN FERNANDO, LA UNION');
  assert.equal(tidyPhilippineAddress('12 A ST., SAN FERNANDO. PAMPANGGA'), '12 A ST., SAN FERNANDO, PAMPANGA');
  assert.equal(tidyPhilippineAddress('703 BONIFACIO AVE. BRGY. MAYAMOT, ILOILO CITY. ILOILO'), '703 BONIFACIO AVE. BRGY. MAYAMOT, ILOILO CITY, ILOILO');
  // (A whole word's period before any other part is a comma too: misreadCommas, tested below.)
  for (const address of ['12 A ST., BRGY. STO. QUEZON', '1 LUNA ST. BRGY. X, BLVD. CEBU']) {
    assert.equal(tidyPhilippineAddress(address), address);
  }
});

test('a short province one glyph off the name of the city before it is that province; other short parts are kept', () => {
  assert.equal(tidyPhilippineAddress('532 BONIFACIO AVE. BRGY. POBLACION, CEBU CITY, CEU'), '532 BONIFACIO AVE. BRGY. POBLACION, CEBU CITY, CEBU');
  assert.equal(tidyPhilippineAddress('12 RIZAL ST., ILOILO CITY, ILOLO'), '12 RIZAL ST., ILOILO CITY, ILOILO');
  assert.equal(tidyPhilippineAddress('3 B ST., SULU CITY, SULA'), '3 B ST., SULU CITY, SULU');
  // Not a city of a province's name, or too far from it: as read.
  assert.equal(tidyPhilippineAddress('12 RIZAL ST., QUEZON CITY, MM'), '12 RIZAL ST., QUEZON CITY, MM');
  assert.equal(tidyPhilippineAddress('12 RIZAL ST., CEBU CITY, CE'), '12 RIZAL ST., CEBU CITY, CE');
});

test('a city run into its province without the comma gets it back; CITY followed by other words is kept', () => {
  assert.equal(tidyPhilippineAddress('703 BONIFACIO AVE. BRGY. MAYAMOT, ILOILO CITY ILOILO'), '703 BONIFACIO AVE. BRGY. MAYAMOT, ILOILO CITY, ILOILO');
  assert.equal(tidyPhilippineAddress('745 MAGSAYSAY BLVD. BRGY. MAYAMOT, MAKATI CITY METRO MANLA'), '745 MAGSAYSAY BLVD. BRGY. MAYAMOT, MAKATI CITY, METRO MANILA');
  assert.equal(tidyPhilippineAddress('QUEZON CITY METRO MANILA'), 'QUEZON CITY, METRO MANILA');
  for (const address of ['12 A ST., CITY OF SAN FERNANDO PAMPANGA', '1 B ST., CEBU CITY HALL ANNEX', '9 C ST., QUEZON CITY']) {
    assert.equal(tidyPhilippineAddress(address), address);
  }
});

test('a one-word province split by a stray word gap is joined again, also as its city; two real words stay apart', () => {
  assert.equal(rejoinProvinceNames('569 LUNA ST. BRGY. LAHUG, I LOILO CITY, I LOILO'), '569 LUNA ST. BRGY. LAHUG, ILOILO CITY, ILOILO');
  assert.equal(rejoinProvinceNames('BRGY. KAPITOLYO IL OILO CITY, IL OILO'), 'BRGY. KAPITOLYO ILOILO CITY, ILOILO');
  assert.equal(rejoinProvinceNames('12 RIZAL ST., CE BU CITY, CE BU'), '12 RIZAL ST., CEBU CITY, CEBU');
  assert.equal(rejoinProvinceNames('SAN FERNANDO, LA UNION'), 'SAN FERNANDO, LA UNION');
  assert.equal(rejoinProvinceNames('DAVAO CITY, DAVAO DEL SUR'), 'DAVAO CITY, DAVAO DEL SUR');
});

test('abbreviation periods read as commas come back before and after BRGY; the address\'s own commas stay', () => {
  assert.equal(tidyPhilippineAddress('559 MAGSAYSAY BLVD, BRGY, LAHUG, QUEZON CITY, METRO MANILA'), '559 MAGSAYSAY BLVD. BRGY. LAHUG, QUEZON CITY, METRO MANILA');
  assert.equal(tidyPhilippineAddress('12 RIZAL ST., BRGY. SAN JOSE, CEBU CITY, CEBU'), '12 RIZAL ST., BRGY. SAN JOSE, CEBU CITY, CEBU');
  assert.equal(abbreviationPeriods('BRGY. LAHUG, QUEZON CITY'), 'BRGY. LAHUG, QUEZON CITY');
  // BRGY with its first glyph lost.
  assert.equal(abbreviationPeriods('282 MABINI ST. RGY. LAHUG'), '282 MABINI ST. BRGY. LAHUG');
});

test('a one-word city split by a stray word gap before CITY is joined again; words that make no city stay apart', () => {
  // Studio UMID and voter's ID addresses (seed session8-fresh): `CALAM BA CITY`.
  assert.equal(rejoinCityNames('454 LUNA ST. BRGY. BAGONG SILANG, CALAM BA CITY, LAGUNA'), '454 LUNA ST. BRGY. BAGONG SILANG, CALAMBA CITY, LAGUNA');
  assert.equal(rejoinCityNames('1 A ST., MAKA TI CITY'), '1 A ST., MAKATI CITY');
  for (const address of ['BRGY. SAN JOSE CITY', 'BAGONG SILANG, SAN CARLOS CITY', 'CALAM BA, LAGUNA']) assert.equal(rejoinCityNames(address), address);
  assert.ok(PH_ONE_WORD_CITIES.has('CALAMBA') && [...PH_ONE_WORD_CITIES].every((name) => /^[A-Z]+$/.test(name)));
});

test('a comma read as a period after a whole word comes back, and a stray period before a comma goes; abbreviations keep theirs', () => {
  // Studio LTO (`BAGONG SILANG. QUEZON CITY`) and UMID (`SAN JOSE., CALAMBA CITY`) addresses, seed session8-fresh.
  assert.equal(misreadCommas('480 BONIFACIO AVE. BRGY. BAGONG SILANG. QUEZON CITY, METRO MANILA'), '480 BONIFACIO AVE. BRGY. BAGONG SILANG, QUEZON CITY, METRO MANILA');
  assert.equal(misreadCommas('372 MAGSAYSAY BLVD. BRGY. SAN JOSE., CALAMBA CITY'), '372 MAGSAYSAY BLVD. BRGY. SAN JOSE, CALAMBA CITY');
  // A four-letter word too (studio LTO, seed session8-mid): `STO. NINO. BAGUIO CITY`.
  assert.equal(misreadCommas('839 P. BURGOS ST. BRGY. STO. NINO. BAGUIO CITY, BENGUET'), '839 P. BURGOS ST. BRGY. STO. NINO, BAGUIO CITY, BENGUET');
  assert.equal(misreadCommas('1 MT. APO ST. BRGY. X, SUBD. Y'), '1 MT. APO ST. BRGY. X, SUBD. Y');
  for (const address of ['12 RIZAL ST., BRGY. STO. NINO, PASIG CITY', '1 P. BURGOS ST. BRGY. POBLACION', '5 MABINI EXT., BRGY. X']) assert.equal(misreadCommas(address), address);
});
