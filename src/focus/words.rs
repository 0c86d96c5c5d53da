//! The words the focus reader knows: what ends a noun phrase, what a
//! question's head may not be, the verbs and qualifiers that are asked of an
//! entry. Data for [`super::read`]; kept apart so that the reading stays
//! short to read. The words that only frame a question are in `frame`.

/// Skipped between `what` and its noun: copulas, determiners, adverbs.
pub(super) const SKIPPED: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "s",
    "re",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "exactly",
    "actually",
    "really",
    "precisely",
    "main",
    "two",
    "both",
];

/// What ends a noun phrase: prepositions, auxiliaries and verbs that follow
/// a question's noun, conjunctions.
pub(super) const BOUNDARIES: &[&str] = &[
    // A pronoun starts a clause ("what were the shared functions they
    // listed", "which one keeping the lights on").
    "they",
    // So does a negation ("for a company which not have a CIO").
    "not",
    "it",
    "he",
    "she",
    "we",
    "you",
    "i",
    "them",
    "anyone",
    "someone",
    "anybody",
    "somebody",
    "keeping",
    "making",
    "doing",
    "running",
    "looking",
    "handling",
    "of",
    "for",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "about",
    "among",
    "between",
    "into",
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "can",
    "could",
    "should",
    "would",
    "will",
    "may",
    "might",
    "must",
    "s",
    "that",
    "who",
    "which",
    "when",
    "where",
    "whom",
    "than",
    "as",
    "and",
    "or",
    "but",
    "if",
    "per",
    "according",
    "say",
    "says",
    "said",
    "think",
    "thinks",
    "tend",
    "tends",
    "make",
    "makes",
    "need",
    "needs",
    "help",
    "helps",
    "keep",
    "keeps",
    "get",
    "gets",
    "go",
    "goes",
    "run",
    "runs",
    "work",
    "works",
    "lead",
    "leads",
    "own",
    "owns",
    "set",
    "sets",
    "handle",
    "handles",
    "build",
    "builds",
    "use",
    "uses",
    "hold",
    "holds",
    "see",
    "sees",
    "give",
    "gives",
    "like",
    "want",
    "wants",
    // "which duties fall to the CIO?", "what lands on her plate?": where
    // something falls is not what it is.
    "fall",
    "falls",
    "land",
    "lands",
    "sit",
    "sits",
    "belong",
    "belongs",
];

/// "what kind of …", "what type of …", "what is the meaning of …": the
/// word after "of" is the head.
pub(super) const KINDS: &[&str] = &[
    "kind",
    "kinds",
    "type",
    "types",
    "sort",
    "sorts",
    "meaning",
    "definition",
    "example",
    "examples",
];

/// Heads that ask a count or share: the answer kind checks those.
pub(super) const COUNTING: &[&str] = &[
    "percentage",
    "percent",
    "share",
    "fraction",
    "proportion",
    "portion",
    "number",
    "numbers",
    "figure",
    "figures",
    "stat",
    "stats",
    "statistic",
    "statistics",
    "amount",
    "%",
    "many",
    "much",
];

/// Heads that ask what an entry says rather than an attribute of it: its
/// point, the difference, the role.
pub(super) const GENERIC_HEADS: &[&str] = &[
    // "what was the other word for the CIO?": the term the entry uses.
    "word",
    "words",
    "term",
    "terms",
    "difference",
    "differences",
    "distinction",
    "point",
    "points",
    "view",
    "views",
    "opinion",
    "take",
    "idea",
    "ideas",
    "thing",
    "things",
    "stuff",
    "role",
    "roles",
    "job",
    "jobs",
    "part",
    "parts",
    "side",
    "sides",
    "one",
    "ones",
    "deal",
    "story",
    "gist",
    "summary",
    "answer",
    "question",
    "main",
    "key",
    "focus",
    "responsibility",
    "responsibilities",
    "duty",
    "duties",
    "area",
    "areas",
    "task",
    "tasks",
    "aspect",
    "aspects",
    // "What examples does the article give?" asks what an entry lists.
    "example",
    "examples",
    "priority",
    "priorities",
    "remit",
    "relationship",
    // "Which teams (departments) does the CTO work closely with?" asks
    // who, which the entry names (sales, marketing), not the word.
    "team",
    "teams",
    "group",
    "groups",
    "department",
    "departments",
    "way",
    "ways",
    // "What's the usual move?" asks what is done, which the entry says.
    "move",
    "happens",
    "happened",
    "going",
    "goes",
];

/// Verbs after `who` that ask an attribute of authorship or money, which
/// an entry holds or not ("who wrote it?"), rather than who does what
/// ("who sets the IT vision?", which the ranking reads).
pub(super) const ATTRIBUTE_VERBS: &[&str] = &[
    "wrote",
    "write",
    "writes",
    "written",
    "authored",
    "founded",
    "funded",
    "funds",
    "paid",
    "pays",
    "earns",
    "sponsored",
    "commissioned",
    "conducted",
    "invented",
    "coined",
    "edited",
    "published",
];

/// Attributes asked with `how` beyond counts and times ("how old").
pub(super) const HOW_ATTRIBUTES: &[&str] =
    &["old", "tall", "rich", "expensive", "cheap", "far", "accurate", "reliable", "representative"];

/// Verbs that ask how something was done: a method the entry must state.
pub(super) const METHOD_VERBS: &[&str] = &[
    "collect",
    "collected",
    "collecting",
    "conducted",
    "conduct",
    "measured",
    "measure",
    "calculated",
    "calculate",
    "recruited",
    "picked",
    "selected",
    "chosen",
    "choose",
    "chose",
    "select",
    "sampled",
    "weighted",
    "resolve",
    "resolved",
    "resolving",
    "settle",
    "settled",
    "solve",
    "solved",
];

/// Verbs of how something was done that only a passive "how was it …"
/// asks as a method ("who runs IT?" asks no method).
pub(super) const PASSIVE_METHODS: &[&str] =
    &["run", "done", "carried", "fielded", "administered", "organised", "organized"];

/// Words of two working jointly, which a qualifier ("alone") offered
/// after them is set against.
pub(super) const JOINTLY: &[&str] =
    &["both", "together", "jointly", "joint", "shared", "share", "sharing"];

/// Words that narrow what is asked to a part the entry must name, or ask
/// it broken down.
pub(super) const QUALIFIERS: &[&str] = &[
    "specifically",
    "specific",
    "alone",
    "solely",
    "exclusively",
    "only",
    "particularly",
    "breakdown",
    "split",
];

/// What a qualifier may only grade ("doing particularly well", "specifically
/// important"): then it narrows nothing.
pub(super) const DEGREE_OF: &[&str] = &[
    "well",
    "good",
    "strong",
    "important",
    "common",
    "popular",
    "successful",
    "relevant",
    "useful",
    "hard",
    "likely",
];

/// Words that compare two groups ("more likely", "versus").
pub(super) const COMPARING: &[&str] =
    &["more", "less", "fewer", "likelier", "higher", "lower", "versus", "vs", "compared"];

/// What follows "more" or "less" in a comparison of the two roles without
/// being the quality compared: how often or how likely ("more likely to
/// hire"), or what is counted ("more CIOs").
pub(super) const NOT_COMPARED: &[&str] =
    &["likely", "often", "commonly", "frequently", "cio", "cios", "cto", "ctos", "than"];

/// What asks a figure broken down ("the number for CIOs and CTOs
/// separately"), which a figure for all of them does not give. Only of a
/// figure: "should they recruit separately?" is answered by "coordinated
/// recruitment".
pub(super) const BREAKDOWN: &[&str] = &["separately", "respectively", "individually"];

/// What an organisation sells or makes ("what does Prey actually make or
/// sell?"): the article names organisations, never their business.
/// "Sell" is asked wherever it stands; "make" and the like only when they
/// end a clause of a "what" question, since "make money", "what makes a
/// good CIO" and "the distinction Poggi makes" ask something else.
pub(super) const SELLING: &[&str] = &["sell", "sells", "selling", "sold"];
pub(super) const MAKING: &[&str] =
    &["make", "makes", "produce", "produces", "manufacture", "manufactures"];

/// Words that liken one role to another ("which other C-suite seat is the
/// CIO most **like**?", "more **close** to which other chief?"): with
/// "which other", they ask for another executive role. Not "closely",
/// which is working together ("which other exec does the CIO work closely
/// with?": the CTO).
pub(super) const LIKENING: &[&str] = &[
    "like",
    "liken",
    "likens",
    "likened",
    "similar",
    "close",
    "closer",
    "closest",
    "near",
    "nearer",
    "nearest",
    "resemble",
    "resembles",
    "resembled",
    "resembling",
    "compare",
    "compares",
    "compared",
    "comparable",
    "akin",
    "align",
    "aligns",
    "aligned",
    "equivalent",
    "analogous",
    "pair",
    "pairs",
    "paired",
    "lines",
];

/// What a question may call an executive role ("which other **chief**",
/// "which other C-suite **seat**"): with [`LIKENING`], it asks for one.
pub(super) const ROLE_NOUNS: &[&str] = &[
    "chief",
    "chiefs",
    "officer",
    "officers",
    "exec",
    "execs",
    "executive",
    "executives",
    "seat",
    "seats",
    "role",
    "roles",
    "position",
    "positions",
    "job",
    "jobs",
    "post",
    "title",
    "titles",
    "member",
    "peer",
    "peers",
    "leader",
    "leaders",
    "head",
    "boss",
    "suite",
    "level",
];

/// A size that narrows the organisations asked about ("mostly at smaller
/// companies?"): a subgroup the survey does not report. Not "big" or
/// "large", which frame a question ("how big was the survey?").
pub(super) const SIZES: &[&str] = &[
    "small", "smaller", "smallest", "larger", "largest", "bigger", "biggest", "midsize", "medium",
];

/// Nouns for organisations, after a size.
pub(super) const ORGANISATIONS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "org",
    "orgs",
    "organisation",
    "organisations",
    "organization",
    "organizations",
    "enterprise",
    "enterprises",
    "business",
    "businesses",
    "ones",
];

/// Nouns for organisations whose names a question may ask ("which
/// FinTech companies…?", "name the vendors…").
pub(super) const NAMED_BODIES: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "organisation",
    "organisations",
    "organization",
    "organizations",
    "businesses",
    "employer",
    "employers",
    "vendor",
    "vendors",
];

/// Money asked of a role or a person: pay, budgets, costs. The article
/// gives none, so an entry must hold the word itself to answer ("what
/// does a CIO get paid compared to a CTO?" is not what a CIO does).
pub(super) const MONEY: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "paying",
    "salary",
    "salaries",
    "earn",
    "earns",
    "earning",
    "earnings",
    "compensation",
    "wage",
    "wages",
    "bonus",
    "bonuses",
    "budget",
    "budgets",
    "cost",
    "costs",
    "price",
    "pricing",
];

/// What a question about who owns something may ask that the article
/// never says of either role: approving money, contracts and compliance,
/// and people matters ([`PEOPLE_MATTERS`] too).
pub(super) const AUTHORITY: &[&str] = &[
    "budget",
    "budgets",
    "spend",
    "spending",
    "purchase",
    "purchases",
    "contract",
    "contracts",
    "dollar",
    "dollars",
    "limit",
    "limits",
    "invoice approval",
    "compliance",
    "certification",
    "certifications",
    "gdpr",
    "hipaa",
    "sox",
    "ferpa",
    "legal",
    "policy",
    "policies",
    "escalation",
    // Who settles the two roles' conflicting demands: the article names no
    // arbiter.
    "conflicting",
    "incident",
    "incidents",
    "outage",
    "outages",
    "equipment",
    "reimbursement",
    "retention",
];

/// Words before "raise" that make it a noun, pay ("a raise", "my pay
/// raise"); after any other, it is the verb of bringing something up.
pub(super) const PAY_RAISE_BEFORE: &[&str] =
    &["a", "my", "the", "his", "her", "their", "our", "pay", "salary", "any", "no"];

/// What staff request or buy through a system, among [`AUTHORITY`]: a
/// system for them is staff tooling, unless the question is [`APPROVING`].
pub(super) const REQUESTED: &[&str] = &["equipment", "purchase", "purchases", "reimbursement"];

/// Verbs of authority over money and purchases: a question using one asks
/// who decides, even about a system.
pub(super) const APPROVING: &[&str] = &[
    "approve",
    "approves",
    "approved",
    "approving",
    "sign",
    "signs",
    "signed",
    "signing",
    "authorise",
    "authorises",
    "authorize",
    "authorizes",
    "pay",
    "pays",
    "fund",
    "funds",
    "funding",
];

/// People matters, which the article never gives either role ("who
/// approves my leave?"), unless the question is about a system for them
/// ([`SYSTEMS`]): "the portal staff use to book leave" is staff tooling,
/// which the article does place.
pub(super) const PEOPLE_MATTERS: &[&str] = &[
    "pto",
    "leave",
    "vacation",
    "performance",
    "review",
    "reviews",
    "appraisal",
    "appraisals",
    "salary",
    "salaries",
    "pay",
    "raise",
    "headcount",
];

/// Verbs by which a source gives something ("does the article give…").
pub(super) const GIVING: &[&str] =
    &["give", "offer", "provide", "list", "include", "cite", "contain"];

/// What a question asks to give something: the source, or "it".
pub(super) const SOURCES: &[&str] =
    &["article", "survey", "piece", "source", "post", "study", "it"];

/// What makes a people matter a system someone runs.
pub(super) const SYSTEMS: &[&str] = &[
    "system",
    "systems",
    "portal",
    "app",
    "tool",
    "tools",
    "software",
    "platform",
    "spreadsheet",
    "spreadsheets",
    "workflow",
];

/// Verbs before "about": "what does the article say about X".
pub(super) const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "think",
    "thinks",
    "mention",
    "mentions",
    "write",
    "writes",
    "know",
    "tell",
    "anything",
    "something",
];

/// What ends the subject of "say about …".
pub(super) const CLAUSE_ENDS: &[&str] =
    &["and", "or", "but", "because", "so", "if", "when", "since"];

/// What opens a question within a question ("say about who handles X").
pub(super) const EMBEDDED: &[&str] = &["who", "whom", "what", "which", "whether"];

/// Verbs that only link such a question's opening to what it asks ("who
/// handles cloud", "what happens when there is no CIO").
pub(super) const LINKING: &[&str] = &[
    "handles", "handle", "handled", "happens", "happen", "happened", "does", "do", "did", "is",
    "are", "was", "were", "owns", "own", "runs", "run", "takes", "take", "looks", "deals",
];

/// What makes "how the two should handle X" ask how it is to be done.
pub(super) const ADVISING: &[&str] = &["should", "would", "could", "can", "must", "to", "ought"];
