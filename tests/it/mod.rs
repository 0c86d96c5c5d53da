//! The integration tests, by what they exercise. Each runs the real binary
//! or the library against Discord's documented protocol on loopback (the
//! fake Discord and the signed HTTP requests of `support`).

mod support;

mod cli;
mod discord_gateway;
mod discord_http;
mod eval_quality;
mod faults;
mod hostile_input;
mod lexicon;
mod reload;
mod settings;
mod shards;
