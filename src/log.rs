//! Where the logs go: standard error, at no cost to the service. A log line
//! that cannot be written (the reader of a pipe has gone, as with
//! `cio-cto-bot http 2>&1 | head`, or the disk is full) is dropped and
//! counted; it never panics, and never fails the request that logged it.

use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};

use tracing_subscriber::fmt::MakeWriter;

/// Log lines dropped because standard error could not take them.
static DROPPED: AtomicU64 = AtomicU64::new(0);

/// How many log writes failed and were dropped.
pub fn dropped() -> u64 {
    DROPPED.load(Ordering::Relaxed)
}

/// Makes a [`Lossy`] writer over any writer: standard error in the binary.
#[derive(Debug, Clone, Copy)]
pub struct LossyStderr;

impl<'a> MakeWriter<'a> for LossyStderr {
    type Writer = Lossy<io::Stderr>;

    fn make_writer(&'a self) -> Self::Writer {
        Lossy(io::stderr())
    }
}

/// A writer that reports every write as done: what the inner writer
/// refuses is dropped and counted in [`dropped`].
#[derive(Debug)]
pub struct Lossy<W>(pub W);

impl<W: Write> Write for Lossy<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.0.write(buf) {
            Ok(n) => Ok(n),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => Err(err),
            Err(_) => {
                DROPPED.fetch_add(1, Ordering::Relaxed);
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let _ = self.0.flush();
        Ok(())
    }
}

/// Writes `text` and a newline to standard error, dropping it if standard
/// error is gone: for the binary's last words (`error: …`), which
/// `eprintln!` would turn into a panic.
pub fn last_words(text: &str) {
    let mut stderr = Lossy(io::stderr());
    let _ = writeln!(stderr, "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
    }

    #[test]
    fn a_closed_writer_drops_and_counts_lines_and_never_fails() {
        let before = dropped();
        let mut log = Lossy(Closed);
        for _ in 0..3 {
            writeln!(log, "a log line").unwrap();
            log.flush().unwrap();
        }
        assert!(dropped() >= before + 3);
        let mut kept = Lossy(Vec::new());
        writeln!(kept, "kept").unwrap();
        assert_eq!(kept.0, b"kept\n");
    }
}
