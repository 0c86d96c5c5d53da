//! Discord: the slash commands, the pure reply function shared by the
//! gateway bot and the HTTP endpoint, and the gateway client.

pub mod commands;
pub mod gateway;
pub mod limits;
pub mod reply;
pub mod request;

pub use reply::respond;
