// Generates a realistic helpline log as JSON Lines for the batch benchmark:
// ids like a case system's, one or two "who" answers, a few asks and signs,
// answers sometimes as arrays and sometimes as comma-separated text (as
// exports do), and free-text notes on ~10% of records (or on all of them).
// Deterministic (seeded), so the cached file is the same from run to run.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const CLAIMED = ['police', 'bank', 'government', 'telecom', 'tech-support', 'utility', 'retailer', 'delivery', 'family', 'other', 'not-sure'];
const CLAIMED_WEIGHT = [14, 22, 12, 10, 9, 5, 8, 7, 5, 5, 3];
const ASKED = ['hand-over-cash', 'hand-over-card', 'withdraw-cash', 'transfer-money', 'buy-goods', 'gift-cards', 'pay-fee', 'bank-details', 'pin-or-password', 'personal-details', 'press-key', 'call-back', 'remote-access', 'keep-secret', 'none'];
const SIGNS = ['urgent', 'threat', 'card-misused', 'crime-linked', 'investigation', 'knew-details', 'spoofed-number', 'too-good', 'automated', 'aggressive'];
const HAPPENED = ['still-on-call', 'courier-coming', 'paid', 'gave-bank', 'remote-access-given', 'gave-personal', 'nothing'];
const HAPPENED_WEIGHT = [1, 2, 4, 5, 3, 6, 40];

// Notes are put together from pieces, with names, sums and times varied, so
// that (as in a real log) almost no two are the same.
const OPENINGS = [
  'Caller said he was {officer} from {force} and that her card had been used in {town}.',
  'Man rang saying he was from the {bank} fraud team and knew her sort code.',
  'Automated message said his national insurance number was linked to crime, press 1 to speak to an officer.',
  'Said he was from BT and the broadband would be cut off today unless she let him onto the computer.',
  'Woman claiming to be from HMRC said {name} owed tax and would be arrested today.',
  'Text then a call from "Royal Mail" about a missed parcel and a £{small} fee.',
  'Voice said to be her grandson on a new number, in trouble and needing money for a solicitor.',
  'Amazon Prime renewal call, recorded voice, press 1 to cancel.',
  'Investment firm promising {pct}% returns on crypto, rang back {n} times.',
  'Energy company said she was owed a rebate of £{small}.',
  'Said they were from the council about a grant for insulation.',
  'Number on the screen looked like {bank}. Caller knew her address and her last payments.',
  'Not sure who it was, line went dead after a few seconds, {n} times this week.',
];
const MIDDLES = [
  ' Wanted her to take out £{amount} and hand it to a courier at {time}.',
  ' Told her to move £{amount} to a safe account and not to tell the bank.',
  ' Asked for the one-time passcode sent by text.',
  ' Asked him to buy £{amount} of gift cards and read out the codes.',
  ' Asked for her date of birth and NI number.',
  ' Wanted AnyDesk installed to "fix" the router.',
  ' Very pushy, said it had to be done today.',
  ' Shouted at {name} when he asked questions.',
  '',
];
const ENDINGS = [
  ' She hung up and rang her daughter.',
  ' Gave card details before realising. Bank now told.',
  ' Courier due at {time}; police called.',
  ' Did not do anything, rang us on {day}.',
  ' Still worried; {name} has asked for a visit.',
  '',
];
const NAMES = ['Mrs Patel', 'Mr Jones', 'Mrs O\'Brien', 'Mr Nowak', 'Mrs Evans', 'Mr Singh', 'Miss Hughes', 'Mr Okafor'];
const OFFICERS = ['DC Harris', 'DS Moore', 'PC Lewis', 'Detective Khan', 'DI Walsh'];
const FORCES = ['the Met', 'Kent Police', 'Scotland Yard', 'the City of London Police', 'Hammersmith station'];
const TOWNS = ['London', 'Maidstone', 'Leeds', 'Cardiff', 'Belfast', 'Dundee'];
const BANKS = ['Barclays', 'Lloyds', 'NatWest', 'HSBC', 'Santander', 'Nationwide'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function note(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const fill = (t) =>
    t.replace(/\{(\w+)\}/g, (_, k) => {
      switch (k) {
        case 'officer': return pick(OFFICERS);
        case 'force': return pick(FORCES);
        case 'town': return pick(TOWNS);
        case 'bank': return pick(BANKS);
        case 'name': return pick(NAMES);
        case 'day': return pick(DAYS);
        case 'amount': return (100 * (1 + Math.floor(rand() * 150))).toLocaleString('en-GB');
        case 'small': return (1 + rand() * 4).toFixed(2);
        case 'pct': return String(10 + Math.floor(rand() * 40));
        case 'n': return String(2 + Math.floor(rand() * 6));
        case 'time': return `${1 + Math.floor(rand() * 11)}:${rand() < 0.5 ? '00' : '30'}pm`;
        default: return k;
      }
    });
  return fill(pick(OPENINGS) + pick(MIDDLES) + pick(ENDINGS));
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(rand, items, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rand() * total;
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

function some(rand, items, max) {
  const n = Math.floor(rand() * (max + 1));
  const out = new Set();
  for (let i = 0; i < n; i++) out.add(items[Math.floor(rand() * items.length)]);
  return [...out];
}

/** One record as a plain object. */
export function makeRecord(rand, i, withNotes) {
  const rec = { id: `HL-2025-${String(i + 1).padStart(7, '0')}` };
  const claimed = [weighted(rand, CLAIMED, CLAIMED_WEIGHT)];
  if (rand() < 0.1) claimed.push(weighted(rand, CLAIMED, CLAIMED_WEIGHT));
  const asked = some(rand, ASKED, 3);
  const signs = some(rand, SIGNS, 3);
  const happened = [weighted(rand, HAPPENED, HAPPENED_WEIGHT)];
  // Exports differ: some write lists, some comma-separated text; some leave a field out.
  const asText = rand() < 0.3;
  const put = (k, v) => {
    if (v.length === 0 && rand() < 0.5) return;
    rec[k] = asText ? v.join(', ') : v;
  };
  put('claimed', [...new Set(claimed)]);
  put('asked', asked);
  put('signs', signs);
  put('happened', happened);
  if (withNotes) rec.notes = note(rand);
  return rec;
}

/** Write `count` records to `file`; `notesShare` of them (0…1) carry notes. */
export async function generateJsonl(file, count, { notesShare = 0.1, seed = 20251122 } = {}) {
  const rand = rng(seed);
  const out = createWriteStream(file);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += JSON.stringify(makeRecord(rand, i, rand() < notesShare)) + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
