//! cio-cto-bot: answers questions about how the CIO and CTO roles differ,
//! converge and collaborate, from a curated, sourced knowledge base.

pub mod cli;
pub mod engine;
pub mod eval;
pub mod knowledge;
pub mod render;
pub mod search;
pub mod text;
