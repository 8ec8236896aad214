// Word lists the reader needs in code: closed-class English words (negators,
// conjunctions, pronouns, small words), contractions, irregular verbs,
// British/American spellings and number words. Everything about scams lives in
// the rule set's phrases, never here.

/** Contractions, with and without the apostrophe, and what they stand for. */
export const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ["won't", ['will', 'not']], ['wont', ['will', 'not']],
  ["can't", ['can', 'not']], ['cant', ['can', 'not']], ['cannot', ['can', 'not']],
  ["shan't", ['shall', 'not']], ["ain't", ['is', 'not']], ['aint', ['is', 'not']],
  ['dont', ['do', 'not']], ['didnt', ['did', 'not']], ['doesnt', ['does', 'not']],
  ['isnt', ['is', 'not']], ['wasnt', ['was', 'not']], ['werent', ['were', 'not']], ['arent', ['are', 'not']],
  ['havent', ['have', 'not']], ['hasnt', ['has', 'not']], ['hadnt', ['had', 'not']],
  ['wouldnt', ['would', 'not']], ['couldnt', ['could', 'not']], ['shouldnt', ['should', 'not']], ['mustnt', ['must', 'not']],
  ['im', ['i', 'am']], ['ive', ['i', 'have']], ['youve', ['you', 'have']], ['weve', ['we', 'have']], ['theyve', ['they', 'have']],
  ['youre', ['you', 'are']], ['theyre', ['they', 'are']], ['thats', ['that']], ['whats', ['what']], ['theres', ['there']],
  ['its', ['it']], ['hes', ['he']], ['shes', ['she']], ['itll', ['it', 'will']], ['youll', ['you', 'will']], ['theyll', ['they', 'will']],
  ['gonna', ['going', 'to']], ['wanna', ['want', 'to']], ['gotta', ['got', 'to']], ['dunno', ['do', 'not', 'know']],
  ['tryna', ['trying', 'to']], ['gimme', ['give', 'me']], ['lemme', ['let', 'me']], ['outta', ['out', 'of']], ['oughta', ['ought', 'to']],
  // Scots: "he didnae ask fur anythin", "am thinkin that wisnae right"
  ['didnae', ['did', 'not']], ['wisnae', ['was', 'not']], ['wasnae', ['was', 'not']], ['werenae', ['were', 'not']],
  ['cannae', ['can', 'not']], ['canna', ['can', 'not']], ['dinnae', ['do', 'not']], ['dinna', ['do', 'not']],
  ['doesnae', ['does', 'not']], ['isnae', ['is', 'not']], ['couldnae', ['could', 'not']], ['wouldnae', ['would', 'not']],
  ['shouldnae', ['should', 'not']], ['havenae', ['have', 'not']], ['hasnae', ['has', 'not']], ['hadnae', ['had', 'not']],
  ['willnae', ['will', 'not']],
]);

/** What an apostrophe ending stands for; "'s" (is, has or possessive) is dropped. */
export const APOSTROPHE_ENDINGS: ReadonlyMap<string, string | null> = new Map([
  ["'s", null],
  ["'re", 'are'],
  ["'m", 'am'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", "'d"], // had (left out before a past form: "I'd given") or would
]);

/** Irregular and awkward word forms: form → [base, is-past]. */
const IRREGULAR_LIST: [base: string, present: string[], past: string[]][] = [
  ['be', ['am', 'is', 'are', 'be', 'being'], ['was', 'were', 'been']],
  ['have', ['have', 'has', 'having'], ['had']],
  ['do', ['do', 'does', 'doing'], ['done']],
  ['did', [], ['did']], // kept apart from "do": "don't tell anyone" is not "I didn't tell anyone"
  ['say', ['say', 'says', 'saying'], ['said']],
  ['tell', ['tell', 'tells', 'telling'], ['told']],
  ['give', ['give', 'gives', 'giving'], ['gave', 'given']],
  ['take', ['take', 'takes', 'taking'], ['took', 'taken']],
  ['send', ['send', 'sends', 'sending'], ['sent']],
  ['pay', ['pay', 'pays', 'paying'], ['paid', 'payed']],
  ['buy', ['buy', 'buys', 'buying'], ['bought']],
  ['get', ['get', 'gets', 'getting'], ['got', 'gotten']],
  ['come', ['come', 'comes', 'coming'], ['came']],
  ['go', ['go', 'goes', 'going'], ['went', 'gone']],
  ['ring', ['ring', 'rings', 'ringing'], ['rang', 'rung']],
  ['speak', ['speak', 'speaks', 'speaking'], ['spoke', 'spoken']],
  ['know', ['know', 'knows', 'knowing'], ['knew', 'known']],
  ['keep', ['keep', 'keeps', 'keeping'], ['kept']],
  ['leave', ['leave', 'leaves', 'leaving'], ['left']],
  ['lose', ['lose', 'loses', 'losing'], ['lost']],
  ['make', ['make', 'makes', 'making'], ['made']],
  ['hang', ['hang', 'hangs', 'hanging'], ['hung']],
  ['withdraw', ['withdraw', 'withdraws', 'withdrawing'], ['withdrew', 'withdrawn']],
  ['draw', ['draw', 'draws', 'drawing'], ['drew', 'drawn']],
  ['win', ['win', 'wins', 'winning'], ['won']],
  ['find', ['find', 'finds', 'finding'], ['found']],
  ['think', ['think', 'thinks', 'thinking'], ['thought']],
  ['bring', ['bring', 'brings', 'bringing'], ['brought']],
  ['catch', ['catch', 'catches', 'catching'], ['caught']],
  ['hear', ['hear', 'hears', 'hearing'], ['heard']],
  ['hold', ['hold', 'holds', 'holding'], ['held']],
  ['sell', ['sell', 'sells', 'selling'], ['sold']],
  ['spend', ['spend', 'spends', 'spending'], ['spent']],
  ['steal', ['steal', 'steals', 'stealing'], ['stole', 'stolen']],
  ['swear', ['swear', 'swears', 'swearing'], ['swore', 'sworn']],
  ['write', ['write', 'writes', 'writing'], ['wrote', 'written']],
  ['drive', ['drive', 'drives', 'driving'], ['drove', 'driven']],
  ['feel', ['feel', 'feels', 'feeling'], ['felt']],
  ['meet', ['meet', 'meets', 'meeting'], ['met']],
  ['mean', ['mean', 'means', 'meaning'], ['meant']],
  ['freeze', ['freeze', 'freezes', 'freezing'], ['froze', 'frozen']],
  ['begin', ['begin', 'begins', 'beginning'], ['began', 'begun']],
  ['understand', ['understand', 'understands', 'understanding'], ['understood']],
  ['stand', ['stand', 'stands', 'standing'], ['stood']],
  ['use', ['use', 'uses', 'using'], ['used']],
  ['lend', ['lend', 'lends', 'lending'], ['lent']],
  ['run', ['run', 'runs', 'running'], ['ran']],
  ['sit', ['sit', 'sits', 'sitting'], ['sat']],
  ['show', ['show', 'shows', 'showing'], ['showed', 'shown']],
  ['forget', ['forget', 'forgets', 'forgetting'], ['forgot', 'forgotten']],
  // Same spelling in the past: counted as past so "I read out my PIN" can match a past phrase.
  ['read', ['reads', 'reading'], ['read']],
  ['put', ['puts', 'putting'], ['put']],
  ['let', ['lets', 'letting'], ['let']],
  ['cut', ['cuts', 'cutting'], ['cut']],
  ['set', ['sets', 'setting'], ['set']],
  ['shut', ['shuts', 'shutting'], ['shut']],
  // Doubled "l" in British spelling, single in American.
  ['cancel', ['cancel', 'cancels', 'cancelling', 'canceling'], ['cancelled', 'canceled']],
  ['dial', ['dial', 'dials', 'dialling', 'dialing'], ['dialled', 'dialed']],
  ['travel', ['travel', 'travels', 'travelling', 'traveling'], ['travelled', 'traveled']],
  ['label', ['label', 'labels', 'labelling', 'labeling'], ['labelled', 'labeled']],
  ['transfer', ['transfer', 'transfers', 'transferring'], ['transferred', 'transfered']],
  // Words the suffix rules would wrongly shorten ("pinned" is not "PIN").
  ['pinned', ['pinned', 'pinning'], []],
  ['news', ['news'], []],
  // Shop names that would shorten to everyday words: "Boots" is not the boot of a car.
  ['boots', ['boots'], []],
  ['always', ['always'], []],
  ['nothing', ['nothing'], []],
  ['something', ['something'], []],
  ['anything', ['anything'], []],
  ['everything', ['everything'], []],
  ['morning', ['morning', 'mornings'], []],
  ['evening', ['evening', 'evenings'], []],
  // A health check, not a computer screen: "a screening nurse", "bowel screening".
  ['screening', ['screening', 'screenings'], []],
  ['during', ['during'], []],
  ['bus', ['bus', 'buses'], []],
  ['gas', ['gas'], []],
  ['yes', ['yes'], []],
  ['this', ['this'], []],
  ['thus', ['thus'], []],
  ['plus', ['plus'], []],
  ['various', ['various'], []],
  ['previous', ['previous'], []],
  ['serious', ['serious'], []],
  ['series', ['series'], []],
  ['speed', ['speed', 'speeds'], []],
  ['need', ['need', 'needs', 'needing'], ['needed']],
  ['feed', ['feed', 'feeds'], []],
  ['indeed', ['indeed'], []],
  ['agree', ['agree', 'agrees', 'agreeing'], ['agreed']],
  ['guarantee', ['guarantee', 'guarantees'], ['guaranteed']],
  ['red', ['red'], []],
  ['bed', ['bed'], []],
  ['shed', ['shed'], []],
];

export const IRREGULAR: ReadonlyMap<string, { base: string; past: boolean }> = (() => {
  const m = new Map<string, { base: string; past: boolean }>();
  for (const [base, present, past] of IRREGULAR_LIST) {
    for (const f of present) m.set(f, { base, past: false });
    for (const f of past) m.set(f, { base, past: true });
  }
  return m;
})();

/** American (or misspelt) form → British form, applied before anything else. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['jewelry', 'jewellery'], ['jewelery', 'jewellery'], ['jewellry', 'jewellery'],
  ['license', 'licence'], ['licenses', 'licences'], ['lisence', 'licence'], ['licens', 'licence'],
  ['center', 'centre'], ['centers', 'centres'], ['programme', 'program'], ['programmes', 'programs'],
  ['mom', 'mum'], ['moms', 'mums'], ['mommy', 'mummy'], ['momma', 'mum'], ['ma', 'mum'],
  ['color', 'colour'], ['favor', 'favour'], ['neighbor', 'neighbour'], ['neighbors', 'neighbours'],
  ['behavior', 'behaviour'], ['honor', 'honour'], ['labor', 'labour'],
  ['defense', 'defence'], ['offense', 'offence'], ['pretense', 'pretence'],
  ['checkbook', 'chequebook'],
  ['gray', 'grey'], ['toward', 'towards'], ['afterward', 'afterwards'],
  ['installment', 'instalment'], ['installments', 'instalments'], ['enrollment', 'enrolment'],
  ['learnt', 'learned'], ['spelt', 'spelled'], ['burnt', 'burned'], ['dreamt', 'dreamed'],
  ['whilst', 'while'], ['amongst', 'among'], ['till', 'until'], ['til', 'until'], ['untill', 'until'],
  ['cos', 'because'], ['coz', 'because'], ['cuz', 'because'], ['bc', 'because'], ['becuase', 'because'], ['becasue', 'because'],
  ['tho', 'though'], ['thru', 'through'], ['pls', 'please'], ['plz', 'please'], ['ppl', 'people'],
  ['u', 'you'], ['ur', 'your'], ['r', 'are'], ['thier', 'their'], ['recieve', 'receive'], ['recieved', 'received'],
  ['beleive', 'believe'], ['beleived', 'believed'], ['realy', 'really'], ['definately', 'definitely'],
  ['sayin', 'saying'], ['askin', 'asking'], ['goin', 'going'], ['tellin', 'telling'], ['callin', 'calling'],
  ['wer', 'were'], ['wud', 'would'], ['cud', 'could'], ['shud', 'should'], ['bin', 'been'], ['wiv', 'with'], ['wif', 'with'],
  ['okay', 'ok'],
  // text-speak and note-taking: "some1 said they was police n she had to…", "caller claimed bank fraud dept"
  ['some1', 'someone'], ['sum1', 'someone'], ['any1', 'anyone'], ['every1', 'everyone'], ['no1', 'nobody'], ['n', 'and'],
  ['2day', 'today'], ['2moro', 'tomorrow'], ['2morrow', 'tomorrow'], ['tmrw', 'tomorrow'], ['b4', 'before'],
  ['txt', 'text'], ['txts', 'texts'], ['msg', 'message'], ['msgs', 'messages'], ['dept', 'department'], ['depts', 'departments'],
  ['acct', 'account'], ['accts', 'accounts'],
  // Scots and Irish forms: "this wummin phones fae the energy company", "I gied her the long number", "he telt me"
  // (not "ma": it is "mum" as often as "my")
  ['gied', 'gave'], ['gie', 'give'], ['gien', 'given'], ['telt', 'told'], ['fae', 'from'], ['frae', 'from'], ['tae', 'to'],
  ['aboot', 'about'], ['oot', 'out'], ['wi', 'with'], ['wummin', 'woman'], ['polis', 'police'], ['yer', 'your'], ['naw', 'no'],
  ['masel', 'myself'], ['hame', 'home'], ['noo', 'now'], ['fur', 'for'],
  ['anythin', 'anything'], ['nothin', 'nothing'], ['somethin', 'something'], ['thinkin', 'thinking'], ['phonin', 'phoning'],
  ['ringin', 'ringing'], ['sendin', 'sending'], ['payin', 'paying'], ['takin', 'taking'], ['givin', 'giving'], ['comin', 'coming'],
]);

/** Words left out when matching phrases: articles, possessives, object pronouns, "be", fillers. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'thy',
  'me', 'him', 'them', 'us', 'myself', 'himself', 'herself', 'themselves', 'yourself', 'ourselves',
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'it', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'just', 'really', 'very', 'actually',
  'apparently', 'basically', 'literally', 'quite', 'also', 'even', 'um', 'er', 'erm', 'uh', 'uhm',
  'oh', 'ah', 'well', 'totally', 'definitely', 'certainly', 'supposedly', 'allegedly',
]);

/** Start a negation: what follows to the end of the clause did not happen. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nobody', 'noone', 'nothing', 'none', 'neither', 'nor', 'without', 'nope', 'nah', 'nowt',
]);

/** The person refused: the caller may still have asked, but it did not happen. */
export const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'refused', 'refusing', 'refuses', 'decline', 'declined', 'declining', 'declines']);

/**
 * What did not quite happen: "nearly" or "almost" just before a verb ("she nearly
 * lost £5,000"), and "could" or "would" with "have" and a past form ("I could have
 * lost everything"). Not "almost £5,000 had gone", nor "must have", "may have".
 */
export const NEAR_MISSES: ReadonlySet<string> = new Set(['nearly', 'almost', 'could', 'would']);

/** Start a supposition: what follows may not have happened ("unless I paid"). */
export const SUPPOSERS: ReadonlySet<string> = new Set(['if', 'unless', 'otherwise', 'whether']);

/**
 * Right after a negator, these mean the negation is about the person's mind,
 * not about what happened: "I didn't realise", "I'm not sure", "they wouldn't stop asking".
 */
export const NEGATION_CANCELLERS: ReadonlySet<string> = new Set([
  'only', 'just', 'sure', 'certain', 'realise', 'realize', 'realised', 'realized', 'know', 'knew', 'notice', 'noticed',
  'think', 'thought', 'expect', 'expected', 'understand', 'understood', 'suspect', 'suspected', 'believe', 'believed',
  'recognise', 'recognize', 'recognised', 'recognized', 'remember', 'remembered', 'recall', 'trust', 'trusted', 'doubt',
  'care', 'mind', 'twig', 'twigged', 'catch', 'hear', 'heard', 'hesitate', 'hesitated', 'stop', 'stopped', 'quit',
  'matter', 'idea', 'choice', 'option', 'sooner', 'less', 'wonder', 'surprise', 'surprised', 'clue', 'happy',
]);

/** End a clause (and a negation) whatever follows. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'however', 'though', 'although', 'whereas', 'instead', 'except', 'apart', 'besides', 'yet',
  'so', 'because', 'since', 'when', 'while', 'after', 'before', 'until', 'then', 'only', 'just', 'still',
  'which', 'who', 'where', 'whereupon', 'anyway', 'anyhow', 'meanwhile', 'later', 'now', 'also', 'plus',
]);

/** Subject pronouns: a pronoun followed by a verb starts a new clause. */
export const SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'it', 'someone', 'somebody', 'caller', 'man', 'woman', 'lady', 'guy', 'bloke']);

/** Subjects that are the person themselves (for "I didn't give them anything"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'client', 'victim', 'mum', 'dad', 'nan', 'gran', 'husband', 'wife']);

export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'must', 'might', 'may', 'going', 'gonna']);

/** Helping verbs skipped when looking for the verb a negation is about. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'must', 'might', 'may',
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'ever', 'even', 'really', 'actually', 'at', 'all', 'once', 'to', 'want', 'wanted',
]);

/** Verbs of reporting and asking: after a subject pronoun they start a new clause. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'tell', 'tells', 'want', 'wants', 'ask', 'asks', 'need', 'needs', 'keep', 'keeps', 'start', 'starts',
  'threaten', 'threatens', 'demand', 'demands', 'insist', 'insists', 'claim', 'claims', 'reckon', 'reckons', 'sound', 'sounds',
]);

/** What the person does themselves: "I did not give them my PIN" denies the giving, not the asking. */
export const PERSON_ACTIONS: ReadonlySet<string> = new Set([
  'give', 'hand', 'pay', 'send', 'transfer', 'move', 'tell', 'type', 'enter', 'press', 'install', 'download', 'let',
  'withdraw', 'take', 'buy', 'read', 'share', 'confirm', 'go', 'do', 'did', 'part', 'provide', 'disclose', 'reveal', 'put', 'sign', 'click',
]);

/** Number words (digits are recognised by the scanner). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'couple', 'few', 'several', 'dozen',
  'hundreds', 'thousands', 'millions', 'half',
]);

/** After a number these make it an amount of money ("5 grand", "£5k", "200 quid"). */
export const MONEY_UNITS: ReadonlySet<string> = new Set([
  'pound', 'pounds', 'quid', 'grand', 'k', 'thousand', 'thousands', 'million', 'millions', 'hundred', 'hundreds', 'p', 'pence',
  'euro', 'euros', 'dollar', 'dollars', 'bn', 'm', 'gbp', 'sterling',
]);

/** A money word that is an amount on its own ("a grand", "thousands of pounds"). */
export const MONEY_ALONE: ReadonlySet<string> = new Set(['grand', 'quid']);

/** A first character's bit for WordSet: a letter in either case (0–25), else 26. */
function firstBit(code: number): number {
  const letter = (code | 32) - 97;
  return letter >= 0 && letter < 26 ? letter : 26;
}

/**
 * A few lower-case words to check single tokens against, as written in any case.
 * The lengths it holds give a quick "no" before any string is made: most tokens
 * checked are other words (the reader asks per token near each phrase).
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Bit n set: a word of n characters is in the set (bit 31: of 31 or more). */
  private readonly lengths: number;
  /** Bit n set: a word starting with letter n (a = 0, in either case) is in the set; bit 26 for any other first character. */
  private readonly firsts: number;

  constructor(words: readonly string[]) {
    this.words = new Set(words);
    this.lengths = words.reduce((mask, w) => mask | (1 << Math.min(w.length, 31)), 0);
    this.firsts = words.reduce((mask, w) => mask | (1 << firstBit(w.charCodeAt(0))), 0);
  }

  /** Whether `text` from `start` to `end` is one of the words, in any case. Length and first letter are looked at before any string is made. */
  hasSpan(text: string, start: number, end: number): boolean {
    if ((this.lengths & (1 << Math.min(end - start, 31))) === 0) return false;
    if ((this.firsts & (1 << firstBit(text.charCodeAt(start)))) === 0) return false;
    return this.words.has(text.slice(start, end).toLowerCase());
  }
}

/** Before "be" and a deed, what makes it wanted rather than done: "must be paid by card" ("to be" is found by its flag). */
export const OBLIGED = new WordSet(['must', 'should']);

/** Words in nearly every description, passed over as the anchor of an exact genuine phrase ("the call was real"). */
export const COMMON_ANCHOR_WORDS: ReadonlySet<string> = new Set(['call', 'called', 'caller', 'phone', 'phoned', 'rang', 'said', 'told', 'they', 'that']);

/** A condition the caller sets: "unless I read out the code" says what was wanted. */
export const UNLESS = new WordSet(['unless']);

/** A condition, when the caller tells it: "he said if I paid £200 the parcel would be released". */
export const IF = new WordSet(['if']);

/** An offer told before a condition: "offering to wipe out my debts if I paid her £200". */
export const OFFERING = new WordSet(['offering', 'offered', 'offers', 'offer']);

/** What a call or question is about, before a deed told as done: "rang about a payment I had made", "re the transfer I was making". */
export const ABOUT = new WordSet(['about', 'regarding', 're']);

/**
 * Before a payment word right after ABOUT, what makes it the person's own, already made ("rang about my £2,000
 * transfer", "re £1,850 transfer", "about her new payee"): an owner, and the words that may stand between it and
 * the payment word. An amount (a number or money word) also makes it one.
 */
export const TRANSACTION_OWNERS = new WordSet(['my', 'our', 'her', 'his']);
export const TRANSACTION_WORDS = new WordSet(['new', 'recent', 'latest', 'last', 'big', 'large', 'earlier', 'online', 'international', 'bank', 'card', 'cash']);
/**
 * What a bank did to a payment, told before it like ABOUT: "they'd stopped a card payment on a website", "blocked
 * two payments". The payment after it (with "a", "the" or a number, or as TRANSACTION_OWNERS allow) is theirs to
 * stop, not money asked for.
 */
export const TRANSACTION_ACTIONS = new WordSet([
  'stopped', 'blocked', 'declined', 'flagged', 'noticed', 'spotted', 'queried', 'paused', 'froze', 'frozen', 'cancelled', 'reversed', 'refunded',
]);
export const TRANSACTION_ARTICLES = new WordSet(['a', 'an', 'the', 'that', 'this', 'some']);

/** "The bank rang because I'd made a big cash withdrawal": the person's own deed given as the reason for the call, like ABOUT. */
export const BECAUSE = new WordSet(['because', 'cos', 'coz', 'cause']);

/** "The bank rang him after he tried to send £4,000": what the call came after, read as BECAUSE is. */
export const AFTER = new WordSet(['after']);

/** After "check", what the check is on: "a routine check on a large withdrawal I made". */
export const ON = new WordSet(['on']);

/** The person's own wish after "I" ("I wanted to send it"), where "need" or "must" may be the caller's words told ("he said I needed to"). */
export const WANT = new WordSet(['want', 'wanted', 'wants']);

/** An aside that starts one of these, between commas, does not part a word of wanting from its deed: "convinced by the caller, who said he was her bank, to tell him her PIN". */
export const ASIDE_STARTS = new WordSet(['who', 'which']);

/** "You" as the one telling or asking: in an organisation's advice, the reader ("if you email asking for a withdrawal"). */
export const YOU = new WordSet(['you']);

/** Before a word of asking or telling in a question about a fact, the question's own doer: "asked had anyone told me to lie". */
export const ANYONE = new WordSet(['anyone', 'anybody', 'someone', 'somebody']);

/** Before a word of asking or telling, these make the person the one asked or told: "I was told to". */
export const PASSIVE_BEFORE_SAY = new WordSet(['was', 'were', 'am', 'are', 'is', 'been', 'be', 'got', 'get', 'being']);

/** Before a word of how the call went, these make the person the one it was done to: "I felt bullied". */
export const FEELING = new WordSet(['felt', 'feel', 'feels', 'feeling']);

/** Before request words, these make them only tried: "I tried to send", "we were about to pay", "the bank stopped me sending it". */
const TRIED_WORDS = ['tried', 'try', 'trying', 'tryna', 'attempted', 'attempting'];
export const ATTEMPT = new WordSet([...TRIED_WORDS, 'about', 'going', 'stopped', 'prevented']);

/** Just after who was rung, these make the call the person's own: "I rang the Royal Mint myself". */
export const THEMSELVES = new WordSet(['myself', 'ourselves', 'himself', 'herself', 'themselves']);

/** Just before "to" and a deed, these make it tried by whoever tried it, not asked of the person: "Adam tried to move £85,000". */
export const TRIED_TO = new WordSet(TRIED_WORDS);

/** Before an -ing word, these make it under way, not done: "I was sending". */
export const PROGRESSIVE = new WordSet(['was', 'were', 'am']);

/** After a person sent or moved (reading `people-moved`), these say where to: "sent him back", "moved her into a home". */
export const DIRECTIONS = new WordSet(['back', 'home', 'into', 'straight', 'round', 'over', 'off', 'away', 'out', 'up', 'down', 'across', 'along', 'onto', 'upstairs', 'downstairs']);

/** Who was asked or made to do something: "asked me had I paid", "had her link him to her computer". */
export const OBJECT_PRONOUNS = new WordSet(['me', 'us', 'him', 'her', 'them']);

/** The person as the one given something: "gave me £150", "handed us the card"; after a note's opening deed, the caller's ("Sent me a link"). */
export const TO_THE_PERSON_WORDS: readonly string[] = ['me', 'us'];
export const TO_THE_PERSON = new WordSet(TO_THE_PERSON_WORDS);

/** Someone sent or moved: "sent him back", "moved her into a home", "transferred me to a manager" ("them" may be the savings). */
export const PERSON_MOVED = new WordSet(['him', 'her', 'me', 'us']);

/** Between the person and their ringing word: "I then rang", "I just phoned", "I finally got through". */
export const OWN_CALL_ADVERBS = new WordSet(['then', 'just', 'also', 'finally', 'eventually', 'immediately', 'first', 'actually', 'already', 'straight', 'myself', 'ourselves']);

/** Between a ringing word and who was rung: "rang up the council", "phoned through to my bank", "rang our dentist direct". */
export const OWN_CALL_BETWEEN = new WordSet(['the', 'my', 'our', 'her', 'his', 'their', 'a', 'an', 'up', 'through', 'to', 'round', 'direct', 'directly', 'straight', 'myself', 'ourselves', 'himself', 'herself']);

/** Right after a ringing word, a call returned or made to a person: "I rang them back", "I called him". */
export const OWN_CALL_RETURNED = new WordSet(['back', 'me', 'us', 'him', 'them', 'you', 'it', 'this', 'that', 'these', 'those']);

/** A little after who was rung, a call returned: "I phoned HMRC back", "rang Lloyds straight back". */
export const CALLED_BACK = new WordSet(['back']);

/** Before a ringing word later on, the one already rung ringing again: "they rang me back", "she called again". */
export const OWN_CALL_SAME_CALLER = new WordSet(['they', 'he', 'she', 'it']);

/** Before "phone" or "call", the thing, not someone new ringing: "over the phone", "on my phone", "the call". */
export const THE_PHONE_BEFORE = new WordSet(['the', 'my', 'your', 'his', 'her', 'their', 'our', 'on', 'over', 'by', 'that', 'this']);

/** After "call", a thing: "a £60 call-out fee" (hyphen or not). */
export const CALL_OUT = new WordSet(['out']);

/** After an own-call stop word, not money gone: "went through security", "the payment's gone through". */
export const THROUGH = new WordSet(['through']);

/** What an own call may be made to besides an organisation, with a trusted place in its sentence: "the number on my card". */
export const RUNG_NUMBER = new WordSet(['number', 'numbers', 'helpline', 'line', 'phone', 'telephone', 'no']);

/** The person, retold by someone else: "Client said she rang HMRC". */
export const RETOLD_CALLERS = new WordSet(['she', 'he', 'they']);

/** Own-call stop words that are money gone only with money beside them ("£4,000 went", not "took a reading"). */
export const MOVED_WORDS = new WordSet(['went', 'gone', 'taken', 'took', 'take']);

/** Money named in words, beside a word of taking or going. */
export const MONEY_WORDS = new WordSet(['money', 'cash', 'savings', 'pension', 'funds', 'everything', 'lot', 'pounds', 'grand', 'account']);

/** A phone number told: "the number on my policy", "got the number off their letter". */
export const NUMBER_WORD = new WordSet(['number', 'numbers']);

/**
 * Past forms that, opening a sentence with no doer ("Paid it this morning.", "Gave him
 * the long number."), are the person's own deed, as in a note or a text message.
 */
export const ELIDED_SUBJECT_DEEDS: readonly string[] = ['pay', 'send', 'give', 'hand', 'transfer', 'move', 'withdraw', 'buy', 'read', 'type', 'install', 'download', 'do'];

/** The caller ending the call when checked ("he hung up", "they rang off"): Core.hungUpOnCheck. */
export const HANG = new WordSet(['hung', 'hang', 'hangs', 'rang', 'rings']);
export const UP_OFF = new WordSet(['up', 'off']);
/** Words between the one hanging up and "hung up": "he just hung up", "they then rang off". */
export const HANG_ADVERBS = new WordSet(['just', 'then', 'promptly', 'quickly', 'immediately', 'suddenly', 'simply']);
/** The person checking the caller: "I asked which bank", "she questioned him". */
export const CHECK_WORDS = new WordSet(['asked', 'ask', 'asking', 'questioned', 'challenged', 'queried']);
/** After a retold check word, a question put to the caller: "she asked which branch", "asked him to name it". */
export const CHECK_QUESTIONS = new WordSet(['which', 'who', 'where', 'what', 'whether', 'if', 'how', 'why', 'him', 'her', 'them']);
/** Not the caller, whatever the pronoun: "we hung up". */
export const CHECKERS_NOT_CALLER = new WordSet(['we']);

/**
 * The person's deeds that, told in the present right after "I", "we" or "Mum", "Client", are a story told aloud: done
 * (Tokens.markNarratedDeeds). Ringing too, so "after I call number on back of card" is the person checking.
 */
export const NARRATED_DEEDS: readonly string[] = ['give', 'send', 'read', 'hand', 'transfer', 'type', 'tell', 'let', 'press', 'download', 'install', 'call', 'ring', 'phone'];

/** Past forms that, after "I" or "we" and done to "it" or "them", are doing what was asked (Tokens.addDeedsOfWhatWasAsked). */
export const DEEDS_OF_WHAT_WAS_ASKED: readonly string[] = ['give', 'send', 'pay', 'hand', 'transfer', 'read', 'type', 'do', 'move', 'withdraw', 'buy'];

/** Retold of someone else, a payment told bare is the person's: "she got a call saying a trip fee was overdue… She paid." */
export const RETOLD_PAYERS: readonly string[] = ['she', 'he'];
/** Besides a sentence's start or "and", these may come just before that "she" or "he": "so she paid". */
export const RETOLD_PAYER_AFTER: readonly string[] = ['so', 'then'];
export const PAID_BARE: readonly string[] = ['pay', 'transfer'];

/** Lost, of a thing rather than money ("after losing his wallet"): an own call's stop only with money (Core.stopsOwnCall). */
export const LOSS_OF_A_THING = new WordSet(['lose', 'lost', 'losing', 'loses']);
export const OBJECT_OWNERS = new WordSet(['my', 'his', 'her', 'their', 'our', 'a', 'the', 'mum\'s', 'dad\'s']);
export const LOST_THINGS = new WordSet(['wallet', 'purse', 'card', 'cards', 'phone', 'mobile', 'keys', 'bag', 'handbag', 'passport', 'pin']);

/** What a deed is done to when it is what was asked (Tokens.addDeedsOfWhatWasAsked): "I gave it to her". */
export const THAT_THING: readonly string[] = ['it', 'them', 'that', 'lot'];
/** Words beside that thing: "gave it to him", "handed it over", "read it out", "sent the lot". */
export const BESIDE_THAT_THING: readonly string[] = ['him', 'her', 'to', 'over', 'out', 'in', 'back', 'all', 'the'];
/** What may follow the deed's "it" (besides the sentence's end, a comma or "and"): "paid it over the phone", "sent it yesterday". */
export const AFTER_THAT_THING: readonly string[] = [
  'then', 'but', 'so', 'over', 'on', 'by', 'with', 'via', 'using', 'this', 'yesterday', 'today', 'straight', 'there', 'before', 'after', 'online', 'anyway', 'because', 'cos',
];
/** Before the doer of a story told in the present, a habit or a time, not a deed done (Tokens.markNarratedDeeds): "when I give", "always I send". */
export const NARRATED_STOPS: readonly string[] = ['when', 'whenever', 'before', 'until', 'once', 'always', 'usually', 'never', 'sometimes', 'often'];
