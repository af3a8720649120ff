import type { CardTemplate } from './card-template.js';
import { hkidTemplate } from './hk-id-card/hkid-template.js';
// One line per national card template (issue 5). Keep this list in the order of docs/documents.md.
// TEMPLATE-IMPORTS
import { simTemplate } from './id-sim/sim-template.js';
import { myKadTemplate } from './my-kad/mykad-template.js';
import { nricTemplate } from './sg-nric/nric-template.js';
import { thaiIdTemplate } from './th-id-card/thai-id-template.js';
import { phVoterIdTemplate } from './ph-voter-id/ph-voter-id-template.js';
import { ktpTemplate } from './id-ktp/ktp-template.js';
import { phDrivingLicenseTemplate } from './ph-driving-license/ph-driving-license-template.js';
import { phTinIdTemplate } from './ph-tin-id/ph-tin-id-template.js';
import { phSssIdTemplate } from './ph-sss-id/ph-sss-id-template.js';
import { phUmidTemplate } from './ph-umid/ph-umid-template.js';

export const CARD_TEMPLATES: readonly CardTemplate[] = [
  hkidTemplate,
  // TEMPLATE-ENTRIES
  simTemplate,
  myKadTemplate,
  nricTemplate,
  thaiIdTemplate,
  phVoterIdTemplate,
  ktpTemplate,
  phDrivingLicenseTemplate,
  phTinIdTemplate,
  phSssIdTemplate,
  phUmidTemplate,
];
