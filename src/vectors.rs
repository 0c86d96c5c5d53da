//! The sentence model's vectors for the knowledge's phrasings, kept by text
//! and model: in memory across reloads, and in a file across restarts, so
//! that only phrasings never seen before are embedded. Embedding every
//! phrasing of a large knowledge base takes minutes on two cores (2,038
//! entries, 8,152 phrasings: 223 s); a restart or a reload that changes one
//! entry then costs what one entry costs.
//!
//! The file is a cache: a missing, stale (another model) or damaged file is
//! ignored and rewritten, never an error. Its format: the magic bytes, the
//! model's fingerprint and the vectors' length, then for each text its
//! length, its UTF-8 bytes and its vector (little-endian `f32`).

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tracing::{debug, warn};

use crate::semantic::{Model, SemanticError};

const MAGIC: &[u8; 8] = b"ccbvec01";
/// Texts longer than this are not kept in the file (no phrasing is).
const MAX_TEXT: usize = 4096;

/// A unit vector, shared between the cache and the engines that use it.
pub type Vector = Arc<[f32]>;

/// Vectors by text, for one model.
#[derive(Debug)]
pub struct VectorCache {
    fingerprint: u64,
    vectors: Mutex<HashMap<String, Arc<[f32]>>>,
    file: Option<PathBuf>,
    /// Whether vectors were added since the file was read or written.
    dirty: Mutex<bool>,
}

impl VectorCache {
    /// A cache in memory only.
    pub fn in_memory(fingerprint: u64) -> VectorCache {
        VectorCache {
            fingerprint,
            vectors: Mutex::new(HashMap::new()),
            file: None,
            dirty: Mutex::new(false),
        }
    }

    /// A cache kept in `file`, read now if it holds this model's vectors.
    pub fn in_file(file: PathBuf, fingerprint: u64) -> VectorCache {
        let vectors = match read(&file, fingerprint) {
            Ok(vectors) => {
                debug!(file = %file.display(), vectors = vectors.len(), "read the vector cache");
                vectors
            }
            Err(err) if err.kind() == io::ErrorKind::NotFound => HashMap::new(),
            Err(err) => {
                warn!(file = %file.display(), %err, "ignoring the vector cache; it will be rewritten");
                HashMap::new()
            }
        };
        VectorCache {
            fingerprint,
            vectors: Mutex::new(vectors),
            file: Some(file),
            dirty: Mutex::new(false),
        }
    }

    /// How many texts have a vector.
    pub fn len(&self) -> usize {
        self.vectors.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// One vector per text: the cached ones, and the rest embedded (in
    /// batches) and kept. Returns how many were embedded, too.
    pub fn embed(
        &self,
        model: &Model,
        texts: &[&str],
    ) -> Result<(Vec<Vector>, usize), SemanticError> {
        let missing: Vec<&str> = {
            let vectors = self.vectors.lock().unwrap_or_else(|p| p.into_inner());
            let mut seen = std::collections::HashSet::new();
            texts.iter().copied().filter(|t| !vectors.contains_key(*t) && seen.insert(*t)).collect()
        };
        if !missing.is_empty() {
            // Embedded without the lock: other threads may read meanwhile.
            let embedded = model.embed(&missing)?;
            let mut vectors = self.vectors.lock().unwrap_or_else(|p| p.into_inner());
            for (text, vector) in missing.iter().zip(embedded) {
                vectors.insert((*text).to_owned(), vector.into());
            }
            *self.dirty.lock().unwrap_or_else(|p| p.into_inner()) = true;
        }
        let vectors = self.vectors.lock().unwrap_or_else(|p| p.into_inner());
        let all = texts.iter().map(|t| Arc::clone(&vectors[*t])).collect();
        Ok((all, missing.len()))
    }

    /// Writes the cache to its file if it changed (to a temporary file
    /// first, renamed over the old one, so a crash never leaves half a
    /// file). A failure is logged: the cache only saves time.
    pub fn save(&self) {
        let Some(file) = &self.file else { return };
        let mut dirty = self.dirty.lock().unwrap_or_else(|p| p.into_inner());
        if !*dirty {
            return;
        }
        let written = {
            let vectors = self.vectors.lock().unwrap_or_else(|p| p.into_inner());
            write(file, self.fingerprint, &vectors)
        };
        match written {
            Ok(()) => *dirty = false,
            Err(err) => warn!(file = %file.display(), %err, "could not write the vector cache"),
        }
    }
}

fn read(file: &Path, fingerprint: u64) -> io::Result<HashMap<String, Arc<[f32]>>> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)?.read_to_end(&mut bytes)?;
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_owned());
    let mut at = 0usize;
    let mut take = |n: usize| -> io::Result<&[u8]> {
        let end =
            at.checked_add(n).filter(|&e| e <= bytes.len()).ok_or_else(|| bad("truncated"))?;
        let slice = &bytes[at..end];
        at = end;
        Ok(slice)
    };
    if take(8)? != MAGIC {
        return Err(bad("not a vector cache"));
    }
    let u64_at = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
    if u64_at(take(8)?) != fingerprint {
        return Err(bad("made with another model"));
    }
    let dims = u64_at(take(8)?) as usize;
    if dims == 0 || dims > 4096 {
        return Err(bad("a vector length out of range"));
    }
    let mut vectors = HashMap::new();
    while let Ok(len) = take(8).map(u64_at) {
        let len = len as usize;
        if len > MAX_TEXT {
            return Err(bad("a text too long"));
        }
        let text = std::str::from_utf8(take(len)?).map_err(|_| bad("a text not UTF-8"))?.to_owned();
        let raw = take(dims * 4)?;
        let vector: Vec<f32> =
            raw.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        if vector.iter().any(|x| !x.is_finite()) {
            return Err(bad("a vector that is not finite"));
        }
        vectors.insert(text, vector.into());
    }
    Ok(vectors)
}

fn write(file: &Path, fingerprint: u64, vectors: &HashMap<String, Arc<[f32]>>) -> io::Result<()> {
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let dims = vectors.values().next().map_or(0, |v| v.len());
    let mut out = Vec::with_capacity(24 + vectors.len() * (dims * 4 + 64));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.extend_from_slice(&(dims as u64).to_le_bytes());
    let mut texts: Vec<&String> = vectors.keys().filter(|t| t.len() <= MAX_TEXT).collect();
    texts.sort();
    for text in texts {
        let vector = &vectors[text];
        if vector.len() != dims {
            continue;
        }
        out.extend_from_slice(&(text.len() as u64).to_le_bytes());
        out.extend_from_slice(text.as_bytes());
        for x in vector.iter() {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
    let temporary = file.with_extension(format!("tmp{}", std::process::id()));
    {
        let mut f = std::fs::File::create(&temporary)?;
        f.write_all(&out)?;
        f.sync_all()?;
    }
    std::fs::rename(&temporary, file)
}

/// Where the vector cache lives: `VECTOR_CACHE` (a file; `off` for none),
/// else `$XDG_CACHE_HOME/cio-cto-bot/`, else `~/.cache/cio-cto-bot/`, named
/// for the model; `None` when there is nowhere to keep it.
pub fn default_file(vars: impl Fn(&str) -> Option<String>, fingerprint: u64) -> Option<PathBuf> {
    let name = format!("vectors-{fingerprint:016x}.bin");
    match vars("VECTOR_CACHE").as_deref().map(str::trim) {
        Some("off") => None,
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => vars("XDG_CACHE_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                vars("HOME").filter(|h| !h.is_empty()).map(|h| Path::new(&h).join(".cache"))
            })
            .map(|dir| dir.join("cio-cto-bot").join(name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> HashMap<String, Arc<[f32]>> {
        let mut v = HashMap::new();
        v.insert("What is a CIO?".to_owned(), Arc::from(vec![0.5f32, -0.25, 1.0]));
        v.insert("Qu'est-ce qu'un CTO ? 🙂".to_owned(), Arc::from(vec![0.0f32, 1.0, -1.0]));
        v
    }

    /// A fresh folder, removed when the test ends, and a file's path in it.
    fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::Builder::new().prefix("cio-cto-bot-vectors-").tempdir().unwrap();
        let file = dir.path().join(name);
        (dir, file)
    }

    #[test]
    fn vectors_round_trip_through_the_file_and_another_model_reads_none() {
        let (_dir, file) = scratch("round.bin");
        write(&file, 7, &sample()).unwrap();
        assert_eq!(read(&file, 7).unwrap(), sample());
        assert_eq!(read(&file, 8).unwrap_err().kind(), io::ErrorKind::InvalidData);
        let cache = VectorCache::in_file(file.clone(), 8);
        assert!(cache.is_empty(), "a stale file is ignored");
        assert_eq!(VectorCache::in_file(file, 7).len(), 2);
    }

    #[test]
    fn a_damaged_file_is_ignored_not_an_error() {
        let (_dir, file) = scratch("damaged.bin");
        write(&file, 7, &sample()).unwrap();
        let mut bytes = std::fs::read(&file).unwrap();
        for cut in [0, 5, 20, 30, bytes.len() - 3] {
            std::fs::write(&file, &bytes[..cut]).unwrap();
            let _ = read(&file, 7);
            assert!(VectorCache::in_file(file.clone(), 7).len() <= 2);
        }
        bytes[26] = 0xff; // a text length far too large
        std::fs::write(&file, &bytes).unwrap();
        assert!(VectorCache::in_file(file, 7).is_empty());
    }

    #[test]
    fn the_file_lives_where_the_environment_says() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(default_file(vars(&[("VECTOR_CACHE", "off"), ("HOME", "/h")]), 1), None);
        assert_eq!(default_file(vars(&[("VECTOR_CACHE", "/v.bin")]), 1), Some("/v.bin".into()));
        assert_eq!(
            default_file(vars(&[("HOME", "/h")]), 1),
            Some("/h/.cache/cio-cto-bot/vectors-0000000000000001.bin".into())
        );
        assert_eq!(
            default_file(vars(&[("XDG_CACHE_HOME", "/x"), ("HOME", "/h")]), 2),
            Some("/x/cio-cto-bot/vectors-0000000000000002.bin".into())
        );
        assert_eq!(default_file(vars(&[]), 1), None);
    }
}
