//! Signing as Discord does: a fixed Ed25519 key over the timestamp header
//! and the raw body.

/// Signs requests with a fixed Ed25519 key, as Discord signs interactions:
/// the signature covers the timestamp header followed by the raw body.
#[derive(Clone)]
pub struct Signer(pub ed25519_dalek::SigningKey);

impl Signer {
    pub fn new() -> Self {
        Signer(ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]))
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }

    pub fn public_hex(&self) -> String {
        hex(&self.public_key())
    }

    pub fn sign(&self, timestamp: &str, body: &[u8]) -> String {
        use ed25519_dalek::Signer as _;
        let message = [timestamp.as_bytes(), body].concat();
        hex(&self.0.sign(&message).to_bytes())
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}
