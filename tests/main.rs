//! The integration tests, as one test binary (as ripgrep's `tests/tests.rs`):
//! the heavy dependencies (serenity, axum, sqlx, candle) are linked once,
//! not once a test file. `cargo test` runs them with the unit tests.

mod it;
