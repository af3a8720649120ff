/** Every seed structure's layout (issue 4 §2): one file per structure in this folder. */

import type { Layout, StructureName } from '../types.js';
import { generalCard } from './general-card.js';
import { hkIdCard } from './hk-id-card.js';
import { idKtp } from './id-ktp.js';
import { idSim } from './id-sim.js';
import { myKad } from './my-kad.js';
import { passport } from './passport.js';
import { phDrivingLicense } from './ph-driving-license.js';
import { phSssId } from './ph-sss-id.js';
import { phTinId } from './ph-tin-id.js';
import { phUmid } from './ph-umid.js';
import { phVoterId } from './ph-voter-id.js';
import { sgNric } from './sg-nric.js';
import { thIdCard } from './th-id-card.js';

export const LAYOUTS: Record<StructureName, Layout> = {
  HKIDCard: hkIdCard,
  MLIDCard: myKad,
  PhilippinesVoteID: phVoterId,
  IndonesiaIDCard: idKtp,
  PhilippinesDrivingLicense: phDrivingLicense,
  PhilippinesTinID: phTinId,
  PhilippinesSSSID: phSssId,
  PhilippinesUMID: phUmid,
  InternationalIDPassport: passport,
  GeneralCard: generalCard,
  IndonesiaDrivingLicense: idSim,
  ThailandIDCard: thIdCard,
  SingaporeIDCard: sgNric,
};
