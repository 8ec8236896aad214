// The shapes of an ASSEMBLED rule set: what the engine, the reader and the
// outputs use once the YAML is loaded (camelCase, defaults filled in, each item
// with the pack and place it came from). They are not the file format: that is
// defined once in file-format/ (from which the build writes schema/*.json), and the
// assembler (assemble/) turns a checked file into these. The id lists below are
// shared by both.

/** The rule-file format this scamcheck reads (`schemaVersion` in pack.yaml). */
export const SCHEMA_VERSION = 1;

export const VERDICTS = ['no-known-signs', 'suspicious', 'high-risk', 'scam'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REGIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

/** The four questions of the scripting contract, in interview order after the urgent check. */
export const QUESTION_IDS = ['claimed', 'asked', 'signs', 'happened'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Where a thing was defined, for error messages and `rules show`. Lines and columns start at 1. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** What a check is given: for each question, the answer ids that apply. */
export type Answers = Record<QuestionId, string[]>;

export interface AnswerDef {
  id: string;
  /** Short label shown in the interview and in output, e.g. "The police". */
  label: string;
  /** One line a frightened person understands. */
  hint: string;
  /** Words and phrases in a description that mean this answer (free-text reading). */
  phrases: string[];
  /** Choosing this answer means something must be done now. */
  urgent: boolean;
  /** A "nothing"/"none"/"not sure" style answer: it is not itself a warning sign. */
  neutral: boolean;
  pack: string;
  loc: SourceLocation;
}

export interface QuestionDef {
  id: QuestionId;
  /** The question as asked in the interview. */
  prompt: string;
  /** Shown under the question. */
  hint: string;
  /** How the answers are named in output: "Claimed to be", "Asked for"... */
  heading: string;
  /** true: tick all that apply; false: pick one. */
  multiple: boolean;
  /** The answer id that stands for "nothing ticked" (e.g. asked: none). */
  emptyAnswer?: string;
  answers: AnswerDef[];
  pack: string;
  loc: SourceLocation;
}

/** A condition over answers. A leaf matches when, for every question it names, at least one listed id was given. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answers: Partial<Record<QuestionId, string[]>> };

export const RULE_STATUSES = ['experimental', 'stable', 'deprecated'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export interface RuleExamples {
  /** Answer sets that must match this rule. */
  match: Partial<Answers>[];
  /** Answer sets that must not match this rule. */
  noMatch: Partial<Answers>[];
}

export interface RuleDef {
  id: string;
  title: string;
  status: RuleStatus;
  verdict: Verdict;
  /** Speaks to the person: "A real police officer will never ask you to hand over money." */
  explanation: string;
  when: Condition;
  advice: string[];
  sources: string[];
  examples: RuleExamples;
  /** Ids of rules this one replaces or is related to (Sigma's `related`). */
  related: string[];
  /** Pack that defined the rule; "builtin" for rules/. */
  pack: string;
  /** Packs that overrode parts of this rule, in order. */
  changedBy: string[];
  loc: SourceLocation;
}

export interface ContactDef {
  id: string;
  name: string;
  phone: string;
  /** Optional web address or other route (text 7726). */
  web?: string;
  /** Optional email address to report to (report@phishing.gov.uk). */
  email?: string;
  /** When the details were last checked against the source, YYYY-MM-DD. */
  checked?: string;
  /** Opening hours or a short note ("anonymous", "free"). */
  note?: string;
  regions: Region[];
  sources: string[];
  pack: string;
  changedBy: string[];
  loc: SourceLocation;
}

export interface AdviceDef {
  id: string;
  /** One action, in a short sentence or two. */
  text: string;
  /** Replacement wording for particular regions. */
  regionText: Partial<Record<Region, string>>;
  /** Lower comes first: urgent actions (hang up, 999) have the smallest numbers. */
  order: number;
  /** Contact ids; only those for the chosen region are shown. */
  contacts: string[];
  /** Regions this advice applies to (all four when not given). */
  regions: Region[];
  /** Shown only when the answers meet this condition (the rules' `when` language); always when not given. */
  when?: Condition;
  /** Shown only at this verdict or higher ("report it" is not said about a genuine-looking call). */
  minVerdict?: Verdict;
  /** Shown only at this verdict or lower (calm wording for a genuine-looking call). */
  maxVerdict?: Verdict;
  /** Advice ids this one must never be shown with: the `when`s keep them apart, and a test checks it. */
  conflicts?: string[];
  sources: string[];
  pack: string;
  changedBy: string[];
  loc: SourceLocation;
}

/**
 * The one action a result opens with. The first headline (in file order)
 * whose `when` and verdict range fit the answers is chosen; the last one
 * should fit every result.
 */
export interface HeadlineDef {
  id: string;
  /** The action, stated from what the person said: "A courier is coming: call 999 now…". */
  text: string;
  when?: Condition;
  minVerdict?: Verdict;
  maxVerdict?: Verdict;
  /** Contact ids shown with it (those for the person's region). */
  contacts: string[];
  /** Advice ids the headline already says: left out of the steps below it. */
  covers: string[];
  sources: string[];
  examples: RuleExamples;
  pack: string;
  changedBy: string[];
  loc: SourceLocation;
}

/**
 * A heading over the next steps ("Do this now", "Report it"), so a long list
 * reads in a few parts. A step sits under the last group whose `fromOrder` is
 * at or below the step's `order`: groups never reorder the steps.
 */
export interface StepGroupDef {
  id: string;
  heading: string;
  fromOrder: number;
  pack: string;
  changedBy: string[];
  loc: SourceLocation;
}

export interface VerdictDef {
  id: Verdict;
  /** The verdict in words, e.g. "Scam". Never "safe". */
  label: string;
  /** One sentence under the label. */
  summary: string;
  /** Advice always given at this verdict, whatever the rules. */
  advice: string[];
  /** Said plainly where it applies: not the person's fault, reporting helps. */
  reassurance?: string;
  sources: string[];
  loc: SourceLocation;
}

/** Interview wording that is not a question of the contract (the urgent opening check, the review). */
export interface InterviewText {
  [key: string]: string;
}

/** A web site accepted as a primary source: the organisation itself (a police force, GOV.UK, the FCA). */
export interface PrimarySourceDef {
  /** Host name without "www.". */
  domain: string;
  /** true: every host under the domain counts too. */
  subdomains: boolean;
  name: string;
  pack: string;
  loc: SourceLocation;
}

export interface DisabledRule {
  rule: string;
  reason: string;
  pack: string;
  loc: SourceLocation;
}

/** What kind of thing a lock protects. */
export const LOCK_KINDS = ['advice', 'contact', 'rule', 'question', 'answer', 'interview'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

/**
 * One protected item (from a `locked:` section, e.g. rules/locked.yaml): a later
 * pack may add to it (contacts, sources, advice, a higher verdict, phrases) but
 * never reword, renumber, re-region or disable it.
 */
export interface LockDef {
  kind: LockKind;
  /** The item's id; for an answer "question:answer" (e.g. "asked:hand-over-cash"). */
  id: string;
  /** Why it is locked: shown when a pack tries to change it. */
  why: string;
  /** The pack whose `locked:` section holds the lock. */
  pack: string;
  loc: SourceLocation;
}

export interface PackInfo {
  name: string;
  version: string;
  schemaVersion: number;
  description?: string;
  dir: string;
}

export interface RuleSet {
  /** The built-in set first, then each pack in the order given. */
  packs: PackInfo[];
  questions: QuestionDef[];
  verdicts: VerdictDef[];
  rules: RuleDef[];
  advice: AdviceDef[];
  /** Headings over the next steps, lowest `fromOrder` first once assembled. */
  stepGroups: StepGroupDef[];
  contacts: ContactDef[];
  disabled: DisabledRule[];
  interview: InterviewText;
  /** Items later packs cannot weaken (absent in hand-built sets: nothing locked). */
  locks?: LockDef[];
  /** Sites `rules validate --strict` accepts as primary sources. */
  primarySources?: PrimarySourceDef[];
  /** Headline actions, tried in order; the first that fits is a result's headline. */
  headlines: HeadlineDef[];
  /**
   * Named sets of answers that carry meaning outside the rules: `loss` (money,
   * cards or details have gone), `payment-asks`, `urgent-on-call`,
   * `urgent-courier`.
   */
  answerGroups: Record<string, Partial<Record<QuestionId, string[]>>>;
  /** The questions whose answers near misses ("if they call again") try. */
  nearMissQuestions: QuestionId[];
  /** The wording of a result (headings, notices) by key, from rules/wording.yaml. */
  output: InterviewText;
  /** How free text is read beyond the answers' phrases (rules/reading.yaml); absent in sets made without it. */
  reading?: ReadingDef;
  /** Limits on what is read (rules/reading.yaml); a pack may lower them, never raise them. */
  limits: LimitsDef;
}

export interface LimitsDef {
  /** The longest description of a call read, in characters (Infinity when no pack has set one). */
  description: number;
}

/**
 * What the free-text reader needs besides the answers' phrases: words read in
 * another sense, who did what, and how the call turned out (rules/reading.yaml).
 * A pack adds to each list and map.
 */
/** One rules/reading.yaml needs-near entry: see ReadingDef.needsNear. */
export interface NearRule {
  question: QuestionId;
  answer: string;
  phrases: string[];
  /** Single words, any form ("be" is also "was"). */
  before: string[];
  after: string[];
  /** The reading wording key of the note when such a phrase is left out (default "left-out-not-near"). */
  note?: string | undefined;
  /** Left out without a note: for everyday words ("problem", "slow") that are mostly in another sense. */
  quiet?: boolean | undefined;
  /** Also counts when a word just after the phrase was said earlier in the description ("…my gas boiler. I don't have a gas boiler"). */
  afterSaidEarlier?: boolean | undefined;
  /** With afterSaidEarlier: words that, said again, do not count ("number", "time"). */
  ignore?: string[] | undefined;
  /** Counts only when told as now: no past-tense word just before ("she was still on the phone"), no "was"/"were"/"had" inside. */
  onlyNow?: boolean | undefined;
}

export interface ReadingDef {
  /** Phrases read as nothing: they hide any answer phrase inside them ("install the line" is not remote access). */
  senses: string[];
  /** An organisation telling its own process ("we will send a code to your app"): read as nothing, and said so. */
  process: string[];
  /** The description says the call turned out to be genuine. */
  genuine: string[];
  /** Like `genuine`, but matched as written (any case), small words and all: "it really was", "was really them". */
  genuineExact: string[];
  /** The description says the call turned out to be a scam: outweighs `genuine`. */
  scam: string[];
  /** The person says they did as the caller asked ("so I did", "which I gave"). */
  complied: string[];
  /**
   * The caller asking about a fact, not asking for something ("they asked whether I had
   * taken cash out abroad"): what is asked for or done in the rest of the sentence is not counted.
   */
  questions: string[];
  /**
   * Words of the caller wanting something done ("told me to", "must", "insisted"). A
   * `needsDemand` phrase counts only in a sentence with one of these, or with a request read.
   */
  demands: string[];
  /**
   * Phrases of an answer that count only beside a demand, by question and answer id: "straight
   * away" is pressure in "told me to ring the bank straight away", not in "I went straight over".
   */
  needsDemand: Partial<Record<QuestionId, Record<string, string[]>>>;
  /**
   * An answer's phrases that count only with a word of `before` just before them or of
   * `after` just after (up to three words, in the same sentence): "my son rang", "a call
   * from my daughter", "said she was my niece" are a relative calling; "my son got a lift" is not.
   */
  needsNear: NearRule[];
  /** Answers whose one-word phrases count only beside a demand, by question: "VAT" or "debt" alone is not the caller asking for payment. */
  oneWordNeedsDemand: Partial<Record<QuestionId, string[]>>;
  /** Answers whose every phrase counts only beside a demand, by question: "someone had my card details" names bank details, it does not ask for them. */
  allNeedDemand: Partial<Record<QuestionId, string[]>>;
  /**
   * Phrases of a request that, written as done ("I rang the bank", "they hung up and
   * phoned her bank"), are someone checking for themselves, not the caller asking, by
   * question and answer id. They are also the answer's phrases.
   */
  doneNotAsked: Partial<Record<QuestionId, Record<string, string[]>>>;
  /**
   * One-word phrases of an answer that count alone, without the demand its other one-word
   * phrases wait for, by question and answer id: "a program called AnyDesk" names only the
   * tool for getting into a computer. They are also the answer's phrases.
   */
  standsAlone: Partial<Record<QuestionId, Record<string, string[]>>>;
  /** Answers that, with the person as the doer ("I shouted", "we both screamed"), are the person's own reaction, not the caller's, by question. */
  ownReactions: Partial<Record<QuestionId, string[]>>;
  /** Words that, before "if" or "whether", ask about a fact ("asked if she was trying to…"): nothing asked for or done is read in the rest of the sentence. */
  factQuestions: string[];
  /** Words that make an outcome phrase after them in its clause a belief at the time, not how the call turned out: "I thought it really was my bank". */
  beliefs: string[];
  /** Words that, after "asked did I", make an offer or a request, not a question about a fact: "asked did I want to pay". */
  wishes: string[];
  /** Words that, just before "her to" or "me to", say the deed was done: "got her to let them onto her laptop". */
  causatives: string[];
  /** Words of sending or moving that, with "him" or "her" and a direction after them, move a person, not money: "sent him back to school". */
  peopleMoved: string[];
  /** Words of the caller telling you something ("said", "claimed", "warned"): with the demands, what a needs-speech phrase waits for. */
  speech: string[];
  /** Answers whose one-word phrases count only in a sentence where the caller tells or asks: "the bank's fraud investigation department" is not the caller saying there is an investigation. */
  oneWordNeedsSpeech: Partial<Record<QuestionId, string[]>>;
  /** Answers still read inside such a question: asking whether you live alone is asking for personal details. */
  questionKeeps: Partial<Record<QuestionId, string[]>>;
  /** Requests still read when the person tells the deed as their own: "I bought £500 of Google Play cards" was asked for, as only a caller wants that. */
  ownDeedKeeps: Partial<Record<QuestionId, string[]>>;
  /** What doing as asked means: an asked answer id to the happened answer id it becomes. */
  compliedMeans: Record<string, string>;
  /** What a deed wanted by the caller means ("asked me to read out my card number"): a happened answer id to the asked answer id it becomes. */
  wantedMeans: Record<string, string>;
  /** What a deed that nearly happened says was wanted ("she nearly lost £5,000 to him"): a happened answer id to the asked answer id that counts instead. */
  nearMissMeans: Record<string, string>;
  /**
   * The person reported a crime before the call ("after you report a crime", "we were
   * burgled", "I had reported it to the police"): the police following it up is expected.
   */
  reportedFirst: string[];
  /** Answers not counted from phrases after a reported-first phrase ("crime reference number", "investigation"). */
  reportedDrops: Partial<Record<QuestionId, string[]>>;
  /** Answers that, with "me" or "us" right after their verb and a "to", "will" or "then" before it, are the caller ringing the person, not a request ("promised to call me back"). */
  ringsThePerson: Partial<Record<QuestionId, string[]>>;
  /** What a deed the caller made a condition of says was wanted ("unless I paid £500 today"): a happened answer id to the asked answer id that counts instead. */
  conditionMeans: Record<string, string>;
  /** What a deed told by someone else means ("he said £600 had gone from my account"): a happened answer id to the signs answer id of what the caller claimed. */
  claimedMeans: Record<string, string>;
  /** Answers not counted from the text when the description says the call was genuine (and not that it was a scam). */
  genuineDrops: Partial<Record<QuestionId, string[]>>;
  /** Callers whose hurry is about someone's care (a hospital, a GP, a school): also read as the caller being "someone else". */
  careCallers: string[];
  /** Answers not counted from the text when every caller read is a care caller and nothing in careKeeps is read ("come in straight away" is not pressure). */
  careDrops: Partial<Record<QuestionId, string[]>>;
  /** Answers that, read anywhere in the description, keep careDrops counted: money, bank details, a PIN asked for. */
  careKeeps: Partial<Record<QuestionId, string[]>>;
  /** Answers that, read anywhere in the description, make a caller's name in quote marks ("from 'the NHS'") the person doubting it (signs: felt-wrong): money or card details gone. */
  quotedCallerDoubtedWith: Partial<Record<QuestionId, string[]>>;
  /**
   * Answers not counted when every phrase read for them comes before the first sentence with a
   * call word, and no loss word comes before that sentence: "I'd sent £950 to my daughter's new
   * number. Three hours later First Direct rang" is money paid before the call, not because of it.
   */
  beforeTheCall: Partial<Record<QuestionId, string[]>>;
  /** Single words that bring the call into the story ("rang", "phoned", "said"). */
  callWords: string[];
  /**
   * Single words that, right after a call word, make it the person ringing out ("she rang the
   * police", "I phoned the bank"): not where the call comes into the story.
   */
  ringsOut: string[];
  /** Single words of a loss ("lost", "conned"): one before the call keeps beforeTheCall answers counted. */
  lossWords: string[];
  /** Single words for someone else doing a deed ("someone tried to take out £250"): not a request. */
  otherDoers: string[];
  /**
   * Single words of ringing ("rang", "phoned", "contacted"): right after "I" or "we" (or "she", "he"
   * or "they" retold: "Client said she rang HMRC"), with an organisation (ownCallTo) or a number from
   * a trusted place after it, the person's own call.
   */
  ownCallWords: string[];
  /** The callers an own call can be made to ("I rang Sky", "Dad phoned the dentist"), by question (claimed only). */
  ownCallTo: Partial<Record<QuestionId, string[]>>;
  /** Single words of a number from a trusted place, in the own call's sentence ("the number on my card", "off their letter"); with "number" in that sentence or the next, any firm rung counts. */
  trustedNumbers: string[];
  /** Single words, as written, of a number from an untrusted place, within a dozen words after who was rung ("the number in the text", "the man left"): not an own call. */
  untrustedNumbers: string[];
  /** Single words, as written, that anywhere in the description keep ownCallDrops counted ("scammed", "lost", "pretending"; not right before "through", not denied, "took", "taken", "went" or "gone" only with money beside them, and "lose", "lost" or "losing" not before a thing such as a wallet or a card). */
  ownCallStops: string[];
  /** Single words, as written, of a place an own call can be made to besides ownCallTo: "I rang my bank", "rang the branch". */
  ownCallPlaces: string[];
  /**
   * Answers not counted when the story opens with the person's own call to an organisation and
   * every phrase read for them comes before anyone new rings: "I rang Sky myself and paid the £60
   * call-out fee by card" is the person paying a bill, not a caller asking for a fee.
   */
  ownCallDrops: Partial<Record<QuestionId, string[]>>;
  /** Answers that, read anywhere in the description, keep ownCallDrops counted: cash, cards, a PIN, remote access. */
  ownCallKeeps: Partial<Record<QuestionId, string[]>>;
  /** Single words, as written, of someone paid for their work ("cleaner", "plumber", "gardener"). */
  servicePayees: string[];
  /** Single words, as written, that anywhere in the description keep serviceDrops counted ("courier", "taxi", "collect"). */
  serviceStops: string[];
  /**
   * Answers not counted where someone is paid for their work, no caller other than someone else or a relative
   * is read and no serviceKeeps answer is: "She gave the gardener £60 cash when he finished, like always".
   */
  serviceDrops: Partial<Record<QuestionId, string[]>>;
  /** Answers that, read anywhere in the description, keep serviceDrops counted: card details, a PIN, pressure, a caller from an organisation. */
  serviceKeeps: Partial<Record<QuestionId, string[]>>;
  /** Wording by key: the roles shown with evidence, and the reader's notes. */
  wording: Record<string, string>;
}

/**
 * The reading keys that list answers by question (`genuine-drops: { asked: [...] }`),
 * from the file's key to ReadingDef's field: one list for assembling packs and for
 * checking that every answer named exists.
 */
export const READING_ANSWER_LISTS = [
  ['genuine-drops', 'genuineDrops'],
  ['question-keeps', 'questionKeeps'],
  ['own-deed-keeps', 'ownDeedKeeps'],
  ['one-word-needs-demand', 'oneWordNeedsDemand'],
  ['all-need-demand', 'allNeedDemand'],
  ['own-reactions', 'ownReactions'],
  ['one-word-needs-speech', 'oneWordNeedsSpeech'],
  ['care-drops', 'careDrops'],
  ['care-keeps', 'careKeeps'],
  ['quoted-caller-doubted-with', 'quotedCallerDoubtedWith'],
  ['before-the-call', 'beforeTheCall'],
  ['reported-drops', 'reportedDrops'],
  ['rings-the-person', 'ringsThePerson'],
  ['own-call-to', 'ownCallTo'],
  ['own-call-drops', 'ownCallDrops'],
  ['own-call-keeps', 'ownCallKeeps'],
  ['service-drops', 'serviceDrops'],
  ['service-keeps', 'serviceKeeps'],
] as const satisfies readonly (readonly [string, keyof ReadingDef])[];

/** The reading keys that map an answer of one question to an answer of another, with the two questions. */
export const READING_ANSWER_MAPS = [
  ['complied-means', 'compliedMeans', 'asked', 'happened'],
  ['wanted-means', 'wantedMeans', 'happened', 'asked'],
  ['near-miss-means', 'nearMissMeans', 'happened', 'asked'],
  ['condition-means', 'conditionMeans', 'happened', 'asked'],
  ['claimed-means', 'claimedMeans', 'happened', 'signs'],
] as const satisfies readonly (readonly [string, keyof ReadingDef, QuestionId, QuestionId])[];

/** The reading keys that list phrases by question and answer (`needs-demand: { signs: { urgent: [...] } }`), likewise. */
export const READING_PHRASES_BY_ANSWER = [
  ['needs-demand', 'needsDemand'],
  ['done-not-asked', 'doneNotAsked'],
  ['stands-alone', 'standsAlone'],
] as const satisfies readonly (readonly [string, keyof ReadingDef])[];
