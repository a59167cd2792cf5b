//! A guest's output as log lines, in bounded memory: a line longer than
//! [`MAX_LINE_BYTES`] is logged at once with its first bytes and a marker, and the rest
//! of it, up to the next newline, is dropped. A guest printing gigabytes without a
//! newline costs the server one line's worth of memory, and its log shows it at once.

/// The longest log line kept, in bytes.
pub const MAX_LINE_BYTES: usize = 16 * 1024;

/// Splits a byte stream into lines.
#[derive(Debug, Default)]
pub struct LineSplitter {
    partial: Vec<u8>,
    /// The current line was too long and was logged: drop up to its newline.
    skipping: bool,
}

impl LineSplitter {
    /// Takes `bytes`; `emit` gets every line they complete (without its newline), and
    /// the start of any line that outgrows the cap.
    pub fn push(&mut self, mut bytes: &[u8], emit: &mut dyn FnMut(String)) {
        loop {
            let newline = bytes.iter().position(|b| *b == b'\n');
            let part = &bytes[..newline.unwrap_or(bytes.len())];
            if !self.skipping {
                let room = MAX_LINE_BYTES - self.partial.len();
                self.partial.extend_from_slice(&part[..part.len().min(room)]);
                if part.len() > room {
                    let mut line = self.take();
                    line.push_str(&format!(" [line truncated at {MAX_LINE_BYTES} bytes]"));
                    emit(line);
                    self.skipping = true;
                }
            }
            match newline {
                Some(pos) => {
                    if !std::mem::take(&mut self.skipping) {
                        emit(self.take());
                    }
                    bytes = &bytes[pos + 1..];
                }
                None => return,
            }
        }
    }

    /// The line in progress, if any (at the end of the stream).
    pub fn finish(&mut self) -> Option<String> {
        self.skipping = false;
        (!self.partial.is_empty()).then(|| self.take())
    }

    fn take(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut self.partial)).into_owned()
    }
}

/// The lines of an async reader, each at most [`MAX_LINE_BYTES`] (see [`LineSplitter`]).
pub struct CappedLines<R> {
    reader: R,
    splitter: LineSplitter,
    ready: std::collections::VecDeque<String>,
    buf: Box<[u8]>,
    done: bool,
}

impl<R: tokio::io::AsyncRead + Unpin> CappedLines<R> {
    pub fn new(reader: R) -> Self {
        CappedLines {
            reader,
            splitter: LineSplitter::default(),
            ready: Default::default(),
            buf: vec![0u8; 8192].into_boxed_slice(),
            done: false,
        }
    }

    /// The next line, or `None` at the end of the stream (or on a read error).
    pub async fn next_line(&mut self) -> Option<String> {
        use tokio::io::AsyncReadExt;
        loop {
            if let Some(line) = self.ready.pop_front() {
                return Some(line);
            }
            if self.done {
                return None;
            }
            match self.reader.read(&mut self.buf).await {
                Ok(n @ 1..) => {
                    let ready = &mut self.ready;
                    self.splitter.push(&self.buf[..n], &mut |line| ready.push_back(line));
                }
                _ => {
                    self.done = true;
                    self.ready.extend(self.splitter.finish());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_and_long_lines_are_truncated_with_a_marker() {
        let mut splitter = LineSplitter::default();
        let mut lines = Vec::new();
        splitter.push(b"one\ntw", &mut |l| lines.push(l));
        splitter.push(b"o\n", &mut |l| lines.push(l));
        let huge = vec![b'x'; MAX_LINE_BYTES * 3];
        for _ in 0..10 {
            splitter.push(&huge, &mut |l| lines.push(l));
        }
        assert!(splitter.partial.len() <= MAX_LINE_BYTES, "memory stays bounded");
        assert_eq!(lines.len(), 3, "the long line is logged before its newline comes");
        splitter.push(b"still the long line\nlast", &mut |l| lines.push(l));
        lines.extend(splitter.finish());
        assert_eq!(lines[..2], ["one", "two"]);
        assert!(lines[2].starts_with(&"x".repeat(MAX_LINE_BYTES)));
        assert!(lines[2].ends_with(&format!("[line truncated at {MAX_LINE_BYTES} bytes]")));
        assert_eq!(lines[3], "last");
        assert_eq!(lines.len(), 4);
        assert_eq!(splitter.finish(), None);
    }
}
