//! The words that only frame a question ("the article", "say", "exactly",
//! "lately"): never what it asks about, never required of an answering
//! entry. Data for [`super::is_frame`].

/// Words that frame a question: never its focus, never required.
pub(super) const FRAME: &[&str] = &[
    // "which ones exactly": a pro-form, as "one" is a stop word.
    "ones",
    "article",
    "articles",
    "piece",
    "post",
    "blog",
    "text",
    "writeup",
    "source",
    "sources",
    "say",
    "says",
    "said",
    "saying",
    "think",
    "thinks",
    "thought",
    "view",
    "opinion",
    "describe",
    "describes",
    "described",
    "description",
    // How someone frames it is how they describe it ("her builder/operator
    // framing").
    "framing",
    "framed",
    // What joins two things the question names ("the builder vs operator
    // thing"): a comparison of the roles is read apart (`roles`).
    "vs",
    "versus",
    "explain",
    // What the article suggests is what it says ("what is the article
    // suggesting?"); advice is read from the question's form, not here.
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "explains",
    "explanation",
    // "tl;dr pls: what % said…", which the lexicon reads as a summary.
    "summary",
    // "the push to go digital", "the modernisation push": the effort
    // named by what it pushes.
    "push",
    // "co-manage", "co-own": done together, which "share" already says.
    "co",
    "mean",
    "means",
    "meaning",
    "meant",
    "refer",
    "refers",
    "referring",
    "exactly",
    "actually",
    "precisely",
    "roughly",
    "approximately",
    "basically",
    "really",
    "according",
    "mention",
    "mentions",
    "mentioned",
    "note",
    "notes",
    "noted",
    "claim",
    "claims",
    "figure",
    "figures",
    "number",
    "numbers",
    "stat",
    "stats",
    "statistic",
    "statistics",
    "percentage",
    "percent",
    "share",
    "fraction",
    "proportion",
    "portion",
    "%",
    "many",
    "much",
    "big",
    "large",
    "people",
    "folks",
    "ppl",
    "person",
    "one",
    "two",
    "both",
    "pair",
    "duo",
    "role",
    "roles",
    "job",
    "jobs",
    "thing",
    "things",
    "stuff",
    "tell",
    "know",
    "wondering",
    "curious",
    // How the asker feels ("I am confuse", "I'm confused about it").
    "confuse",
    "confused",
    "quick",
    // "… cc @priya": who else should read the reply.
    "cc",
    "q",
    "question",
    "questions",
    "please",
    "pls",
    "kindly",
    "fyi",
    "thanks",
    "thx",
    "hey",
    "hi",
    "hello",
    "team",
    "everyone",
    "all",
    "guys",
    "typically",
    "usually",
    "generally",
    "normally",
    "today",
    "now",
    "currently",
    "already",
    "anything",
    "something",
    "give",
    "list",
    "name",
    "names",
    "respondents",
    "survey",
    "surveyed",
    "cio",
    "cto",
    "cios",
    "ctos",
    "executive",
    "executives",
    "exec",
    "execs",
    // Who answered: the figure is the survey's, whatever the asker calls
    // its respondents ("how many leaders took part?", "what share of the
    // polled tech heads…"). A subgroup stays
    // asked by its qualifier ("European leaders").
    "leader",
    "leaders",
    "heads",
    "bosses",
    "persons",
    "individuals",
    // Seeing, noticing and feeling only report what respondents said:
    // "what % saw a growing focus" asks the figure of the ones who said so.
    "see",
    "sees",
    "saw",
    "seen",
    "seeing",
    "telling",
    "noticing",
    "feeling",
    "notice",
    "notices",
    "noticed",
    "observe",
    "observes",
    "observed",
    "feel",
    "feels",
    "felt",
    "believe",
    "believes",
    "believed",
    // The period a figure or a view covers, said loosely ("their focus
    // over the last few years", "in recent years"): the years themselves
    // are still asked, and the entry says which.
    "last",
    "recent",
    "couple",
    // A figure the asker half remembers ("a few hundred leaders", "30
    // something") restates what is asked; digits are read apart
    // ([`super::is_frame`]).
    "few",
    "several",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    // A share guessed or checked in words ("i thought it was like half",
    // "is it a majority?"): the figure answers it.
    "half",
    "third",
    "thirds",
    "quarter",
    "majority",
    // Wearing or carrying both hats is holding both titles.
    "wear",
    "wears",
    "wore",
    "wearing",
    "carry",
    "carries",
    "carried",
    "carrying",
    "treat",
    "treats",
    "consider",
    "considers",
    "considered",
    "regard",
    "regards",
    // What respondents report is what they say ("what % of execs report a
    // growing focus"); a reporting line is read apart, by the synonyms.
    "report",
    "reports",
    "reported",
    // Remembering, presenting or settling a bet only says why the asker
    // wants the figure ("trying to remember the stat", "need it for the
    // deck").
    // Checking a claim ("is it true that 86%…", "415, correct?") asks
    // the figure itself. Not "right", which is as often "right now".
    "true",
    "correct",
    "accurate",
    "misremember",
    "misremembering",
    "remember",
    "remembers",
    "recall",
    "recalls",
    "trying",
    "slide",
    "slides",
    "deck",
    "settle",
    "settling",
    "bet",
    // Turns of talk that carry no content ("anyway, what percentage…").
    "anyway",
    "anyways",
    "btw",
    "honestly",
    "frankly",
    // What the survey shows or found is the figure asked, not more ("is
    // there anything showing how many…", "what did the poll find…").
    "show",
    "shows",
    "showed",
    "showing",
    "find",
    "finds",
    "found",
    // Greetings and vague places or times that narrow nothing.
    "morning",
    "afternoon",
    "evening",
    "somewhere",
    "anywhere",
    "lately",
    "recently",
    "nowadays",
];

/// Words that frame a figure question only: who was asked ("how many
/// people were asked in the survey?", "what share of the tech leaders
/// polled…": the respondents are technology executives; "how many did the
/// survey include?"), what respondents call something ("… call customer
/// experience tech a shared responsibility"), and how often they say so
/// ("how often is it shared?"). Elsewhere they may be what is asked ("what
/// was asked in the survey?" asks its questions, which no entry gives).
pub(super) const FIGURE_FRAME: &[&str] = &[
    "ask",
    "asked",
    "call",
    "calls",
    "often",
    "frequently",
    "technology",
    "include",
    "included",
    "includes",
    // What a survey covered is whom it included ("how many executives did
    // the survey cover?").
    "cover",
    "covered",
    "covers",
    // Where the figure comes from and whom it counts among: "is there data
    // showing how many…", "in the Transposit study/research", "among the polled
    // leaders, how many…". Elsewhere data is what is asked (data silos).
    "data",
    "study",
    "research",
    "findings",
    "studies",
    "among",
    // Since when is over what period ("increasing since three years"):
    // the period itself is still asked.
    "since",
    // How many in all is how many ("did they survey in total?").
    "total",
    "altogether",
    // The group counted is its members: "how big was the pool of
    // executives polled?" asks how many executives. Elsewhere a group may
    // be what is asked ("which groups does the CTO work with?").
    "group",
    "pool",
    "sample",
    "panel",
    "cohort",
    // Where and why it is asked in a chat ("quick q for the channel",
    // "need the n for my deck in 10 min", "someone remind me…", "anyone
    // who read the article"), and a guess checked ("415, right?").
    "channel",
    "thread",
    "chat",
    "remind",
    "reminder",
    "min",
    "mins",
    "minutes",
    "n",
    "hmm",
    "read",
    "right",
    // A figure the asker forgot or wants confirmed ("i keep forgetting",
    // "i blanked", "pls confirm", "drop the number in thread").
    "forget",
    "forgetting",
    "forgot",
    "blanked",
    "confirm",
    "drop",
    // Both titles held together, a CIO inside the organisation: the
    // figure's own words.
    "together",
    "inside",
    // The respondents are chiefs: "senior" or "top" leaders polled are they.
    "senior",
    "top",
    // What the figure stands behind ("the poll group behind those
    // numbers", "the survey behind the claim").
    "behind",
    // The other role at the same firm: "how many CIOs have a technology
    // counterpart there?" asks the figure of CIOs with a CTO.
    "counterpart",
    "counterparts",
    // Having the other role there is having one beside you, on the
    // payroll: "how many CIOs have a CTO alongside them?", "whose firm
    // also employs an engineering chief?".
    "alongside",
    "beside",
    "employ",
    "employs",
    "employed",
    "employing",
    "sitting",
    "sits",
    // Taking part in a survey is being counted by it: "how many execs
    // filled in the questionnaire?", "took part", "responded".
    "fill",
    "filled",
    "took",
    "part",
    "participate",
    "participated",
    "respond",
    "responded",
    "questioned",
];

/// Words that only say when or how often ("today", "currently",
/// "usually"): a question of nothing else asks nothing ("how are you
/// today?"), however an entry's phrasing uses them.
pub(super) const ONLY_WHEN: &[&str] = &[
    "today",
    "now",
    "nowadays",
    "currently",
    "presently",
    "already",
    "typically",
    "usually",
    "generally",
    "normally",
];
