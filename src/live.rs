//! The engine that serves, and its reload without a restart: `SIGHUP`,
//! `/kb reload`, or a change in the knowledge folder swaps in a new engine
//! atomically (arc-swap). Replies in flight finish on the engine they
//! started with; a folder that fails validation keeps the last good
//! knowledge serving, and the problems (file:line:col) are logged and
//! returned to whoever asked.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use tracing::{error, info, warn};

use crate::engine::Engine;
use crate::knowledge::{Knowledge, LoadError};
use crate::semantic::{self, Model};
use crate::vectors::VectorCache;

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reloaded {
    /// A new engine serves: its knowledge version and entry count.
    Swapped { version: String, entries: usize, millis: u64 },
    /// The folder holds what already serves.
    Unchanged { version: String },
}

/// Why a reload kept the last good knowledge.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error(
        "this bot answers from the knowledge built into it; start it with --knowledge DIR or KNOWLEDGE_DIR to reload from a folder"
    )]
    Bundled,
    // The cause is in the message, not in `source()`: said once.
    #[error("the knowledge did not load, so the last good knowledge keeps serving: {0}")]
    Invalid(LoadError),
}

impl From<LoadError> for ReloadError {
    fn from(err: LoadError) -> Self {
        ReloadError::Invalid(err)
    }
}

type Hook = Box<dyn Fn() + Send + Sync>;

/// The serving engine, and where a reload reads the knowledge from.
pub struct Live {
    current: ArcSwap<Engine>,
    /// `None`: the bundled knowledge, which cannot change.
    folder: Option<PathBuf>,
    /// The sentence model, given to each new engine once attached.
    model: Mutex<Option<Arc<Model>>>,
    /// The phrasings' vectors by text: a reload embeds only new phrasings.
    vectors: VectorCache,
    /// One reload at a time; a second waits, then reads the folder anew.
    reloading: Mutex<()>,
    /// Run after each swap: the reply caches clear themselves here.
    on_swap: Mutex<Vec<Hook>>,
}

impl std::fmt::Debug for Live {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live").field("folder", &self.folder).finish_non_exhaustive()
    }
}

impl Live {
    pub fn new(engine: Engine, folder: Option<&Path>) -> Live {
        Live::serving(Arc::new(engine), folder)
    }

    /// [`Live::new`], for an engine already shared.
    pub fn serving(engine: Arc<Engine>, folder: Option<&Path>) -> Live {
        Live::with_vectors(engine, folder, VectorCache::in_memory(semantic::fingerprint()))
    }

    /// [`Live::serving`], keeping the phrasings' vectors in `vectors` (a
    /// file, for a service: a restart embeds only what is new).
    pub fn with_vectors(engine: Arc<Engine>, folder: Option<&Path>, vectors: VectorCache) -> Live {
        Live {
            current: ArcSwap::new(engine),
            folder: folder.map(Path::to_owned),
            model: Mutex::new(None),
            vectors,
            reloading: Mutex::new(()),
            on_swap: Mutex::new(Vec::new()),
        }
    }

    /// The engine serving now: hold it for one reply.
    pub fn engine(&self) -> Arc<Engine> {
        self.current.load_full()
    }

    /// Whether reloads can change anything (the knowledge is a folder).
    pub fn reloadable(&self) -> bool {
        self.folder.is_some()
    }

    /// The phrasings' vectors kept for reloads and restarts.
    pub fn vectors(&self) -> &VectorCache {
        &self.vectors
    }

    /// The folder reloads read, if any.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// Loads the sentence model into the serving engine and keeps it for
    /// the engines reloads make. On failure, answers go on lexically.
    /// Meanwhile the engine answers on the lexical path: a service calls
    /// this in the background and serves at once.
    pub fn attach_model(&self) {
        let started = Instant::now();
        let model = match Model::bundled() {
            Ok(model) => Arc::new(model),
            Err(err) => return error!("answering without the sentence model: {err}"),
        };
        let mut embedded = 0;
        // A reload may swap in an engine while this one's phrasings are
        // embedded: attach to whichever serves until the one serving has
        // the model, then keep it for later reloads.
        loop {
            let engine = self.engine();
            if !engine.has_model() {
                match engine.attach_model_with(Arc::clone(&model), &self.vectors) {
                    Ok(n) => embedded += n,
                    Err(err) => return error!("answering without the sentence model: {err}"),
                }
            }
            let mut kept = self.model.lock().unwrap_or_else(|p| p.into_inner());
            if Arc::ptr_eq(&engine, &self.engine()) {
                *kept = Some(Arc::clone(&model));
                break;
            }
        }
        self.vectors.save();
        info!(
            ms = started.elapsed().as_millis() as u64,
            embedded,
            cached = self.vectors.len(),
            "sentence model ready"
        );
        for hook in self.on_swap.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            hook();
        }
    }

    /// Runs `hook` after every swap.
    pub fn on_swap(&self, hook: impl Fn() + Send + Sync + 'static) {
        self.on_swap.lock().unwrap_or_else(|p| p.into_inner()).push(Box::new(hook));
    }

    /// Reads the folder again and, if it is valid, swaps the new engine in.
    /// Blocking (validation, and the model's vectors for the new phrasings:
    /// about a second): call it from a blocking thread.
    pub fn reload(&self) -> Result<Reloaded, ReloadError> {
        let Some(folder) = &self.folder else { return Err(ReloadError::Bundled) };
        let _one = self.reloading.lock().unwrap_or_else(|p| p.into_inner());
        let started = Instant::now();
        let knowledge = match Knowledge::load_path(folder) {
            Ok(knowledge) => knowledge,
            Err(err) => {
                // The error lists every problem, one a line, with file:line:col.
                error!(
                    "reloading {}: the last good knowledge keeps serving: {err}",
                    folder.display()
                );
                return Err(err.into());
            }
        };
        let version = knowledge.version();
        if version == self.engine().version() {
            info!(%version, "reloaded the knowledge: unchanged");
            return Ok(Reloaded::Unchanged { version });
        }
        let engine = match self.engine().is_lexical_only() {
            true => Engine::new(knowledge).lexical_only(),
            false => Engine::new(knowledge),
        };
        let model = self.model.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if let Some(model) = model {
            match engine.attach_model_with(model, &self.vectors) {
                Ok(embedded) => {
                    info!(embedded, "embedded the reloaded knowledge's new phrasings");
                    self.vectors.save();
                }
                Err(err) => {
                    warn!("the reloaded knowledge answers without the sentence model: {err}")
                }
            }
        }
        let entries = engine.knowledge().entries.len();
        self.current.store(Arc::new(engine));
        for hook in self.on_swap.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            hook();
        }
        let millis = started.elapsed().as_millis() as u64;
        info!(%version, entries, millis, "reloaded the knowledge");
        Ok(Reloaded::Swapped { version, entries, millis })
    }
}

/// Reloads on `SIGHUP` and whenever a file of the knowledge folder changes
/// (debounced: a burst of writes, as an editor or `cp` makes, is one
/// reload), until the process ends. Without a folder it only says, on
/// `SIGHUP`, that there is nothing to reload.
///
/// The signal handler and the watcher are in place when this returns (a
/// `SIGHUP` before would end the process); the future it returns does the
/// reloading. Call it within the runtime.
pub fn watch(live: Arc<Live>) -> impl std::future::Future<Output = ()> + Send {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<()>(1);
    // The watcher lives as long as this task.
    let _watcher = live.folder().and_then(|folder| {
        let tx = tx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|e| !e.kind.is_access()) {
                    let _ = tx.try_send(());
                }
            })
            .map_err(|err| warn!(%err, "cannot watch the knowledge folder; SIGHUP still reloads"))
            .ok()?;
        use notify::Watcher as _;
        watcher
            .watch(folder, notify::RecursiveMode::NonRecursive)
            .map_err(|err| warn!(%err, "cannot watch the knowledge folder; SIGHUP still reloads"))
            .ok()?;
        info!(folder = %folder.display(), "watching the knowledge folder for changes");
        Some(watcher)
    });
    #[cfg(unix)]
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        .map_err(|err| warn!(%err, "cannot listen for SIGHUP"))
        .ok();
    async move {
        let _watcher = _watcher;
        loop {
            #[cfg(unix)]
            let signal = async {
                match hangup.as_mut() {
                    Some(hangup) => hangup.recv().await,
                    None => std::future::pending().await,
                }
            };
            #[cfg(not(unix))]
            let signal = std::future::pending::<Option<()>>();
            tokio::select! {
                Some(()) = signal => info!("SIGHUP: reloading the knowledge"),
                Some(()) = rx.recv() => {
                    // Wait for the folder to be quiet for DEBOUNCE: a burst
                    // of writes (a file written in pieces, an editor's
                    // save, `cp`) is one change, read once it is whole. A
                    // change during the reload wakes this loop again, so
                    // the last write is always read.
                    let deadline = tokio::time::Instant::now() + MAX_SETTLE;
                    while let Ok(Some(())) = tokio::time::timeout(DEBOUNCE, rx.recv()).await {
                        if tokio::time::Instant::now() >= deadline {
                            break;
                        }
                    }
                    info!("the knowledge folder changed: reloading");
                }
                else => return,
            }
            let live = Arc::clone(&live);
            match tokio::task::spawn_blocking(move || live.reload()).await {
                Ok(Ok(_)) | Ok(Err(ReloadError::Invalid(_))) => {}
                Ok(Err(err)) => warn!("{err}"),
                Err(err) => error!(%err, "the reload stopped abnormally"),
            }
        }
    }
}

/// How long the folder must be quiet before the watcher reloads it.
const DEBOUNCE: Duration = Duration::from_millis(300);
/// How long the watcher waits for a folder that keeps changing before it
/// reloads anyway.
const MAX_SETTLE: Duration = Duration::from_secs(5);

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("cio-cto-bot-live-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        for file in ["cio-vs-cto-21cto.toml", "synonyms.toml"] {
            std::fs::copy(bundled.join(file), dir.join(file)).unwrap();
        }
        dir
    }

    #[test]
    fn a_reload_keeps_answering_without_the_model_when_so_started() {
        let dir = folder("lexical");
        let engine = Engine::new(Knowledge::load_path(&dir).unwrap()).lexical_only();
        let live = Live::new(engine, Some(&dir));
        let file = std::fs::read_to_string(dir.join("cio-vs-cto-21cto.toml")).unwrap();
        let changed =
            file.replace("Many organizations report tension", "Many companies report tension");
        std::fs::write(dir.join("cio-vs-cto-21cto.toml"), &changed).unwrap();
        assert!(matches!(live.reload(), Ok(Reloaded::Swapped { .. })));
        assert!(live.engine().is_lexical_only());
    }

    #[test]
    fn a_good_folder_swaps_a_bad_one_keeps_the_last_good_and_bundled_cannot_reload() {
        let dir = folder("swap");
        let live = Live::new(Engine::new(Knowledge::load_path(&dir).unwrap()), Some(&dir));
        let swaps = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&swaps);
        live.on_swap(move || {
            counted.fetch_add(1, Ordering::Relaxed);
        });
        let before = live.engine();
        assert!(matches!(live.reload(), Ok(Reloaded::Unchanged { .. })));
        let file = std::fs::read_to_string(dir.join("cio-vs-cto-21cto.toml")).unwrap();
        let changed =
            file.replace("Many organizations report tension", "Many companies report tension");
        std::fs::write(dir.join("cio-vs-cto-21cto.toml"), &changed).unwrap();
        let Ok(Reloaded::Swapped { entries, .. }) = live.reload() else { panic!("a swap") };
        assert_eq!(entries, before.knowledge().entries.len());
        assert_eq!(swaps.load(Ordering::Relaxed), 1);
        let after = live.engine();
        assert_ne!(after.version(), before.version());
        assert!(
            before.knowledge().entry("reporting-tension").unwrap().answer.contains("organizations"),
            "a reply in flight keeps the engine it started with"
        );

        std::fs::write(dir.join("broken.toml"), "[[entries]]\nid = \"x\"\n").unwrap();
        let Err(ReloadError::Invalid(err)) = live.reload() else { panic!("refused") };
        assert!(err.to_string().contains("broken.toml:1:1: in `x`: missing field `kind`"), "{err}");
        assert_eq!(live.engine().version(), after.version(), "the last good knowledge serves");
        assert_eq!(swaps.load(Ordering::Relaxed), 1);

        let bundled = Live::new(Engine::new(Knowledge::bundled().unwrap()), None);
        assert!(matches!(bundled.reload(), Err(ReloadError::Bundled)));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// With the model, a reload that changes one phrasing embeds that one
    /// alone: the others' vectors are kept by text.
    #[test]
    fn a_reload_embeds_only_the_phrasings_it_has_not_seen() {
        let dir = folder("vectors");
        let live = Live::new(Engine::new(Knowledge::load_path(&dir).unwrap()), Some(&dir));
        live.attach_model();
        assert!(live.engine().has_model());
        let phrasings: usize =
            live.engine().knowledge().entries.iter().map(|e| e.questions.len()).sum();
        assert_eq!(live.vectors().len(), phrasings);
        let file = std::fs::read_to_string(dir.join("cio-vs-cto-21cto.toml")).unwrap();
        let changed =
            file.replace("Is there tension between CIOs and CTOs?", "Do CIOs and CTOs ever clash?");
        std::fs::write(dir.join("cio-vs-cto-21cto.toml"), &changed).unwrap();
        assert!(matches!(live.reload(), Ok(Reloaded::Swapped { .. })));
        assert!(live.engine().has_model(), "the reloaded engine has the model");
        assert_eq!(live.vectors().len(), phrasings + 1, "one new phrasing embedded");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
