//! cio-cto-bot answers questions about how the CIO and CTO roles differ,
//! converge and collaborate, from a curated knowledge base, and says who
//! said it and where it was published. It declines rather than invent.
//!
//! The core is plain Rust with no I/O: [`knowledge`] (the data and its
//! validation), [`text`], [`ask`] and [`search`] (the word matcher),
//! [`semantic`] (the sentence model, consulted when the words alone decline),
//! [`engine`] (`(knowledge, question) -> Answer`), [`render`] and
//! [`discord::reply`] (what people see), [`locale`] (the words around an
//! answer in the member's language; the answer stays as published). The command line, the console, the
//! gateway bot and the HTTP endpoint are thin adapters over it; the model
//! costs milliseconds, so the async adapters hand those questions to the
//! model's own thread, at a lower priority, for a bounded wait
//! ([`discord`]'s `meaning`, [`priority`]).
//!
//! ```
//! use cio_cto_bot::engine::Engine;
//! use cio_cto_bot::knowledge::Knowledge;
//!
//! let engine = Engine::new(Knowledge::bundled().unwrap());
//! let answer = engine.ask("how many people took the Transposit survey?");
//! let entry = answer.entry().expect("answered");
//! assert_eq!(entry.id, "survey-respondents");
//! assert!(entry.answer.contains("415"));
//!
//! // Out of scope: declined, with the nearest questions it can answer.
//! assert!(engine.ask("what does a CFO earn?").entry().is_none());
//! ```

pub mod ask;
pub mod chart;
pub mod cli;
pub mod config;
pub mod console;
pub mod discord;
pub mod engine;
pub mod eval;
pub mod focus;
pub mod gaps;
pub mod knowledge;
pub mod learn;
pub mod live;
pub mod locale;
pub mod log;
pub mod priority;
pub mod quiz;
pub mod render;
pub mod search;
pub mod semantic;
pub mod settings;
pub mod store;
pub mod text;
pub mod transfer;
pub mod vectors;
