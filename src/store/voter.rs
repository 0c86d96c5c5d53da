//! The keyed hash that stands for a user wherever the bot must tell users
//! apart: HMAC-SHA256 of the user id, keyed with a secret generated once
//! per install and kept in the store (so every replica sharing the store
//! hashes alike, and the hashes mean nothing without the store).

use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::AnyPool;

use super::StoreError;

/// The install's secret key for voters' hashes.
#[derive(Clone)]
pub struct VoterKey([u8; 32]);

impl std::fmt::Debug for VoterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VoterKey(…)")
    }
}

const NAME: &str = "voter_key";

impl VoterKey {
    /// The install's key: made and stored by the first process to open the
    /// store; every later one (and every replica) reads the same.
    pub(super) async fn of_install(pool: &AnyPool) -> Result<VoterKey, StoreError> {
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).map_err(|err| StoreError::Random(err.to_string()))?;
        // Two replicas starting at once both try; the first insert wins.
        sqlx::query(
            "INSERT INTO install (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(NAME)
        .bind(hex(&fresh))
        .execute(pool)
        .await?;
        let (stored,): (String,) = sqlx::query_as("SELECT value FROM install WHERE name = $1")
            .bind(NAME)
            .fetch_one(pool)
            .await?;
        VoterKey::from_hex(&stored).ok_or(StoreError::Corrupt("the install's voter key"))
    }

    fn from_hex(text: &str) -> Option<VoterKey> {
        let mut key = [0u8; 32];
        if text.len() != 64 {
            return None;
        }
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(VoterKey(key))
    }

    /// The hash standing for `user_id`, as 64 hex digits.
    pub fn hash(&self, user_id: &str) -> String {
        // HMAC accepts keys of any length: this cannot fail.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(user_id.as_bytes());
        hex(&mac.finalize().into_bytes())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_keyed_stable_and_not_the_id() {
        let a = VoterKey([1; 32]);
        let b = VoterKey([2; 32]);
        assert_eq!(a.hash("123"), a.hash("123"));
        assert_ne!(a.hash("123"), a.hash("124"));
        assert_ne!(a.hash("123"), b.hash("123"), "another install, another hash");
        assert_eq!(a.hash("123").len(), 64);
        assert!(!a.hash("123").contains("123"));
        // RFC 4231 test case 2: HMAC-SHA256 of "what do ya want for nothing?" keyed "Jefe".
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac.finalize().into_bytes()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(VoterKey::from_hex(&hex(&[7; 32])).map(|k| k.0), Some([7; 32]));
        assert!(VoterKey::from_hex("zz").is_none());
    }
}
