//! Speed of the answer engine: one question and one suggestion on the
//! bundled knowledge, loading and indexing it, and questions and indexing
//! on synthetic knowledge bases of 1k, 10k and 100k entries; and the
//! sentence model: loading it, embedding the knowledge, and a question it
//! is consulted for.
//!
//! `cargo bench --bench engine`; the figures are in the README.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use cio_cto_bot::engine::{Engine, MAX_SUGGESTIONS};
use cio_cto_bot::knowledge::{Attribution, Entry, Kind, Knowledge, Person, Source, Synonym};
use cio_cto_bot::semantic::Model;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// Questions as users type them: paraphrases, typos, short and chatty,
/// and a few the engine declines.
const QUESTIONS: &[&str] = &[
    "what's the difference between a cio and a cto",
    "who reprots to whom?",
    "how many people took the transposit survey",
    "what does the nutanix cio think",
    "did covid speed up digital trasformation",
    "hey, I'm new here: is the CTO supposed to generate revenue?",
    "fintech ctos",
    "what does a CFO do",
    "how much does a cto earn",
    "83%",
];

fn bundled(c: &mut Criterion) {
    let engine = Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"));
    let mut group = c.benchmark_group("bundled");
    let mut i = 0;
    group.bench_function("ask", |b| {
        b.iter(|| {
            i = (i + 1) % QUESTIONS.len();
            black_box(engine.ask(black_box(QUESTIONS[i])).confidence)
        })
    });
    let mut i = 0;
    group.bench_function("suggest", |b| {
        b.iter(|| {
            i = (i + 1) % QUESTIONS.len();
            let partial = &QUESTIONS[i][..QUESTIONS[i].len().min(12)];
            black_box(engine.suggest(black_box(partial), MAX_SUGGESTIONS).len())
        })
    });
    group.bench_function("load_and_index", |b| {
        b.iter(|| Engine::new(Knowledge::bundled().expect("valid")).knowledge().entries.len())
    });
    group.finish();
}

/// Questions the lexical path declines, so the model is consulted: two it
/// then answers, three it declines.
const BY_MEANING: &[&str] = &[
    "has covid pushed companies to go digital faster?",
    "so do these two actually co-own the digital transformation stuff or nah",
    "what does a CFO do",
    "how much does a cto earn",
    "who keeps the lights on",
];

fn semantic(c: &mut Criterion) {
    let mut group = c.benchmark_group("semantic");
    group.sample_size(10);
    group.bench_function("load_model", |b| b.iter(|| Model::bundled().expect("loads")));
    let model = Arc::new(Model::bundled().expect("loads"));
    group.bench_function("load_and_embed_knowledge", |b| {
        b.iter(|| {
            let engine = Engine::new(Knowledge::bundled().expect("valid"));
            engine.attach_model(Arc::clone(&model)).expect("embeds");
            engine
        })
    });
    group.finish();

    let engine = Engine::new(Knowledge::bundled().expect("valid"));
    engine.attach_model(model).expect("embeds");
    let mut group = c.benchmark_group("semantic");
    // The questions the model still reads (a decline it could turn into
    // an answer, or a question sharing no word with the knowledge).
    let by_meaning: Vec<&str> =
        BY_MEANING.iter().copied().filter(|q| engine.ask(q).by_meaning).collect();
    assert!(!by_meaning.is_empty());
    let mut i = 0;
    group.bench_function("ask_by_meaning", |b| {
        b.iter(|| {
            i = (i + 1) % by_meaning.len();
            let answer = engine.ask(black_box(by_meaning[i]));
            black_box(answer.confidence)
        })
    });
    // 32 questions that arrive together, in one forward pass (what the
    // model's thread does under load): the time is for all 32.
    let batch: Vec<&str> = by_meaning.iter().copied().cycle().take(32).collect();
    group.bench_function("ask_many_32_by_meaning", |b| {
        b.iter(|| black_box(engine.ask_many(black_box(&batch)).len()))
    });
    // The lexical path decides these: the model attached costs nothing.
    let decided: Vec<&str> =
        QUESTIONS.iter().copied().filter(|q| engine.ask_quick(q).is_some()).collect();
    let mut i = 0;
    group.bench_function("ask_decided_lexically", |b| {
        b.iter(|| {
            i = (i + 1) % decided.len();
            black_box(engine.ask(black_box(decided[i])).confidence)
        })
    });
    group.finish();
}

/// The bench needs the same knowledge base on every run, not good
/// randomness: the quiz's fixed SplitMix64.
use cio_cto_bot::quiz::Rng;

/// A vocabulary with English-like words and a Zipf distribution: the
/// article's own words first (the most frequent), then made-up words of
/// realistic length, so that a few words are everywhere and most are rare.
struct Vocabulary {
    words: Vec<String>,
    /// Cumulative Zipf weights.
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new(size: usize, rng: &mut Rng) -> Self {
        let article = include_str!("../knowledge/cio-vs-cto-21cto.toml");
        let mut seen = std::collections::HashSet::new();
        let mut words: Vec<String> = Vec::new();
        for w in article.split(|c: char| !c.is_ascii_alphabetic()) {
            let w = w.to_ascii_lowercase();
            if w.len() > 2 && seen.insert(w.clone()) {
                words.push(w);
            }
        }
        const SYLLABLES: &[&str] = &[
            "ar", "ben", "cal", "dor", "en", "fi", "gra", "hel", "in", "jo", "ka", "lun", "mer",
            "nor", "o", "pra", "qui", "ros", "sa", "tel", "u", "ver", "wen", "xo", "yel", "zu",
            "tion", "ment", "ing", "er", "al", "ive", "ness", "ity",
        ];
        while words.len() < size {
            let n = 2 + rng.below(3);
            let word: String = (0..n).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect();
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64).powf(1.07);
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let target = rng.unit() * self.cumulative.last().copied().unwrap_or(1.0);
        let i = self.cumulative.partition_point(|&c| c < target).min(self.words.len() - 1);
        &self.words[i]
    }

    fn phrase(&self, rng: &mut Rng, min: usize, max: usize) -> String {
        let n = min + rng.below(max - min + 1);
        (0..n).map(|_| self.word(rng)).collect::<Vec<_>>().join(" ")
    }
}

/// A knowledge base of `n` entries: four phrasings of 5-10 words, an
/// answer of 20-40 words, three topics, one of 500 people each.
fn synthetic(n: usize) -> (Knowledge, Vec<String>) {
    let mut rng = Rng(n as u64);
    let vocab = Vocabulary::new(30_000, &mut rng);
    let source = Source {
        id: "synthetic".into(),
        title: "Synthetic".into(),
        publisher: "Bench".into(),
        publisher_site: None,
        summary: None,
        note: None,
        file: "synthetic.toml".into(),
    };
    let people: Vec<Person> = (0..500)
        .map(|i| Person {
            id: format!("p{i}"),
            name: vocab.phrase(&mut rng, 2, 2),
            title: Some(vocab.phrase(&mut rng, 1, 2)),
            organisation: Some(vocab.phrase(&mut rng, 1, 3)),
            role: None,
            about: vocab.phrase(&mut rng, 10, 20),
            source: 0,
        })
        .collect();
    let entries: Vec<Entry> = (0..n)
        .map(|i| Entry {
            id: format!("e{i:06}"),
            kind: Kind::View,
            questions: (0..4).map(|_| vocab.phrase(&mut rng, 5, 10)).collect(),
            own_questions: 4,
            answer: vocab.phrase(&mut rng, 20, 40),
            attribution: Attribution::Person(rng.below(people.len())),
            source: 0,
            topics: (0..3).map(|_| vocab.phrase(&mut rng, 1, 2)).collect(),
            figure: None,
            also_answers: Vec::new(),
        })
        .collect();
    let synonyms =
        vec![Synonym { term: "cio".into(), also: vec!["chief information officer".into()] }];
    // Questions: a phrasing with a word dropped and a typo, and unrelated
    // word salad that should be declined.
    let mut questions = Vec::new();
    for k in 0..64 {
        if k % 4 == 3 {
            questions.push(vocab.phrase(&mut rng, 4, 8));
            continue;
        }
        let entry = &entries[rng.below(entries.len())];
        let mut words: Vec<String> =
            entry.questions[rng.below(4)].split(' ').map(str::to_owned).collect();
        if words.len() > 4 {
            words.remove(rng.below(words.len()));
        }
        let w = rng.below(words.len());
        if words[w].len() > 5 {
            words[w].remove(2);
        }
        questions.push(words.join(" "));
    }
    let knowledge = Knowledge {
        sources: vec![source],
        people,
        surveys: Vec::new(),
        entries,
        comparison: Vec::new(),
        synonyms,
        routes: Vec::new(),
        paths: Vec::new(),
    };
    (knowledge, questions)
}

fn scaling(c: &mut Criterion) {
    let mut ask = c.benchmark_group("synthetic_ask");
    let sizes = [1_000, 10_000, 100_000];
    let mut built = Vec::new();
    for n in sizes {
        let (knowledge, questions) = synthetic(n);
        built.push((n, knowledge.clone()));
        let engine = Engine::new(knowledge);
        let mut i = 0;
        ask.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                i = (i + 1) % questions.len();
                black_box(engine.ask(black_box(&questions[i])).confidence)
            })
        });
    }
    ask.finish();

    let mut index = c.benchmark_group("synthetic_index");
    index.sample_size(10).warm_up_time(Duration::from_millis(500));
    for (n, knowledge) in built {
        index.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_batched(|| knowledge.clone(), Engine::new, criterion::BatchSize::PerIteration)
        });
    }
    index.finish();
}

/// A knowledge base as a curator writes it: one TOML file.
fn to_toml(k: &Knowledge) -> String {
    use std::fmt::Write as _;
    let s = &k.sources[0];
    let mut out = format!(
        "[source]\nid = {:?}\ntitle = {:?}\npublisher = {:?}\n\n",
        s.id, s.title, s.publisher
    );
    for p in &k.people {
        let _ = write!(
            out,
            "[[people]]\nid = {:?}\nname = {:?}\ntitle = {:?}\norganisation = {:?}\nabout = {:?}\n\n",
            p.id,
            p.name,
            p.title.as_deref().unwrap_or("-"),
            p.organisation.as_deref().unwrap_or("-"),
            p.about
        );
    }
    // Phrasings are cut to what an autocomplete choice holds, as `check`
    // requires.
    let fit = |q: &String| {
        let mut q = q.clone();
        while q.len() > 100 {
            q.truncate(q.rfind(' ').unwrap_or(100));
        }
        q
    };
    for e in &k.entries {
        let Attribution::Person(person) = e.attribution else { continue };
        let questions: Vec<String> = e.questions.iter().map(fit).collect();
        let _ = write!(
            out,
            "[[entries]]\nid = {:?}\nkind = \"view\"\nperson = {:?}\nquestions = {:?}\nanswer = {:?}\ntopics = {:?}\n\n",
            e.id, k.people[person].id, questions, e.answer, e.topics
        );
    }
    out
}

/// Loading one large file from disk: parsing, locating every entry and
/// validating must stay linear in the file's size.
fn load_file(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_file");
    group.sample_size(10).warm_up_time(Duration::from_millis(500));
    for n in [10_000, 100_000] {
        let (knowledge, _) = synthetic(n);
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("load-{n}"));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let file = dir.join("synthetic.toml");
        std::fs::write(&file, to_toml(&knowledge)).expect("the file is written");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                let k = Knowledge::load_path(black_box(&file)).expect("valid");
                assert_eq!(k.entries.len(), n + 500, "entries and profiles");
                k
            })
        });
    }
    group.finish();
}

/// The whole pure path of one HTTP request: interaction JSON in, reply
/// JSON out.
fn reply(c: &mut Criterion) {
    use cio_cto_bot::discord::reply::reply;
    use cio_cto_bot::discord::request::Body;
    use cio_cto_bot::discord::respond;
    use serenity::model::application::Interaction;
    let engine = Engine::new(Knowledge::bundled().expect("valid"));
    let body = serde_json::json!({
        "id": "1100000000000000001", "application_id": "1000000000000000001", "type": 2,
        "token": "t", "version": 1, "channel_id": "1200000000000000001",
        "guild_id": "1300000000000000001", "locale": "en-US", "entitlements": [],
        "attachment_size_limit": 8388608,
        "user": {"id": "80351110224678912", "username": "ada", "discriminator": "0",
                 "global_name": "Ada", "avatar": null},
        "data": {"id": "1400000000000000001", "name": "ask", "type": 1,
                 "options": [{"name": "question", "type": 3, "value": "who reports to whom?"}]}
    })
    .to_string();
    let mut group = c.benchmark_group("reply");
    group.bench_function("parse_interaction", |b| {
        b.iter(|| serde_json::from_str::<Interaction>(black_box(&body)).map(|i| i.id()))
    });
    let interaction: Interaction = serde_json::from_str(&body).expect("valid interaction");
    group.bench_function("respond", |b| b.iter(|| respond(&engine, black_box(&interaction))));
    let response = respond(&engine, &interaction);
    group.bench_function("serialize", |b| b.iter(|| serde_json::to_vec(black_box(&response))));
    group.bench_function("json_to_json_via_serenity", |b| {
        b.iter(|| {
            let interaction: Interaction = serde_json::from_str(black_box(&body)).expect("valid");
            serde_json::to_vec(&respond(&engine, &interaction)).map(|v| v.len())
        })
    });
    // What the HTTP endpoint does; the same in German, whose chrome is
    // looked up in the translation (the answer stays the source's).
    let german = body.replace("\"locale\":\"en-US\"", "\"locale\":\"de\"");
    assert_ne!(german, body, "the German body differs");
    for (name, body) in [("json_to_json", &body), ("json_to_json_de", &german)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let parsed = Body::parse(black_box(body.as_bytes())).expect("valid");
                let lang = parsed.caller().lang;
                serde_json::to_vec(&reply(&engine, &parsed.request(), lang)).map(|v| v.len())
            })
        });
    }
    // The held-out set's questions, in turn: what the load test sends.
    let bodies: Vec<String> = include_str!("../tests/eval/questions.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(_, q)| {
            let mut v: serde_json::Value = serde_json::from_str(&body).expect("valid");
            v["data"]["options"][0]["value"] = q.into();
            v.to_string()
        })
        .collect();
    let mut i = 0;
    group.bench_function("json_to_json_held_out_mix", |b| {
        b.iter(|| {
            i = (i + 1) % bodies.len();
            let parsed = Body::parse(black_box(bodies[i].as_bytes())).expect("valid");
            let lang = parsed.caller().lang;
            serde_json::to_vec(&reply(&engine, &parsed.request(), lang)).map(|v| v.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bundled, semantic, reply, scaling, load_file);
criterion_main!(benches);
