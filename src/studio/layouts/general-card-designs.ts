/**
 * The TD1 identity cards of the GeneralCard structure, one design per issuing state, each after that state's
 * current card (all issued since 2021 under Regulation (EU) 2019/1157: ID-1, ICAO 9303 part 5 MRZ on the back,
 * the title in the national language and another EU language, and the state's two-letter code in negative in a
 * blue rectangle circled by twelve yellow stars on the front). What each design places where, and in what
 * words, is what differs: Germany's trilingual labels and no printed sex, France's bilingual labels with the
 * address on the back, Spain's DNI number set large at the foot and the place of birth and domicile on the back,
 * Italy's issuing municipality, combined place-and-date of birth, height and issue date on the front and fiscal
 * code on the back, the Netherlands' "DD MMM/MMM YYYY" dates and no address, Portugal's citizen card with height
 * and no address, issue date or authority. Positions are in mm on the 85.6 × 53.98 mm card.
 */

import { LABELS, type IssuingState, type LabelKey } from '../data/intl.js';
import type { CalendarDate } from '../dates.js';

/** Printed items: the seed's values and a few print-only ones (height, eye colour, CAN, fiscal code). */
export type ItemId =
  | 'surname' | 'given' | 'birth' | 'sex' | 'nationality' | 'place' | 'placeAndBirth' | 'number' | 'expiry' | 'issue'
  | 'authority' | 'personal' | 'address' | 'height' | 'eyes' | 'can' | 'fiscal';

export interface Item {
  id: ItemId;
  x: number;
  y: number;
  /** Squeeze width, mm. */
  w: number;
  /** Value size, mm (default 2.3). */
  size?: number;
  color?: string;
}

export interface Td1Design {
  euCode: string;
  state: string[];
  title: string[];
  /** Background gradient stops, guilloche colours, heading colour, label colour. */
  bg: [string, string, string];
  lines: string[];
  accent: string;
  label: string;
  labels: Partial<Record<ItemId, string>>;
  date: (d: CalendarDate) => string;
  sex: (s: 'M' | 'F') => string;
  nationality: string;
  height: (cm: number) => string;
  portrait: { x: number; y: number; w: number; h: number };
  ghost?: { x: number; y: number; w: number; h: number };
  front: Item[];
  back: Item[];
  /** Left edge of the back's text block (right of the chip where the chip is on the back). */
  backLeft: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const dotted = (d: CalendarDate): string => `${pad(d.day)}.${pad(d.month)}.${d.year}`;
const spaced = (d: CalendarDate): string => `${pad(d.day)} ${pad(d.month)} ${d.year}`;
const NL_MONTHS = ['JAN/JAN', 'FEB/FEB', 'MAA/MAR', 'APR/APR', 'MEI/MAY', 'JUN/JUN', 'JUL/JUL', 'AUG/AUG', 'SEP/SEP', 'OKT/OCT', 'NOV/NOV', 'DEC/DEC'];
const mf = (s: 'M' | 'F'): string => s;

export const TD1_DESIGNS: Record<string, Td1Design> = {
  D: {
    euCode: 'DE',
    state: ['BUNDESREPUBLIK DEUTSCHLAND', 'FEDERAL REPUBLIC OF GERMANY / RÉPUBLIQUE FÉDÉRALE D\'ALLEMAGNE'],
    title: ['PERSONALAUSWEIS / IDENTITY CARD / CARTE D\'IDENTITÉ'],
    bg: ['#d6eee4', '#eef3ee', '#ead9ea'],
    lines: ['#6fae9c', '#b48bb8', '#9fb8c9'],
    accent: '#2f3a40',
    label: '#3e5a55',
    labels: {
      surname: 'Name / Surname / Nom (a)', given: 'Vornamen / Given names / Prénoms', birth: 'Geburtsdatum / Date of birth / Date de naissance',
      nationality: 'Staatsangehörigkeit / Nationality / Nationalité', place: 'Geburtsort / Place of birth / Lieu de naissance',
      expiry: 'Gültig bis / Date of expiry / Date d\'expiration', address: 'Anschrift / Address / Adresse', height: 'Größe / Height / Taille',
      eyes: 'Augenfarbe / Colour of eyes / Couleur des yeux', authority: 'Behörde / Authority / Autorité', issue: 'Datum / Date / Date',
    },
    date: dotted,
    sex: mf,
    nationality: 'DEUTSCH',
    height: (cm) => `${cm} cm`,
    portrait: { x: 3.5, y: 14.5, w: 22, h: 28.5 },
    front: [
      { id: 'number', x: 82, y: 12.8, w: 22, size: 2.6, color: '#222' },
      { id: 'surname', x: 28, y: 15.5, w: 52, size: 2.7 },
      { id: 'given', x: 28, y: 21.2, w: 52 },
      { id: 'birth', x: 28, y: 26.6, w: 26 },
      { id: 'nationality', x: 55, y: 26.6, w: 26 },
      { id: 'place', x: 28, y: 32.0, w: 52 },
      { id: 'expiry', x: 28, y: 37.4, w: 26 },
      { id: 'can', x: 82, y: 50.6, w: 14, size: 2.2 },
    ],
    back: [
      { id: 'address', x: 5, y: 4, w: 48 },
      { id: 'height', x: 58, y: 4, w: 24 },
      { id: 'eyes', x: 58, y: 9.5, w: 24 },
      { id: 'authority', x: 5, y: 15, w: 48, size: 2.1 },
      { id: 'issue', x: 58, y: 15, w: 24 },
    ],
    backLeft: 5,
  },
  FRA: {
    euCode: 'FR',
    state: ['RÉPUBLIQUE FRANÇAISE'],
    title: ["CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
    bg: ['#dde7f4', '#f4f5f8', '#f3dbe2'],
    lines: ['#6f8fc4', '#d59aaa', '#a8b8d0'],
    accent: '#1d3f8f',
    label: '#3b4f7a',
    labels: {
      number: 'N° DU DOCUMENT / Document No', surname: 'NOM / Surname', given: 'Prénoms / Given names', sex: 'SEXE / Sex',
      nationality: 'NATIONALITÉ / Nationality', birth: 'DATE DE NAISS. / Date of birth', place: 'LIEU DE NAISSANCE / Place of birth',
      expiry: "DATE D'EXPIR. / Expiry date", address: 'ADRESSE / Address', issue: 'DATE DE DÉLIVRANCE / Date of issue',
      authority: 'AUTORITÉ / Authority',
    },
    date: spaced,
    sex: mf,
    nationality: 'FRA',
    height: (cm) => `${(cm / 100).toFixed(2).replace('.', ',')} m`,
    portrait: { x: 3.5, y: 14.5, w: 22, h: 28.5 },
    ghost: { x: 70, y: 34, w: 11, h: 14 },
    front: [
      { id: 'number', x: 28, y: 13.2, w: 26, size: 2.4 },
      { id: 'surname', x: 28, y: 18.4, w: 52, size: 2.7 },
      { id: 'given', x: 28, y: 23.8, w: 52 },
      { id: 'sex', x: 28, y: 29.2, w: 8 },
      { id: 'nationality', x: 40, y: 29.2, w: 18 },
      { id: 'birth', x: 59, y: 29.2, w: 22 },
      { id: 'place', x: 28, y: 34.6, w: 40 },
      { id: 'expiry', x: 28, y: 40.0, w: 26 },
      { id: 'can', x: 82, y: 51, w: 14, size: 2.1 },
    ],
    back: [
      { id: 'address', x: 5, y: 4, w: 55 },
      { id: 'issue', x: 5, y: 14.5, w: 24 },
      { id: 'authority', x: 33, y: 14.5, w: 48, size: 2.1 },
    ],
    backLeft: 5,
  },
  ESP: {
    euCode: 'ES',
    state: ['ESPAÑA'],
    title: ['DOCUMENTO NACIONAL DE IDENTIDAD'],
    bg: ['#e4e0f2', '#f5f3f7', '#f4dede'],
    lines: ['#9a8cc8', '#d8a0a0', '#b8b0d8'],
    accent: '#a0141e',
    label: '#4a3f6a',
    labels: {
      surname: 'APELLIDOS / SURNAME', given: 'NOMBRE / NAME', sex: 'SEXO / SEX', nationality: 'NACIONALIDAD / NATIONALITY',
      birth: 'FECHA DE NACIMIENTO / DATE OF BIRTH', number: 'NÚM SOPORTE / IDESP', expiry: 'VALIDEZ / EXPIRY',
      personal: 'DNI', place: 'LUGAR DE NACIMIENTO / PLACE OF BIRTH', address: 'DOMICILIO / ADDRESS', authority: 'EQUIPO / OFFICE',
    },
    date: spaced,
    sex: mf,
    nationality: 'ESP',
    height: (cm) => `${cm}`,
    portrait: { x: 3.5, y: 13.5, w: 22, h: 28 },
    ghost: { x: 71, y: 30, w: 10, h: 13 },
    front: [
      { id: 'surname', x: 28, y: 13.6, w: 52, size: 2.6 },
      { id: 'given', x: 28, y: 19.0, w: 52 },
      { id: 'sex', x: 28, y: 24.4, w: 8 },
      { id: 'nationality', x: 42, y: 24.4, w: 16 },
      { id: 'birth', x: 28, y: 29.8, w: 28 },
      { id: 'number', x: 28, y: 35.2, w: 24 },
      { id: 'expiry', x: 54, y: 35.2, w: 16 },
      { id: 'personal', x: 28, y: 43.8, w: 40, size: 3.6, color: '#1b1b1b' },
      { id: 'can', x: 82, y: 51, w: 14, size: 2.1 },
    ],
    back: [
      { id: 'place', x: 5, y: 4, w: 50 },
      { id: 'address', x: 5, y: 9.5, w: 50 },
      { id: 'authority', x: 60, y: 4, w: 22, size: 2.0 },
    ],
    backLeft: 5,
  },
  ITA: {
    euCode: 'IT',
    state: ['REPUBBLICA ITALIANA', "MINISTERO DELL'INTERNO"],
    title: ["CARTA DI IDENTITÀ / IDENTITY CARD"],
    bg: ['#dcefe2', '#f5f6f2', '#f3dde0'],
    lines: ['#7fb38f', '#d79aa0', '#9fbcd0'],
    accent: '#1f5a3a',
    label: '#2f5a44',
    labels: {
      authority: 'COMUNE DI / MUNICIPALITY', surname: 'COGNOME / SURNAME', given: 'NOME / NAME',
      placeAndBirth: 'LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH', sex: 'SESSO / SEX', height: 'STATURA / HEIGHT',
      nationality: 'CITTADINANZA / NATIONALITY', issue: 'EMISSIONE / ISSUING', expiry: 'SCADENZA / EXPIRY',
      fiscal: 'CODICE FISCALE / FISCAL CODE', address: 'INDIRIZZO DI RESIDENZA / RESIDENCE',
    },
    date: dotted,
    sex: mf,
    nationality: 'ITA',
    height: (cm) => `${cm}`,
    portrait: { x: 3.5, y: 15.5, w: 21.5, h: 27.5 },
    ghost: { x: 72, y: 33, w: 10, h: 13 },
    front: [
      { id: 'number', x: 82, y: 13.2, w: 20, size: 2.6, color: '#c0141c' },
      { id: 'authority', x: 28, y: 14.6, w: 40, size: 2.0 },
      { id: 'surname', x: 28, y: 19.6, w: 44, size: 2.5 },
      { id: 'given', x: 28, y: 24.6, w: 44 },
      { id: 'placeAndBirth', x: 28, y: 29.6, w: 44, size: 2.1 },
      { id: 'sex', x: 28, y: 34.6, w: 8, size: 2.1 },
      { id: 'height', x: 38, y: 34.6, w: 10, size: 2.1 },
      { id: 'nationality', x: 50, y: 34.6, w: 20, size: 2.1 },
      { id: 'issue', x: 28, y: 39.6, w: 20, size: 2.1 },
      { id: 'expiry', x: 50, y: 39.6, w: 20, size: 2.1 },
    ],
    back: [
      { id: 'fiscal', x: 5, y: 4, w: 40 },
      { id: 'address', x: 5, y: 15.5, w: 76, size: 2.0 },
    ],
    backLeft: 5,
  },
  NLD: {
    euCode: 'NL',
    state: ['KONINKRIJK DER NEDERLANDEN', 'KINGDOM OF THE NETHERLANDS - ROYAUME DES PAYS-BAS'],
    title: ['IDENTITEITSKAART / IDENTITY CARD / CARTE D\'IDENTITÉ'],
    bg: ['#e0e0f3', '#f4f2f6', '#f6e1cb'],
    lines: ['#8c86c8', '#e0ad7a', '#a8b0d8'],
    accent: '#2e2a78',
    label: '#45407a',
    labels: {
      surname: 'Naam / Surname', given: 'Voornamen / Given names', birth: 'Geboortedatum / Date of birth', place: 'Geboorteplaats / Place of birth',
      sex: 'Geslacht / Sex', nationality: 'Nationaliteit / Nationality', number: 'Documentnummer / Document no.', expiry: 'Geldig tot / Date of expiry',
      personal: 'Persoonsnummer / Personal no.', issue: 'Datum van afgifte / Date of issue', authority: 'Autoriteit / Authority', height: 'Lengte / Height',
    },
    date: (d) => `${pad(d.day)} ${NL_MONTHS[d.month - 1]} ${d.year}`,
    sex: (s) => (s === 'F' ? 'V/F' : 'M/M'),
    nationality: 'Nederlandse',
    height: (cm) => `${(cm / 100).toFixed(2).replace('.', ',')} m`,
    portrait: { x: 3.5, y: 14.5, w: 22, h: 28.5 },
    ghost: { x: 71.5, y: 35, w: 10, h: 13 },
    front: [
      { id: 'surname', x: 28, y: 14.0, w: 52, size: 2.6 },
      { id: 'given', x: 28, y: 19.3, w: 52 },
      { id: 'birth', x: 28, y: 24.6, w: 26, size: 2.1 },
      { id: 'place', x: 56, y: 24.6, w: 26, size: 2.1 },
      { id: 'sex', x: 28, y: 29.9, w: 12, size: 2.1 },
      { id: 'nationality', x: 42, y: 29.9, w: 24, size: 2.1 },
      { id: 'number', x: 28, y: 35.2, w: 26, size: 2.1 },
      { id: 'expiry', x: 28, y: 40.5, w: 26, size: 2.1 },
      { id: 'personal', x: 56, y: 35.2, w: 26, size: 2.1 },
    ],
    back: [
      { id: 'issue', x: 5, y: 4, w: 30 },
      { id: 'authority', x: 38, y: 4, w: 44, size: 2.1 },
      { id: 'height', x: 5, y: 9.5, w: 20 },
    ],
    backLeft: 5,
  },
  PRT: {
    euCode: 'PT',
    state: ['REPÚBLICA PORTUGUESA'],
    title: ['CARTÃO DE CIDADÃO / CITIZEN CARD'],
    bg: ['#dcedd8', '#f4f6ee', '#f3e6c2'],
    lines: ['#7faf7a', '#d8b35a', '#c98a8a'],
    accent: '#1f5a2a',
    label: '#3d5a3a',
    labels: {
      surname: 'APELIDO(S) / SURNAME', given: 'NOME(S) / GIVEN NAME(S)', sex: 'SEXO / SEX', height: 'ALTURA / HEIGHT',
      nationality: 'NACIONALIDADE / NATIONALITY', birth: 'DATA DE NASCIMENTO / DATE OF BIRTH', number: 'N.º DOCUMENTO / DOCUMENT No.',
      expiry: 'DATA DE VALIDADE / EXPIRY DATE', personal: 'N.º ID CIVIL / CIVIL ID No.',
    },
    date: spaced,
    sex: mf,
    nationality: 'PRT',
    height: (cm) => (cm / 100).toFixed(2).replace('.', ','),
    portrait: { x: 3.5, y: 14.5, w: 22, h: 28.5 },
    front: [
      { id: 'surname', x: 28, y: 14.0, w: 52, size: 2.6 },
      { id: 'given', x: 28, y: 19.3, w: 52 },
      { id: 'sex', x: 28, y: 24.6, w: 8, size: 2.1 },
      { id: 'height', x: 38, y: 24.6, w: 10, size: 2.1 },
      { id: 'nationality', x: 52, y: 24.6, w: 20, size: 2.1 },
      { id: 'birth', x: 28, y: 29.9, w: 30, size: 2.1 },
      { id: 'number', x: 28, y: 35.2, w: 26, size: 2.1 },
      { id: 'expiry', x: 56, y: 35.2, w: 26, size: 2.1 },
      { id: 'personal', x: 28, y: 40.5, w: 26, size: 2.1 },
    ],
    back: [],
    backLeft: 19,
  },
};

/** A state without a design of its own gets the common pattern: its colours and its labels beside English. */
function genericDesign(state: IssuingState): Td1Design {
  const en = LABELS.en!;
  const local = LABELS[state.lang] ?? {};
  const label = (k: LabelKey): string => (state.lang === 'en' || !local[k] ? en[k]! : `${local[k]} / ${en[k]}`);
  return {
    euCode: state.code.slice(0, 2),
    state: [state.nameLocal],
    title: ['IDENTITY CARD'],
    bg: [state.colors[0], '#f6f5f2', state.colors[2]],
    lines: [state.colors[1], state.colors[2], '#9aa8b8'],
    accent: state.colors[1],
    label: '#3a3a48',
    labels: {
      surname: label('surname'), given: label('given'), birth: label('birth'), sex: label('sex'), nationality: label('nationality'),
      place: label('place'), number: label('card'), expiry: label('expiry'), issue: label('issue'), authority: label('authority'),
      personal: label('personal'),
    },
    date: dotted,
    sex: mf,
    nationality: state.code,
    height: (cm) => `${cm} cm`,
    portrait: { x: 3.5, y: 14.5, w: 22, h: 28.5 },
    front: [
      { id: 'surname', x: 28, y: 14.0, w: 52, size: 2.5 },
      { id: 'given', x: 28, y: 19.3, w: 52 },
      { id: 'birth', x: 28, y: 24.6, w: 22, size: 2.1 },
      { id: 'sex', x: 52, y: 24.6, w: 8, size: 2.1 },
      { id: 'nationality', x: 62, y: 24.6, w: 18, size: 2.1 },
      { id: 'place', x: 28, y: 29.9, w: 52, size: 2.1 },
      { id: 'number', x: 28, y: 35.2, w: 24, size: 2.1 },
      { id: 'expiry', x: 54, y: 35.2, w: 26, size: 2.1 },
      { id: 'personal', x: 28, y: 40.5, w: 40, size: 2.1 },
    ],
    back: [
      { id: 'issue', x: 5, y: 4, w: 30 },
      { id: 'authority', x: 38, y: 4, w: 44, size: 2.1 },
    ],
    backLeft: 5,
  };
}

export function td1Design(state: IssuingState): Td1Design {
  return TD1_DESIGNS[state.code] ?? genericDesign(state);
}
