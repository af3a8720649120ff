import type { CardTemplate } from './card-template.js';
import { hkidTemplate } from './hk-id-card/hkid-template.js';
import { ktpTemplate } from './id-ktp/ktp-template.js';
import { simTemplate } from './id-sim/sim-template.js';
import { myKadTemplate } from './my-kad/mykad-template.js';
import { phDrivingLicenseTemplate } from './ph-driving-license/ph-driving-license-template.js';
import { phSssIdTemplate } from './ph-sss-id/ph-sss-id-template.js';
import { phTinIdTemplate } from './ph-tin-id/ph-tin-id-template.js';
import { phUmidTemplate } from './ph-umid/ph-umid-template.js';
import { phVoterIdTemplate } from './ph-voter-id/ph-voter-id-template.js';
import { nricTemplate } from './sg-nric/nric-template.js';
import { thaiIdTemplate } from './th-id-card/thai-id-template.js';

/**
 * Every national card template (issue 5), in the order of docs/documents.md. Classification scores them all on
 * every side (classify-card.ts); the order only breaks exact ties.
 */
export const CARD_TEMPLATES: readonly CardTemplate[] = [
  hkidTemplate,
  myKadTemplate,
  ktpTemplate,
  simTemplate,
  phVoterIdTemplate,
  phDrivingLicenseTemplate,
  phTinIdTemplate,
  phSssIdTemplate,
  phUmidTemplate,
  thaiIdTemplate,
  nricTemplate,
];
