//! Cuts a CSV byte stream into chunks of whole records, so that several
//! threads can parse and interpret a file at once.
//!
//! A record ends at a newline outside quotes. Quotes are tracked the way the
//! csv crate reads them: a quote opens a quoted field only at the start of a
//! field, `""` inside a quoted field is an escaped quote, and a quote anywhere
//! else is an ordinary character. The scan only looks at quotes and newlines
//! (with `memchr`), which costs a fraction of parsing.

use std::io::{self, Read};

/// Whole records, and the line number of their first byte.
#[derive(Debug)]
pub struct Chunk {
    pub bytes: Vec<u8>,
    pub first_line: u64,
}

#[derive(Debug)]
pub struct Chunker<R> {
    input: R,
    delimiter: u8,
    buf: Vec<u8>,
    /// Bytes of `buf` already scanned, and the quoting state there.
    scanned: usize,
    in_quotes: bool,
    /// End of the last whole record found in `buf` (0: none yet).
    boundary: usize,
    next_line: u64,
    eof: bool,
}

impl<R: Read> Chunker<R> {
    pub fn new(input: R) -> Self {
        Chunker {
            input,
            delimiter: b',',
            buf: Vec::new(),
            scanned: 0,
            in_quotes: false,
            boundary: 0,
            next_line: 1,
            eof: false,
        }
    }

    /// The first bytes of the stream (up to 64 KiB), to sniff the delimiter.
    pub fn head(&mut self) -> io::Result<&[u8]> {
        while self.buf.len() < 1 << 16 && !self.eof {
            self.fill(1 << 16)?;
        }
        Ok(&self.buf)
    }

    pub fn set_delimiter(&mut self, delimiter: u8) {
        self.delimiter = delimiter;
    }

    /// Reads up to `amount` more bytes; sets `eof` when there are none.
    fn fill(&mut self, amount: usize) -> io::Result<()> {
        let start = self.buf.len();
        self.buf.resize(start + amount, 0);
        let read = loop {
            match self.input.read(&mut self.buf[start..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(start);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(start + read);
        if read == 0 {
            self.eof = true;
        }
        Ok(())
    }

    /// Advances the scan; with `first`, stops at the first record's end.
    fn scan(&mut self, first: bool) {
        let buf = &self.buf;
        let mut i = self.scanned;
        loop {
            let Some(offset) = memchr::memchr2(b'"', b'\n', &buf[i..]) else {
                i = buf.len();
                break;
            };
            let p = i + offset;
            if buf[p] == b'\n' {
                i = p + 1;
                if !self.in_quotes {
                    self.boundary = p + 1;
                    if first {
                        break;
                    }
                }
            } else if self.in_quotes {
                if p + 1 == buf.len() && !self.eof {
                    // Is it `""` or a closing quote? The next read will tell.
                    i = p;
                    break;
                }
                if buf.get(p + 1) == Some(&b'"') {
                    i = p + 2;
                } else {
                    self.in_quotes = false;
                    i = p + 1;
                }
            } else {
                self.in_quotes =
                    p == 0 || matches!(buf[p - 1], b'\n' | b'\r') || buf[p - 1] == self.delimiter;
                i = p + 1;
            }
        }
        self.scanned = i;
    }

    /// The first record alone (the header line).
    pub fn first_record(&mut self) -> io::Result<Option<Chunk>> {
        self.next(0, true)
    }

    /// Whole records adding up to about `target` bytes (more when one record
    /// is longer); `None` at the end of the stream.
    pub fn next_chunk(&mut self, target: usize) -> io::Result<Option<Chunk>> {
        self.next(target, false)
    }

    fn next(&mut self, target: usize, first: bool) -> io::Result<Option<Chunk>> {
        loop {
            self.scan(first);
            let ready = if first {
                self.boundary > 0
            } else {
                self.boundary > 0 && self.buf.len() >= target
            };
            if ready || self.eof {
                let end = if ready { self.boundary } else { self.buf.len() };
                if end == 0 {
                    return Ok(None);
                }
                let rest = self.buf.split_off(end);
                let bytes = std::mem::replace(&mut self.buf, rest);
                self.scanned = self.scanned.saturating_sub(end);
                self.boundary = 0;
                let first_line = self.next_line;
                self.next_line += memchr::memchr_iter(b'\n', &bytes).count() as u64;
                return Ok(Some(Chunk { bytes, first_line }));
            }
            self.fill(target.max(1 << 16))?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out a few bytes at a time, as pipes do.
    struct Trickle<'a>(&'a [u8], usize);
    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn chunks(data: &str, target: usize) -> Vec<(String, u64)> {
        let mut c = Chunker::new(Trickle(data.as_bytes(), target));
        c.set_delimiter(b';');
        let mut out = Vec::new();
        if let Some(h) = c.first_record().unwrap() {
            out.push((String::from_utf8(h.bytes).unwrap(), h.first_line));
        }
        while let Some(chunk) = c.next_chunk(target).unwrap() {
            out.push((String::from_utf8(chunk.bytes).unwrap(), chunk.first_line));
        }
        out
    }

    #[test]
    fn cuts_between_records_only() {
        let data = "a;b\n1;\"x\ny\"\n2;\"he said \"\"hi\"\"\n\"\n3;5\"\n4;z";
        for target in [1, 2, 3, 5, 8, 13, 100] {
            let got = chunks(data, target);
            let joined: String = got.iter().map(|(s, _)| s.as_str()).collect();
            assert_eq!(joined, data, "target {target}");
            assert_eq!(got[0].0, "a;b\n");
            for (chunk, first_line) in &got {
                // Every chunk parses to whole records on its own.
                let mut r = csv::ReaderBuilder::new()
                    .delimiter(b';')
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(chunk.as_bytes());
                for rec in r.byte_records() {
                    let rec = rec.unwrap();
                    assert!(
                        rec.len() == 2 || chunk.starts_with('a'),
                        "target {target}: {chunk:?}"
                    );
                }
                let expected = data[..data.find(chunk.as_str()).unwrap()]
                    .matches('\n')
                    .count() as u64
                    + 1;
                assert_eq!(*first_line, expected);
            }
        }
    }

    #[test]
    fn a_stray_quote_inside_a_field_is_literal() {
        let got = chunks("a;b\n1;5\"\n2;3\n", 1);
        let records: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(records, ["a;b\n", "1;5\"\n", "2;3\n"]);
    }
}
