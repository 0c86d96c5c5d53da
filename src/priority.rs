//! The sentence model's threads run at a lower CPU priority than the
//! threads that serve replies. The model costs milliseconds a question, the
//! word matcher microseconds: on a busy machine the scheduler should give
//! the cores to the replies the word matcher decides, and the model the
//! time left over. On an idle machine a lower priority costs nothing.

/// How much lower than the serving threads (Unix `nice`, 0-19). At 10 the
/// kernel gives such a thread about a tenth of a core's time when a
/// serving thread wants the core too.
pub const BACKGROUND_NICE: i32 = 10;

/// Lowers the calling thread's priority to [`BACKGROUND_NICE`] (or keeps
/// it, if the process already runs lower); true if it is that low now.
/// Linux keeps a nice value per thread, so only this thread changes;
/// elsewhere this does nothing and says so.
pub fn lower_this_thread() -> bool {
    lower(BACKGROUND_NICE)
}

#[cfg(target_os = "linux")]
fn lower(nice: i32) -> bool {
    // Raising a priority needs privileges a bot does not have: never set a
    // value above the one the process was started with.
    let Some(now) = this_thread() else { return false };
    // SAFETY: setpriority reads only its three integer arguments. `who = 0`
    // is the calling thread on Linux (see setpriority(2), NOTES).
    unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, nice.max(now)) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn lower(_nice: i32) -> bool {
    false
}

/// The calling thread's nice value, where the platform keeps one a thread.
#[cfg(target_os = "linux")]
pub fn this_thread() -> Option<i32> {
    // getpriority may return -1 as a value, so errno tells an error apart.
    // SAFETY: as above; errno is thread-local.
    unsafe {
        *libc::__errno_location() = 0;
        let nice = libc::getpriority(libc::PRIO_PROCESS, 0);
        (*libc::__errno_location() == 0).then_some(nice)
    }
}

#[cfg(not(target_os = "linux"))]
pub fn this_thread() -> Option<i32> {
    None
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_lowered_thread_runs_at_the_background_priority_and_others_do_not() {
        let before = this_thread().unwrap();
        let lowered = std::thread::spawn(|| (lower_this_thread(), this_thread())).join().unwrap();
        assert_eq!(lowered, (true, Some(BACKGROUND_NICE.max(before))));
        assert_eq!(this_thread(), Some(before), "only the lowered thread changes");
    }
}
