//! The sentence model's forward pass: all-MiniLM-L6-v2's BERT encoder,
//! for inference, on candle's tensors.
//!
//! candle-transformers' `BertModel` computes the same thing and stays the
//! reference its tests compare with. This one is written here because a
//! question's forward pass measured 11-12 ms where the target is 10, and
//! almost half of the calling thread's time went to GELU: candle computes
//! it one element at a time with `libm::erff`, on the calling thread.
//! Here GELU uses a branch-free rational `erf` the compiler vectorises,
//! the attention's three input products are one product, and the softmax
//! is candle's fused kernel. Dropout and the pooler are left out: the
//! model only ever runs for inference, and the sentence vector is the mean
//! of the token vectors.

use candle_core::backend::BackendStorage;
use candle_core::{CpuStorage, CustomOp1, D, DType, Layout, Module, Result, Shape, Tensor};
use candle_nn::{Embedding, LayerNorm, Linear, VarBuilder};
use candle_transformers::models::bert::Config;

/// Names this forward pass in [`super::fingerprint`]: change it with any
/// change that moves the vectors, even in the last bits.
pub(super) const VERSION: &str = "encoder 1: rational erf, fused qkv, fused softmax";

/// The encoder: the token, position and segment embeddings, then the
/// transformer layers.
pub(super) struct Encoder {
    words: Embedding,
    positions: Embedding,
    segments: Embedding,
    norm: LayerNorm,
    layers: Vec<Layer>,
}

/// One transformer layer: self-attention, then the feed-forward block,
/// each added to its input and normalised.
struct Layer {
    /// Query, key and value in one product: their weights stacked.
    qkv: Linear,
    heads: usize,
    attended: Linear,
    attended_norm: LayerNorm,
    widen: Linear,
    narrow: Linear,
    norm: LayerNorm,
}

impl Encoder {
    /// Reads the weights under BERT's usual names.
    pub(super) fn load(vb: VarBuilder, config: &Config) -> Result<Self> {
        let hidden = config.hidden_size;
        let eps = config.layer_norm_eps;
        let emb = vb.pp("embeddings");
        let layers = (0..config.num_hidden_layers)
            .map(|i| Layer::load(vb.pp(format!("encoder.layer.{i}")), config))
            .collect::<Result<Vec<_>>>()?;
        Ok(Encoder {
            words: candle_nn::embedding(config.vocab_size, hidden, emb.pp("word_embeddings"))?,
            positions: candle_nn::embedding(
                config.max_position_embeddings,
                hidden,
                emb.pp("position_embeddings"),
            )?,
            segments: candle_nn::embedding(
                config.type_vocab_size,
                hidden,
                emb.pp("token_type_embeddings"),
            )?,
            norm: candle_nn::layer_norm(hidden, eps, emb.pp("LayerNorm"))?,
            layers,
        })
    }

    /// The last layer's token vectors, `(batch, tokens, hidden)`, for token
    /// ids, segment ids and a mask of 1 for a token and 0 for padding, each
    /// `(batch, tokens)`.
    pub(super) fn forward(&self, ids: &Tensor, segments: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let (_, tokens) = ids.dims2()?;
        let positions = Tensor::arange(0u32, tokens as u32, ids.device())?;
        let x = (self.words.forward(ids)? + self.segments.forward(segments)?)?
            .broadcast_add(&self.positions.forward(&positions)?)?;
        let mut x = self.norm.forward(&x)?;
        // Padding gets the lowest score, as in BERT: `(1 - mask) * f32::MIN`,
        // shaped to add to every head's scores.
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(1)?.unsqueeze(1)?;
        let mask = (mask.ones_like()? - &mask)?.affine(f64::from(f32::MIN), 0.0)?;
        for layer in &self.layers {
            x = layer.forward(&x, &mask)?;
        }
        Ok(x)
    }
}

impl Layer {
    fn load(vb: VarBuilder, config: &Config) -> Result<Self> {
        let hidden = config.hidden_size;
        let eps = config.layer_norm_eps;
        let part = |name: &str| -> Result<(Tensor, Tensor)> {
            let vb = vb.pp("attention.self").pp(name);
            Ok((vb.get((hidden, hidden), "weight")?, vb.get(hidden, "bias")?))
        };
        let (q, k, v) = (part("query")?, part("key")?, part("value")?);
        let weight = for_product(Tensor::cat(&[&q.0, &k.0, &v.0], 0)?)?;
        let bias = Tensor::cat(&[&q.1, &k.1, &v.1], 0)?;
        Ok(Layer {
            qkv: Linear::new(weight, Some(bias)),
            heads: config.num_attention_heads,
            attended: candle_nn::linear(hidden, hidden, vb.pp("attention.output.dense"))?,
            attended_norm: candle_nn::layer_norm(hidden, eps, vb.pp("attention.output.LayerNorm"))?,
            widen: candle_nn::linear(
                hidden,
                config.intermediate_size,
                vb.pp("intermediate.dense"),
            )?,
            narrow: candle_nn::linear(config.intermediate_size, hidden, vb.pp("output.dense"))?,
            norm: candle_nn::layer_norm(hidden, eps, vb.pp("output.LayerNorm"))?,
        })
    }

    fn forward(&self, x: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let (batch, tokens, hidden) = x.dims3()?;
        let head = hidden / self.heads;
        // (batch, tokens, 3 × hidden) → three of (batch, heads, tokens, head).
        let qkv = self.qkv.forward(x)?.reshape((batch, tokens, 3, self.heads, head))?;
        let part = |i: usize| qkv.narrow(2, i, 1)?.squeeze(2)?.transpose(1, 2)?.contiguous();
        let (q, k, v) = (part(0)?, part(1)?, part(2)?);
        let scores = (q.matmul(&k.t()?)? / (head as f64).sqrt())?.broadcast_add(mask)?;
        let weights = candle_nn::ops::softmax_last_dim(&scores)?;
        let context = weights.matmul(&v)?.transpose(1, 2)?.contiguous()?.flatten_from(D::Minus2)?;
        let attended = self.attended_norm.forward(&(self.attended.forward(&context)? + x)?)?;
        let widened = self.widen.forward(&attended)?.apply_op1_no_bwd(&Gelu)?;
        self.norm.forward(&(self.narrow.forward(&widened)? + attended)?)
    }
}

/// A linear layer's weight laid out for the product that reads it:
/// candle's `Linear` multiplies by the transpose of its weight, which gemm
/// multiplies by in about a third less time stored row by row than gathered
/// from the weight's rows (a 12-token question by the 384 × 1536
/// feed-forward weight: 110-120 µs against 167 µs). The same numbers in
/// another order in memory; `.t()` of the result, what `Linear` takes, is
/// row-major.
pub(super) fn for_product(weight: Tensor) -> Result<Tensor> {
    weight.t()?.contiguous()?.t()
}

/// GELU as BERT defines it, `x · (1 + erf(x / √2)) / 2`, with [`erf`].
struct Gelu;

impl CustomOp1 for Gelu {
    fn name(&self) -> &'static str {
        "gelu-erf"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> Result<(CpuStorage, Shape)> {
        let (CpuStorage::F32(values), Some((start, end))) = (storage, layout.contiguous_offsets())
        else {
            candle_core::bail!("gelu: wants contiguous f32, got {:?}", storage.dtype())
        };
        let out = values[start..end].iter().map(|&x| gelu(x)).collect();
        Ok((CpuStorage::F32(out), layout.shape().clone()))
    }
}

#[inline]
fn gelu(x: f32) -> f32 {
    (erf(x * std::f32::consts::FRAC_1_SQRT_2) + 1.0) * 0.5 * x
}

/// The error function in single precision, as a ratio of two polynomials
/// over [-4, 4] (beyond which erf is ±1 in f32): the approximation Eigen
/// and XLA use for `erf` on f32. No branches, so a slice of them
/// vectorises; within 1e-6 of `libm::erff` (a test checks it).
#[inline]
fn erf(x: f32) -> f32 {
    const ALPHA: [f32; 7] = [
        -2.726_142_3e-10,
        2.770_681_4e-8,
        -2.101_024e-6,
        -5.692_506_4e-5,
        -7.349_906_3e-4,
        -2.954_6e-3,
        -1.609_603_3e-2,
    ];
    const BETA: [f32; 5] =
        [-1.456_607_2e-5, -2.133_740_6e-4, -1.682_827e-3, -7.373_329e-3, -1.426_474e-2];
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let p = ALPHA.iter().fold(0.0, |p, &a| p * x2 + a) * x;
    let q = BETA.iter().fold(0.0, |q, &b| q * x2 + b);
    p / q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_is_within_a_millionth_of_libms() {
        let mut worst = 0.0f32;
        for i in -200_000..=200_000 {
            let x = i as f32 / 20_000.0;
            worst = worst.max((erf(x) - libm::erff(x)).abs());
        }
        assert!(worst < 1e-6, "worst difference {worst}");
        assert!((erf(f32::INFINITY) - 1.0).abs() < 1e-6);
        assert!((erf(f32::NEG_INFINITY) + 1.0).abs() < 1e-6);
        assert_eq!(erf(0.0), 0.0);
    }
}
