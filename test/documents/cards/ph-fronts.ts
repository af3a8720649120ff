// Fronts of the five Philippine cards as the OCR reads them, for the tests that each template takes none of the
// others' fronts for its own (they all print REPUBLIC OF THE PHILIPPINES).
import type { CardSideText } from '../../../src/documents/cards/card-text.js';
import { cardSide } from './card-lines.js';

const FRONTS = {
  lto: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.365, 0.041, 0.299, 0.032],
    ['LAND TRANSPORTATION OFFICE', 0.289, 0.136, 0.45, 0.037],
    ["PROFESSIONAL DRIVER'S LICENSE", 0.304, 0.197, 0.422, 0.037],
    ['SORIANO, RICARDO RAMOS', 0.314, 0.32, 0.409, 0.044],
    ['Date ofBirth', 0.542, 0.392, 0.089, 0.031],
    ['09/16/2000', 0.542, 0.427, 0.136, 0.039],
    ['Address', 0.313, 0.492, 0.059, 0.033],
    ['License No.', 0.313, 0.588, 0.08, 0.034],
    ['D04-22-392083', 0.317, 0.631, 0.204, 0.04],
  ]),
  sss: cardSide('front', [
    ['RepublicofthePhilippines', 0.399, 0.067, 0.3, 0.044],
    ['SOCIALSECURITYSYSTEM', 0.257, 0.144, 0.579, 0.059],
    ['SS No.', 0.339, 0.34, 0.059, 0.033],
    ['31 -2421125-0', 0.344, 0.396, 0.329, 0.063],
    ['NAME', 0.34, 0.514, 0.046, 0.029],
    ['JOHN PAUL SANTOS ANDRADA', 0.339, 0.548, 0.458, 0.053],
    ['DATE OFBIRTH', 0.341, 0.622, 0.105, 0.031],
    ['09/12/2003', 0.342, 0.659, 0.155, 0.043],
  ]),
  umid: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.185, 0.064, 0.375, 0.036],
    ['UNIFIED MULTI-PURPOSE ID', 0.188, 0.139, 0.604, 0.057],
    ['CRN-0111-1452077-6', 0.044, 0.281, 0.241, 0.036],
    ['SURNAME', 0.324, 0.277, 0.075, 0.041],
    ['DELA CRUZ', 0.324, 0.321, 0.169, 0.047],
    ['GIVEN NAME', 0.323, 0.385, 0.093, 0.038],
    ['RAMON', 0.325, 0.427, 0.121, 0.046],
    ['DATEOFBIRTH', 0.429, 0.596, 0.107, 0.035],
    ['2005/12/06', 0.43, 0.636, 0.15, 0.043],
  ]),
  voter: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.2, 0.04, 0.4, 0.035],
    ['COMMISSION ON ELECTIONS', 0.2, 0.09, 0.45, 0.04],
    ["VOTER'S IDENTIFICATION CARD", 0.2, 0.14, 0.45, 0.04],
    ['VIN 3323-8074V-T2863OPR18544', 0.3, 0.3, 0.5, 0.04],
    ['DELA CRUZ, JUAN', 0.3, 0.4, 0.4, 0.04],
    ['NAME', 0.3, 0.5, 0.06, 0.03],
    ['DATE OF BIRTH', 0.3, 0.6, 0.12, 0.03],
    ['01/31/1990', 0.3, 0.64, 0.12, 0.04],
  ]),
  tin: cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.383, 0.044, 0.307, 0.032],
    ['BUREAU OF INTERNAL REVENUE', 0.249, 0.144, 0.578, 0.049],
    ['TIN', 0.342, 0.325, 0.062, 0.043],
    ['750-043-759-000', 0.412, 0.314, 0.335, 0.052],
    ['NAME', 0.342, 0.411, 0.051, 0.033],
    ['MARICEL FLORES MENDOZA', 0.343, 0.451, 0.377, 0.044],
    ['DATE OF BIRTH', 0.342, 0.694, 0.116, 0.031],
    ['02/09/1991', 0.343, 0.738, 0.139, 0.039],
  ]),
};

export type PhilippineCard = keyof typeof FRONTS;

/** Every Philippine front but `own`'s. */
export function otherPhilippineFronts(own: PhilippineCard): Record<string, CardSideText> {
  return Object.fromEntries(Object.entries(FRONTS).filter(([name]) => name !== own));
}
