//! Discord: the slash commands, the pure reply function shared by the
//! gateway bot and the HTTP endpoint, the gateway client and the HTTP
//! interactions endpoint.

pub mod commands;
pub mod endpoint;
pub mod gateway;
pub mod limits;
pub mod reply;
pub mod request;

pub use reply::respond;
