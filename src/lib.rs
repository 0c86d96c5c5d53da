//! cio-cto-bot: answers questions about how the CIO and CTO roles differ,
//! converge and collaborate, from a curated, sourced knowledge base.

pub mod knowledge;
pub mod text;
