//! Byte offsets to the lines and columns a curator sees in an editor, on
//! their own because both the parser's errors and the validator's problems
//! are reported by position.

/// Where a byte offset is, in 1-based lines and columns (in characters).
/// Built once per file, so locating every entry of a file is linear in its
/// size rather than quadratic.
pub(super) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts: starts.collect() }
    }

    pub(super) fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn locate(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).locate(text, offset)
}
